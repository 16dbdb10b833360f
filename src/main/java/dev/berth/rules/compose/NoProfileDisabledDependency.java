package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A required dependency on a service that is disabled whenever the dependent runs: the target has
 * profiles and shares none with the dependent (a dependent without profiles always runs). Compose
 * then fails with "service is required but is disabled".
 */
@RuleInfo(
    id = "no-profile-disabled-dependency",
    name = "no-profile-disabled-dependency",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "A required dependency must be enabled by the profiles that enable its dependent.")
public final class NoProfileDisabledDependency implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Project p = ctx.project();
    for (Service s : p.services()) {
      Set<String> mine = names(s.profiles());
      if (mine.contains("*")) {
        continue;
      }
      for (Dependency d : s.dependencies()) {
        Optional<Service> t = p.service(d.service().value());
        if (!d.required() || t.isEmpty() || t.get().profiles().isEmpty()) {
          continue;
        }
        Set<String> theirs = names(t.get().profiles());
        if (theirs.contains("*") || theirs.stream().anyMatch(mine::contains)) {
          continue;
        }
        String when =
            mine.isEmpty()
                ? "'" + s.name().value() + "' has no profile, so it always runs"
                : "they share no profile";
        ctx.report(
            d.service().span(),
            "service '"
                + s.name().value()
                + "' requires '"
                + t.get().name().value()
                + "', which runs only with profile "
                + String.join(", ", theirs)
                + ", but "
                + when
                + "; add one of those profiles to '"
                + s.name().value()
                + "', remove the profiles of '"
                + t.get().name().value()
                + "', or set required: false");
      }
    }
  }

  private static Set<String> names(List<SpannedText> profiles) {
    Set<String> out = new TreeSet<>();
    for (SpannedText t : profiles) {
      out.add(t.value());
    }
    return out;
  }
}
