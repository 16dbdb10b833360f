package dev.berth.api;

import dev.berth.core.Level;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, written once on its class. {@code berth rules}, {@code berth explain}, SARIF
 * rule descriptions and the index {@code rules/README.md} are all made from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** The id findings carry: a hadolint DL code, a BuildKit check name or a compose rule name. */
  String id();

  /** A kebab-case name for the pattern the rule flags. */
  String name();

  /** One line: what the rule wants. */
  String summary();

  Level level();

  Category category();

  Fixability fix() default Fixability.NONE;

  /** Rules that are off by default run only with {@code --enable ID} or config. */
  boolean enabledByDefault() default true;

  /** Other ids accepted in suppressions and options, such as the BuildKit name of a DL rule. */
  String[] aliases() default {};

  /**
   * A regular expression of further codes the rule reports findings under, besides its id (the
   * ShellCheck rule reports ShellCheck's {@code SCnnnn} codes). Such a finding is ignored, given a
   * level and suppressed by its own code or by the rule's id; empty: the rule reports under its id
   * only.
   */
  String codes() default "";
}
