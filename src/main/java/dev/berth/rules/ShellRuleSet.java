package dev.berth.rules;

import dev.berth.api.Rule;
import java.util.List;

/**
 * The Dockerfile rules that read the shell model of RUN, CMD, ENTRYPOINT and HEALTHCHECK (package
 * managers, commands, pipes). {@link BuiltinRules} adds them to the rest.
 */
final class ShellRuleSet {
  private ShellRuleSet() {}

  static final List<Rule> RULES = List.of();
}
