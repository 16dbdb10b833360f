package dev.berth.engine.suppress;

import dev.berth.api.Family;
import dev.berth.api.ForeignRuleIds;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every rule berth knows, whether or not it runs: what suppressions are checked against. An id in a
 * suppression is <em>known</em> when it is the id, name or alias of a rule of the file's family (or
 * of a project rule), or an id another tool reading the same file defines (see {@link ForeignIds}).
 * Ids are case-sensitive.
 */
public final class RuleCatalog {
  private final Map<String, RuleMeta> byId = new TreeMap<>();
  private final Map<String, List<RuleMeta>> byAnyName = new TreeMap<>();

  /** The rules that report under further codes besides their id. */
  private final List<RuleMeta> withCodes = new ArrayList<>();

  private RuleCatalog(Collection<RuleMeta> metas) {
    for (RuleMeta m : metas) {
      byId.putIfAbsent(m.id(), m);
      if (!m.codes().isEmpty()) {
        withCodes.add(m);
      }
      add(m.id(), m);
      add(m.name(), m);
      for (String a : m.aliases()) {
        add(a, m);
      }
    }
  }

  private void add(String key, RuleMeta m) {
    List<RuleMeta> list = byAnyName.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(m)) {
      list.add(m);
    }
  }

  public static RuleCatalog of(Collection<? extends Rule> rules) {
    return new RuleCatalog(rules.stream().map(Rule::meta).toList());
  }

  public static RuleCatalog ofMetas(Collection<RuleMeta> metas) {
    return new RuleCatalog(metas);
  }

  /** The rule whose findings carry this code: its id, or one of its further codes. */
  public Optional<RuleMeta> byCode(String code) {
    RuleMeta m = byId.get(code);
    if (m != null) {
      return Optional.of(m);
    }
    for (RuleMeta r : withCodes) {
      if (r.reportsCode(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The rule of a family (or a project rule) that an id, name or alias names. */
  public Optional<RuleMeta> resolve(String token, Family family) {
    for (RuleMeta m : byAnyName.getOrDefault(token, List.of())) {
      if (m.family() == family || m.family() == Family.PROJECT) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** True when a suppression may name this id in a file of this family. */
  public boolean isKnown(String token, Family family) {
    if (resolve(token, family).isPresent()) {
      return true;
    }
    return family == Family.COMPOSE
        ? ForeignRuleIds.DCLINT.contains(token)
        : ForeignRuleIds.HADOLINT.contains(token)
            || BuildkitChecks.NAMES.contains(token)
            || ForeignRuleIds.isShellCheck(token);
  }

  /** A known id that differs from {@code token} only in case, for a "did you mean" hint. */
  public Optional<String> suggest(String token, Family family) {
    String lower = token.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<RuleMeta>> e : byAnyName.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)
          && e.getValue().stream()
              .anyMatch(m -> m.family() == family || m.family() == Family.PROJECT)) {
        return Optional.of(e.getKey());
      }
    }
    Collection<String> foreign =
        family == Family.COMPOSE
            ? ForeignRuleIds.DCLINT
            : concat(ForeignRuleIds.HADOLINT, BuildkitChecks.NAMES);
    for (String f : foreign) {
      if (f.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static List<String> concat(Collection<String> a, Collection<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * True when a suppression naming {@code token} applies to a finding with {@code code}: the same
   * string, or a name or alias of the rule that reports {@code code} (so that naming the ShellCheck
   * rule suppresses every {@code SCnnnn} finding).
   */
  public boolean names(String token, String code) {
    if (token.equals(code)) {
      return true;
    }
    return byCode(code).map(m -> m.isNamed(token)).orElse(false);
  }
}
