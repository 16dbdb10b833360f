package dev.berth.config;

import dev.berth.api.ForeignRuleIds;
import dev.berth.api.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule ids a config may name, and their canonical form. A known rule may be named by id, name
 * or alias and is always stored under its id. Besides known rules:
 *
 * <ul>
 *   <li>ShellCheck codes ({@code SC1000}) are valid everywhere: berth reports them when ShellCheck
 *       runs, without a rule class of its own;
 *   <li>hadolint's sources (a {@code .hadolint.yaml}, the {@code HADOLINT_*} variables) may name
 *       any {@code DLnnnn} code, so a config that works with hadolint keeps working;
 *   <li>a {@code .dclintrc} may name any of dclint's own rules.
 * </ul>
 */
final class RuleCatalog {
  private final List<RuleMeta> rules;
  private final Set<String> names;

  RuleCatalog(List<RuleMeta> rules) {
    this.rules = List.copyOf(rules);
    Set<String> all = new LinkedHashSet<>();
    for (RuleMeta m : rules) {
      all.add(m.id());
      all.add(m.name());
      all.addAll(m.aliases());
    }
    this.names = Set.copyOf(all);
  }

  /** The canonical id for a name, or empty when the dialect does not accept it. */
  Optional<String> canonical(String idOrAlias, ConfigDialect dialect) {
    for (RuleMeta m : rules) {
      if (m.id().equals(idOrAlias) || m.reportsCode(idOrAlias)) {
        // an id first: several syntax rules list DL1000, the id of one, as an alias
        return Optional.of(idOrAlias);
      }
    }
    for (RuleMeta m : rules) {
      if (m.isNamed(idOrAlias)) {
        return Optional.of(m.id());
      }
    }
    if (ForeignRuleIds.isShellCheck(idOrAlias)) {
      return Optional.of(idOrAlias);
    }
    if (dialect == ConfigDialect.HADOLINT && ForeignRuleIds.isHadolintCode(idOrAlias)) {
      return Optional.of(idOrAlias);
    }
    if (dialect == ConfigDialect.DCLINT && ForeignRuleIds.DCLINT.contains(idOrAlias)) {
      return Optional.of(idOrAlias);
    }
    return Optional.empty();
  }

  /** "unknown rule 'x'" with a did-you-mean when one is close. */
  String unknown(String idOrAlias, ConfigDialect dialect) {
    List<String> candidates = new ArrayList<>(names);
    if (dialect == ConfigDialect.DCLINT) {
      candidates.addAll(ForeignRuleIds.DCLINT);
    }
    return "unknown rule '"
        + idOrAlias
        + "'"
        + Suggestions.didYouMean(idOrAlias, candidates)
        + " ('berth rules' lists them all)";
  }
}
