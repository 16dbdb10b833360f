package dev.berth.rules;

import dev.berth.api.Rule;
import java.util.List;

/**
 * BuildKit's build checks and the errors BuildKit stops on (catalogue F.1 and section B). {@link
 * BuiltinRules} adds them to the rest.
 */
final class BuildkitRuleSet {
  private BuildkitRuleSet() {}

  static final List<Rule> RULES = List.of();
}
