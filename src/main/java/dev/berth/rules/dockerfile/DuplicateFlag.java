package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.Instruction;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A flag given twice on one instruction. Only {@code --exclude}, {@code --mount} and {@code
 * --device} may repeat; BuildKit refuses any other flag the second time. Flags the instruction does
 * not take are left to UnknownFlag.
 */
@RuleInfo(
    id = "DuplicateFlag",
    name = "duplicate-flag",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Give each non-repeatable flag at most once.")
public final class DuplicateFlag implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      Map<String, BuildkitSyntax.FlagType> known = BuildkitSyntax.flags(i);
      Set<String> seen = new HashSet<>();
      for (Flag f : i.flags()) {
        if (f.text().equals("--")) {
          break;
        }
        BuildkitSyntax.FlagType type = known.get(f.name());
        if (type == null || type == BuildkitSyntax.FlagType.STRINGS || seen.add(f.name())) {
          continue;
        }
        ctx.report(
            f.span(),
            "--"
                + f.name()
                + " is given more than once on this "
                + i.keyword().text()
                + "; keep one");
      }
    }
  }
}
