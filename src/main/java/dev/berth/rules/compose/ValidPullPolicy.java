package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;

/**
 * The schema's pattern for {@code pull_policy} is not anchored, so any text that contains a policy
 * name ({@code rebuild}) passes it. This rule checks the whole value; a value with no policy name
 * in it at all is the schema's to report ({@code invalid-schema}).
 */
@RuleInfo(
    id = "valid-pull-policy",
    name = "valid-pull-policy",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "pull_policy must be one of the policies Compose knows, as a whole value.")
public final class ValidPullPolicy implements ComposeRule {
  private static final List<String> WORDS =
      List.of(
          "always", "never", "build", "if_not_present", "missing", "refresh", "daily", "weekly");
  private static final String EVERY = "every_";

  /** True when the whole value is a policy. */
  static boolean isPolicy(String v) {
    return WORDS.contains(v)
        || v.startsWith(EVERY) && intervalLength(v, EVERY.length()) == v.length() - EVERY.length();
  }

  /** True when the schema's unanchored pattern finds a policy somewhere in the value. */
  static boolean containsPolicy(String v) {
    if (WORDS.stream().anyMatch(v::contains)) {
      return true;
    }
    for (int i = v.indexOf(EVERY); i >= 0; i = v.indexOf(EVERY, i + 1)) {
      if (intervalLength(v, i + EVERY.length()) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The length of the longest run of number-unit pairs ({@code 1d12h}) at {@code start}. */
  private static int intervalLength(String v, int start) {
    int i = start;
    int end = start;
    while (true) {
      int digits = i;
      while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        i++;
      }
      if (i == digits || i >= v.length() || "wdhms".indexOf(v.charAt(i)) < 0) {
        return end - start;
      }
      i++;
      end = i;
    }
  }

  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), List.of("services.*.pull_policy"))) {
      ScalarNode s = (ScalarNode) h.node();
      if (containsPolicy(s.value()) && !isPolicy(s.value())) {
        ctx.report(
            s.span(),
            "Unknown pull_policy "
                + NodePaths.quoted(s)
                + "; use always, never, missing, build, refresh, daily, weekly or"
                + " every_<duration>");
      }
    }
  }
}
