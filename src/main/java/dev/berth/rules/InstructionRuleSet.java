package dev.berth.rules;

import dev.berth.api.Rule;
import java.util.List;

/**
 * The hadolint-compatible Dockerfile rules that read instructions, stages and images rather than
 * shell commands. {@link BuiltinRules} adds them to the rest.
 */
final class InstructionRuleSet {
  private InstructionRuleSet() {}

  static final List<Rule> RULES = List.of();
}
