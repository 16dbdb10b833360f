package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Level;
import java.util.HashSet;
import java.util.Set;

/**
 * A health check's {@code test} list starts with {@code CMD} (a program and its arguments), {@code
 * CMD-SHELL} (one shell command) or {@code NONE}. compose-go refuses any other first word; {@code
 * CMD} followed by one string with spaces runs a program whose name is that whole string.
 */
@RuleInfo(
    id = "valid-healthcheck-test",
    name = "valid-healthcheck-test",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "healthcheck.test lists must start with CMD, CMD-SHELL or NONE.")
public final class ValidHealthcheckTest implements ComposeRule {
  private static final Set<String> KINDS = Set.of("CMD", "CMD-SHELL", "NONE");

  @Override
  public void check(ComposeContext ctx) {
    Set<Node> seen = new HashSet<>();
    for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services.*.healthcheck.test")) {
      if (!(h.node() instanceof SeqNode seq) || seq.items().isEmpty() || !seen.add(seq)) {
        continue;
      }
      if (!(seq.items().get(0) instanceof ScalarNode first)) {
        continue;
      }
      if (!KINDS.contains(first.value())) {
        ctx.report(
            first.span(),
            "healthcheck.test must start with CMD, CMD-SHELL or NONE, not "
                + NodePaths.quoted(first)
                + "; write [\"CMD\", program, args...] or [\"CMD-SHELL\", \"command\"]");
      } else if (first.value().equals("CMD")
          && seq.items().size() == 2
          && seq.items().get(1) instanceof ScalarNode cmd
          && cmd.value().strip().contains(" ")) {
        ctx.report(
            cmd.span(),
            "CMD runs a program named "
                + NodePaths.quoted(cmd)
                + ", spaces included; use CMD-SHELL for a shell command, or split the words");
      }
    }
  }
}
