package dev.berth.rules;

import dev.berth.api.Rule;
import java.util.List;

/**
 * Compose rules on single values and layout: typed values as compose-go casts them, short-syntax
 * parse errors, and dclint's style and ordering rules. {@link BuiltinRules} adds them to the rest.
 */
final class ComposeValueRuleSet {
  private ComposeValueRuleSet() {}

  static final List<Rule> RULES = List.of();
}
