package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;

/**
 * A list-form {@code environment} entry is {@code KEY=value} or {@code KEY}. compose-go refuses a
 * key that ends with a space ({@code KEY =value}); an empty key or one that starts with a space
 * sets a variable no program will look up.
 */
@RuleInfo(
    id = "valid-environment-entry",
    name = "valid-environment-entry",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "environment list entries must be KEY=value with a key and no spaces around it.")
public final class ValidEnvironmentEntry implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), List.of("services.*.environment[]"))) {
      ScalarNode s = (ScalarNode) h.node();
      String v = s.value();
      int eq = v.indexOf('=');
      String key = eq >= 0 ? v.substring(0, eq) : v;
      if (key.isBlank()) {
        ctx.report(
            s.span(),
            "environment entry " + NodePaths.quoted(s) + " has no variable name; write KEY=value");
      } else if (!key.strip().equals(key)) {
        ctx.report(
            s.span(),
            "environment variable '"
                + key
                + "' has a space around its name"
                + (Character.isWhitespace(key.charAt(key.length() - 1))
                    ? " (Compose refuses a trailing space)"
                    : "")
                + "; write '"
                + key.strip()
                + (eq >= 0 ? v.substring(eq) : "")
                + "'");
      }
    }
  }
}
