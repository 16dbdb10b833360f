package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.Instruction;
import java.util.Map;

/**
 * A builder flag the instruction does not take. BuildKit knows {@code --platform} on FROM, {@code
 * --chown --chmod --link --keep-git-dir --checksum --unpack --exclude} on ADD, {@code --chown
 * --from --chmod --link --exclude --parents} on COPY, {@code --mount --network --security --device}
 * on RUN and the five timing flags of HEALTHCHECK; every other instruction takes none. Names are
 * case-sensitive. A lone {@code --} ends the flags, as in BuildKit.
 */
@RuleInfo(
    id = "UnknownFlag",
    name = "unknown-flag",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Use only the flags the instruction accepts.")
public final class UnknownFlag implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      Map<String, BuildkitSyntax.FlagType> known = BuildkitSyntax.flags(i);
      for (Flag f : i.flags()) {
        if (f.text().equals("--")) {
          break;
        }
        if (known.containsKey(f.name())) {
          continue;
        }
        String keyword = i.keyword().text();
        String message =
            known.isEmpty()
                ? keyword + " takes no flags; remove --" + f.name()
                : keyword
                    + " has no flag --"
                    + f.name()
                    + BuildkitSyntax.nearest(f.name(), known.keySet(), 2)
                        .map(s -> "; did you mean --" + s + "?")
                        .orElse(
                            "; it takes --"
                                + String.join(", --", known.keySet().stream().sorted().toList()));
        ctx.report(f.span(), message);
      }
    }
  }
}
