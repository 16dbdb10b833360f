package dev.berth.engine.suppress;

import dev.berth.api.Family;
import dev.berth.api.ForeignRuleIds;
import dev.berth.api.RuleMeta;
import java.util.Set;

/**
 * The names of BuildKit's Dockerfile build checks, which {@code # check=skip=}, {@code error=} and
 * {@code experimental=} speak about.
 *
 * <p>A berth rule <em>is a BuildKit check</em> when its id or one of its aliases is one of these
 * names: berth keeps a hadolint DL id where one exists and lists the BuildKit name as an alias,
 * otherwise it uses the BuildKit name as the id. Rules that are BuildKit <em>errors</em> (syntax
 * problems such as {@code InvalidArgumentCount}) and DL rules without a BuildKit alias are not
 * checks, so {@code skip=all} leaves them alone and {@code error=true} does not touch them.
 */
public final class BuildkitChecks {
  private BuildkitChecks() {}

  /** Every check BuildKit defines that is not deprecated. */
  public static final Set<String> NAMES = ForeignRuleIds.BUILDKIT;

  /**
   * The checks BuildKit runs only when {@code experimental=} names them; {@code skip} never applies
   * to them.
   */
  public static final Set<String> EXPERIMENTAL = ForeignRuleIds.BUILDKIT_EXPERIMENTAL;

  /** True when the rule is one of BuildKit's checks (by id or alias). */
  public static boolean isCheck(RuleMeta meta) {
    return name(meta) != null;
  }

  /** True when the rule is an experimental BuildKit check. */
  public static boolean isExperimental(RuleMeta meta) {
    String n = name(meta);
    return n != null && EXPERIMENTAL.contains(n);
  }

  /** The BuildKit check name of a rule, or null when it is not a check. */
  static String name(RuleMeta meta) {
    if (meta.family() != Family.DOCKERFILE) {
      return null;
    }
    if (NAMES.contains(meta.id())) {
      return meta.id();
    }
    for (String a : meta.aliases()) {
      if (NAMES.contains(a)) {
        return a;
      }
    }
    return null;
  }
}
