package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two services with the same {@code container_name}: the second container cannot be created while
 * the first exists. Services in profiles that never run together are not compared.
 */
@RuleInfo(
    id = "no-duplicate-container-names",
    name = "no-duplicate-container-names",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "container_name must be unique among the services.")
public final class NoDuplicateContainerNames implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Map<String, List<Service>> seen = new HashMap<>();
    for (Service s : ctx.project().services()) {
      Optional<SpannedText> name = s.containerName();
      if (name.isEmpty() || name.get().value().isEmpty()) {
        continue;
      }
      List<Service> same = seen.computeIfAbsent(name.get().value(), k -> new ArrayList<>());
      Service first = same.stream().filter(o -> References.together(o, s)).findFirst().orElse(null);
      same.add(s);
      if (first == null) {
        continue;
      }
      SpannedText firstName = first.containerName().get();
      ctx.report(
          name.get().span(),
          "container_name '"
              + name.get().value()
              + "' of service '"
              + s.name().value()
              + "' is already used by service '"
              + first.name().value()
              + "' (line "
              + References.line(ctx, firstName.span())
              + "); container names must be unique, so rename one");
    }
  }
}
