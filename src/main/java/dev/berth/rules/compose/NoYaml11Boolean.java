package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.YamlScalars;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * YAML 1.1's booleans ({@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n}) are
 * strings to Compose. At a boolean field compose-go still reads them, with a warning; as an
 * unquoted environment value they stay the string, while YAML 1.1 tools read a boolean.
 */
@RuleInfo(
    id = "no-yaml11-boolean",
    name = "no-yaml11-boolean",
    level = Level.WARNING,
    category = Category.SYNTAX,
    fix = Fixability.SOMETIMES,
    summary = "Write true or false, not yes/no/on/off; quote such words in environment values.")
public final class NoYaml11Boolean implements ComposeRule {
  private static final List<String> STRING_VALUES =
      List.of("services.*.environment.*", "services.*.build.args.*");

  /** The boolean paths of {@link ValidTypedValue#PATHS}, in its order. */
  private static final List<String> BOOLEANS = booleans();

  private static List<String> booleans() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, GoValues.Kind> e : ValidTypedValue.PATHS.entrySet()) {
      if (e.getValue() == GoValues.Kind.BOOLEAN) {
        out.add(e.getKey());
      }
    }
    return List.copyOf(out);
  }

  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), BOOLEANS)) {
      ScalarNode s = (ScalarNode) h.node();
      if (!YamlScalars.isYaml11Boolean(s.value())) {
        continue;
      }
      String word = GoValues.booleanValue(s.value()).orElseThrow() ? "true" : "false";
      String message =
          "`"
              + h.dotted()
              + ": "
              + s.value()
              + "` is a YAML 1.1 boolean; Compose reads it as "
              + word
              + " with a warning. Write "
              + word;
      if (h.local() && s.value().equals(s.raw())) {
        ctx.report(s.span(), message, Fix.safe("Write " + word, TextEdit.replace(s.span(), word)));
      } else {
        ctx.report(s.span(), message);
      }
    }
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), STRING_VALUES)) {
      ScalarNode s = (ScalarNode) h.node();
      if (!s.isPlain() || !YamlScalars.isYaml11Boolean(s.raw())) {
        continue;
      }
      String message =
          "Unquoted `"
              + s.raw()
              + "` for "
              + h.dotted()
              + ": Compose passes the string '"
              + s.raw()
              + "', YAML 1.1 tools read a boolean; quote it";
      if (h.local()) {
        ctx.report(
            s.span(),
            message,
            Fix.safe("Quote the value", TextEdit.replace(s.span(), "\"" + s.raw() + "\"")));
      } else {
        ctx.report(s.span(), message);
      }
    }
  }
}
