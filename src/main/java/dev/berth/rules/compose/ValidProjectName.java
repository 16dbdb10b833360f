package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A project name is lowercase letters, digits, {@code -} and {@code _}, starting with a letter or
 * digit. Compose silently rewrites a top-level {@code name} that is not (lowercases it, drops other
 * characters), so containers, networks and volumes get a name the file does not show; the same name
 * given with {@code -p} is refused.
 */
@RuleInfo(
    id = "valid-project-name",
    name = "valid-project-name",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "The project name must be lowercase letters, digits, - and _.")
public final class ValidProjectName implements ComposeRule {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  /** What Compose makes of the name: lowercased, other characters dropped, no leading - or _. */
  static String normalise(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
      if (keep && !(out.length() == 0 && (c == '_' || c == '-'))) {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), List.of("name"))) {
      ScalarNode s = (ScalarNode) h.node();
      if (NAME.matcher(s.value()).matches()) {
        continue;
      }
      String normalised = normalise(s.value());
      ctx.report(
          s.span(),
          "Project name "
              + NodePaths.quoted(s)
              + (normalised.isEmpty()
                  ? " has no valid character; "
                  : " is not valid; Compose silently uses '" + normalised + "'. ")
              + "Use lowercase letters, digits, '-' and '_'");
    }
  }
}
