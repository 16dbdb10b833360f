package dev.berth.engine.suppress;

import dev.berth.api.RuleCatalog;
import dev.berth.api.RuleMeta;
import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * One suppression of a file: its syntax, scope, the lines it covers (1-based, inclusive; {@link
 * Integer#MAX_VALUE} for "to the end"), what it suppresses ({@code all}, or {@code ids}), the
 * reason written with it, and where it was written.
 *
 * <p>{@code all} means every rule, except for BuildKit origins, where it means every BuildKit check
 * ({@code skip=all}). Under BuildKit origins experimental checks are never suppressed.
 */
public record Suppression(
    Origin origin,
    Scope scope,
    int firstLine,
    int lastLine,
    boolean all,
    List<SuppressionId> ids,
    Optional<String> reason,
    Span span) {

  public Suppression {
    ids = List.copyOf(ids);
  }

  public boolean coversLine(int line) {
    return line >= firstLine && line <= lastLine;
  }

  /**
   * Whether this suppression silences a finding with this code, reported by {@code meta} (null when
   * no rule of the catalogue reports the code, as for ShellCheck codes).
   */
  boolean matches(String code, RuleMeta meta, RuleCatalog catalog) {
    if (origin.buildkit()) {
      if (meta != null && BuildkitChecks.isExperimental(meta)) {
        return false;
      }
      if (all && meta != null && BuildkitChecks.isCheck(meta)) {
        return true;
      }
    } else if (all) {
      return true;
    }
    return idFor(code, catalog).isPresent();
  }

  /**
   * The id of this suppression that names the rule reporting {@code code}; unknown ids name
   * nothing.
   */
  Optional<SuppressionId> idFor(String code, RuleCatalog catalog) {
    for (SuppressionId id : ids) {
      if (id.known() && catalog.names(id.text(), code)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }
}
