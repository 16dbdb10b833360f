package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarStyle;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An unquoted {@code HOST:CONTAINER} port is read as a number in base 60 by YAML 1.1 parsers
 * ({@code 22:22} is 1342), so the Compose documentation asks to quote ports. Compose itself reads
 * them as strings; other tools that read the file may not. Entries without a colon are left alone.
 */
@RuleInfo(
    id = "require-quotes-in-ports",
    name = "require-quotes-in-ports",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Quote HOST:CONTAINER port mappings.")
public final class RequireQuotesInPorts implements ComposeRule {
  private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+");

  /** The number a YAML 1.1 parser reads the text as, when it is a base-60 integer. */
  static Optional<Long> base60(String text) {
    if (text.length() > 18 || !SEXAGESIMAL.matcher(text).matches()) {
      return Optional.empty();
    }
    long n = 0;
    String digits = text.replace("_", "");
    digits = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
    for (String part : digits.split(":")) {
      n = n * 60 + Long.parseLong(part);
    }
    return Optional.of(text.startsWith("-") ? -n : n);
  }

  @Override
  public void check(ComposeContext ctx) {
    List<NodePaths.Hit> ports = PortQuotes.scalars(ctx);
    ScalarStyle style = PortQuotes.style(ctx, ports);
    for (NodePaths.Hit h : ports) {
      ScalarNode s = (ScalarNode) h.node();
      if (!s.isPlain() || !s.raw().contains(":")) {
        continue;
      }
      String message =
          "Port "
              + s.raw()
              + " is not quoted; "
              + base60(s.raw())
                  .map(n -> "YAML 1.1 tools read it as the base-60 number " + n + ".")
                  .orElse("YAML 1.1 tools read some unquoted ports (22:22) as base-60 numbers.")
              + " Write it in "
              + YamlQuotes.name(style)
              + " quotes";
      YamlQuotes.report(ctx, h, style, message, "Quote the port");
    }
  }
}
