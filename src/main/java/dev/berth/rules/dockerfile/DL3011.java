package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EXPOSE port, or a bound of a port range, above 65535; BuildKit refuses it. Words holding a
 * variable are not checked.
 */
@RuleInfo(
    id = "DL3011",
    name = "port-out-of-range",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "EXPOSE ports must lie between 0 and 65535.")
public final class DL3011 implements DockerfileRule {
  /** Compiled on first use, not when the rule is registered. */
  private static final class Patterns {
    static final Pattern NUMBER = Pattern.compile("[0-9]+");
  }

  @Override
  public void check(DockerfileContext ctx) {
    for (PortSpec p : PortSpec.all(ctx.model())) {
      Matcher m = Patterns.NUMBER.matcher(p.port());
      while (m.find()) {
        if (m.group().length() > 5 || Integer.parseInt(m.group()) > 65535) {
          int at = p.portStart() + m.start();
          ctx.report(
              BuildkitSyntax.sub(p.word(), at, at + m.group().length()),
              "Port " + m.group() + " is above 65535; use a port from 0 to 65535");
        }
      }
    }
  }
}
