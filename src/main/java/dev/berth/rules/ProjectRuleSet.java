package dev.berth.rules;

import dev.berth.api.Rule;
import java.util.List;

/**
 * Project rules: checks across a compose project and the Dockerfiles its services build. {@link
 * BuiltinRules} adds them to the rest.
 */
final class ProjectRuleSet {
  private ProjectRuleSet() {}

  static final List<Rule> RULES = List.of();
}
