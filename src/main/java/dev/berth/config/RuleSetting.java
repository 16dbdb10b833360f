package dev.berth.config;

import dev.berth.api.RuleOptions;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * One rule's entry under {@code rules:} (or a dclint rule setting): a level, or off, and options.
 * Off means the rule is ignored.
 */
record RuleSetting(Optional<Level> level, boolean off, Optional<RuleOptions> options) {}
