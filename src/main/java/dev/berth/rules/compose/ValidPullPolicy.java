package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;
import java.util.regex.Pattern;

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
  private static final Pattern POLICY =
      Pattern.compile(
          "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+");

  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), List.of("services.*.pull_policy"))) {
      ScalarNode s = (ScalarNode) h.node();
      if (POLICY.matcher(s.value()).find() && !POLICY.matcher(s.value()).matches()) {
        ctx.report(
            s.span(),
            "Unknown pull_policy "
                + NodePaths.quoted(s)
                + "; use always, never, missing, build, refresh, daily, weekly or every_<duration>");
      }
    }
  }
}
