package dev.berth.rules;

import dev.berth.api.Rule;
import java.util.List;

/**
 * Compose security rules: privileges, host namespaces and mounts, capabilities, secrets. {@link
 * BuiltinRules} adds them to the rest.
 */
final class ComposeSecurityRuleSet {
  private ComposeSecurityRuleSet() {}

  static final List<Rule> RULES = List.of();
}
