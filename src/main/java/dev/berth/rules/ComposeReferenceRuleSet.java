package dev.berth.rules;

import dev.berth.api.Rule;
import java.util.List;

/**
 * Compose rules over the typed compose view: references between services and top-level resources,
 * networking, dependencies and best practice. {@link BuiltinRules} adds them to the rest.
 */
final class ComposeReferenceRuleSet {
  private ComposeReferenceRuleSet() {}

  static final List<Rule> RULES = List.of();
}
