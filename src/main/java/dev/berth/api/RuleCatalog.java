package dev.berth.api;

import dev.berth.core.Spelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a rule id means, wherever it is written: on the command line ({@code --ignore}, {@code
 * --enable}, {@code --error}...), in a config file ({@code .berth.yaml}, {@code .hadolint.yaml},
 * {@code .dclintrc}, the {@code HADOLINT_*} variables) and in every suppression syntax. Built from
 * berth's rules first, then the ids of other tools ({@link ForeignRuleIds}), so an id moves from
 * foreign to implemented as soon as its rule is in the list.
 *
 * <p>An id is {@link Implemented} when it is the id, name or alias of a rule, or one of a rule's
 * further codes ({@link RuleMeta#reportsCode}, such as ShellCheck's {@code SC2086}); {@link
 * Foreign} when another tool defines it and berth has no rule for it (accepted, with a note); else
 * {@link Unknown}, with the nearest known id as a suggestion. Ids are case-sensitive.
 */
public final class RuleCatalog {
  /** What a written id means. */
  public sealed interface Entry permits Implemented, Foreign, Unknown {}

  /**
   * A rule berth has. {@code id} is the key configuration stores: the rule's id, or the further
   * code that was written ({@code SC2086}), since a code may be ignored on its own.
   */
  public record Implemented(RuleMeta rule, String id) implements Entry {}

  /**
   * An id of another tool that berth does not implement; it names nothing in berth. {@code what}
   * says what it is: "hadolint rule", "BuildKit check", "dclint rule" or "ShellCheck code".
   */
  public record Foreign(String id, String what) implements Entry {
    /** One sentence for a note: what the id is and that berth ignores it. */
    public String note() {
      return id + " is a " + what + " that berth does not implement, so it has no effect here";
    }
  }

  /**
   * An id nobody defines (or, for a file of one family, a rule of the other family). {@code hint}
   * says what was probably meant, without punctuation around it.
   */
  public record Unknown(String id, Optional<String> hint) implements Entry {}

  private final List<RuleMeta> rules;

  /** Each id, name and alias, and the rules it names (several only across families). */
  private final Map<String, List<RuleMeta>> byName = new LinkedHashMap<>();

  private static final String HADOLINT = "hadolint rule";
  private static final String BUILDKIT = "BuildKit check";
  private static final String DCLINT = "dclint rule";

  /** Each foreign id and what it is. */
  private final Map<String, String> foreign = new LinkedHashMap<>();

  private RuleCatalog(Collection<RuleMeta> metas) {
    this.rules = List.copyOf(metas);
    for (RuleMeta m : rules) {
      add(m.id(), m);
      add(m.name(), m);
      for (String a : m.aliases()) {
        add(a, m);
      }
    }
    for (String id : ForeignRuleIds.HADOLINT) {
      foreign.put(id, HADOLINT);
    }
    for (String id : ForeignRuleIds.BUILDKIT) {
      foreign.putIfAbsent(id, BUILDKIT);
    }
    for (String id : ForeignRuleIds.DCLINT) {
      foreign.putIfAbsent(id, DCLINT);
    }
  }

  private void add(String key, RuleMeta m) {
    List<RuleMeta> list = byName.get(key);
    if (list == null) { // no computeIfAbsent lambda: this runs on every start-up
      list = new ArrayList<>();
      byName.put(key, list);
    }
    boolean present = false;
    for (RuleMeta r : list) {
      present |= r == m; // identity: record equality costs a cold JVM a bootstrap
    }
    if (!present) {
      // a rule's own id wins over the same word used as another rule's alias: every syntax rule
      // answers to DL1000, but DL1000 names the parse-error rule
      if (m.id().equals(key)) {
        list.add(0, m);
      } else {
        list.add(m);
      }
    }
  }

  public static RuleCatalog of(Collection<RuleMeta> metas) {
    return new RuleCatalog(metas);
  }

  public static RuleCatalog ofRules(Collection<? extends Rule> rules) {
    return new RuleCatalog(rules.stream().map(Rule::meta).toList());
  }

  /** What {@code written} means in configuration, which applies to every family. */
  public Entry lookup(String written) {
    return lookup(written, null);
  }

  /**
   * What {@code written} means in a suppression of a file of {@code family}: a rule of that family
   * or a project rule, or an id of a tool that reads such files.
   */
  public Entry lookup(String written, Family family) {
    for (RuleMeta m : byName.getOrDefault(written, List.of())) {
      if (applies(m, family)) {
        return new Implemented(m, m.id());
      }
    }
    for (RuleMeta m : rules) {
      if (applies(m, family) && m.reportsCode(written)) {
        return new Implemented(m, written);
      }
    }
    String what = foreign.get(written);
    if (what != null && readBy(what, family)) {
      return new Foreign(written, what);
    }
    if (ForeignRuleIds.isShellCheck(written) && family != Family.COMPOSE) {
      return new Foreign(written, "ShellCheck code");
    }
    if (family != null) {
      for (RuleMeta m : byName.getOrDefault(written, List.of())) {
        String kind = m.family() == Family.DOCKERFILE ? "Dockerfile" : m.family().dir();
        return new Unknown(
            written,
            Optional.of("'" + written + "' is a " + kind + " rule, not one for this file"));
      }
    }
    return new Unknown(written, suggestion(written, family).map(s -> "did you mean '" + s + "'?"));
  }

  /** True when a suppression in a file of {@code family} may name {@code written}. */
  public boolean isKnown(String written, Family family) {
    return !(lookup(written, family) instanceof Unknown);
  }

  /**
   * The id, name or alias nearest to {@code written}, for a "did you mean"; of two as near, berth's
   * own rule.
   */
  private Optional<String> suggestion(String written, Family family) {
    TreeSet<String> names = new TreeSet<>();
    byName.forEach(
        (name, metas) -> {
          if (metas.stream().anyMatch(m -> applies(m, family))) {
            names.add(name);
          }
        });
    TreeSet<String> others = new TreeSet<>();
    foreign.forEach(
        (id, what) -> {
          if (readBy(what, family)) {
            others.add(id);
          }
        });
    Optional<String> nearestOwn = Spelling.closest(written, names);
    Optional<String> nearestOther = Spelling.closest(written, others);
    if (nearestOwn.isPresent() && nearestOther.isPresent()) {
      String typed = written.toLowerCase(Locale.ROOT);
      int own = Spelling.distance(typed, nearestOwn.get().toLowerCase(Locale.ROOT));
      int other = Spelling.distance(typed, nearestOther.get().toLowerCase(Locale.ROOT));
      return own <= other ? nearestOwn : nearestOther;
    }
    return nearestOwn.or(() -> nearestOther);
  }

  private static boolean applies(RuleMeta m, Family family) {
    return family == null || m.family() == family || m.family() == Family.PROJECT;
  }

  /** Whether the tool of a foreign id reads files of {@code family} (null: any family). */
  private static boolean readBy(String what, Family family) {
    return family == null || what.equals(DCLINT) == (family == Family.COMPOSE);
  }

  /** The rule whose findings carry this code: its id, or one of its further codes. */
  public Optional<RuleMeta> byCode(String code) {
    for (RuleMeta m : byName.getOrDefault(code, List.of())) {
      if (m.id().equals(code)) {
        return Optional.of(m);
      }
    }
    for (RuleMeta m : rules) {
      if (m.reportsCode(code)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code written} (in a suppression) names findings with {@code code}: the same string,
   * or a name or alias of the rule that reports {@code code} (so that naming the ShellCheck rule
   * suppresses every {@code SCnnnn} finding).
   */
  public boolean names(String written, String code) {
    if (written.equals(code)) {
      return true;
    }
    return byCode(code).map(m -> m.isNamed(written)).orElse(false);
  }
}
