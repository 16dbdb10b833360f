package dev.berth.api;

import dev.berth.core.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata of berth's own rules, written at build time from their {@link RuleInfo} annotations
 * into the generated class {@link BuildData} and one resource, {@value #RESOURCE} (the build's
 * {@code process-classes} step runs {@code RuleMetaIndexWriter}). Reading some 230 annotations by
 * reflection costs a cold JVM about 30 ms, a tenth of a one-file run; the resource about 8 ms, most
 * of it opening the jar; the class, which the class-data archive holds, nearly nothing. The
 * resource is read when the class is missing (classes compiled by an editor). A rule class the
 * resource does not list (a test's rule, a build that skipped the step) is read by reflection as
 * before, and {@code RuleMetaIndexTest} checks that the resource says what the annotations say.
 *
 * <p>One line per rule class, tab-separated: class name, id, name, family, level, category, fix,
 * enabled by default, aliases (comma-separated), codes, summary.
 */
public final class RuleMetaIndex {
  /** Where the build writes the index on the class path. */
  public static final String RESOURCE = "/dev/berth/api/rule-meta.tsv";

  private static final int FIELDS = 11;

  private RuleMetaIndex() {}

  /** The indexed metadata of {@code type}, or null when the index does not list it. */
  static RuleMeta lookup(Class<?> type) {
    return Loaded.BY_CLASS.get(type.getName());
  }

  /**
   * The metadata of every indexed rule in the order of the index (the order of the rules it was
   * written from), the same instances {@link RuleMeta#of} returns; empty when there is no index.
   */
  public static List<RuleMeta> all() {
    return Loaded.ALL;
  }

  /** The index text for these rules, their metadata read from their annotations. */
  public static String write(Collection<? extends Rule> rules) {
    StringBuilder out = new StringBuilder();
    for (Rule rule : rules) {
      RuleMeta m = RuleMeta.fromAnnotation(rule.getClass());
      List<String> fields =
          List.of(
              rule.getClass().getName(),
              m.id(),
              m.name(),
              m.family().name(),
              m.level().name(),
              m.category().name(),
              m.fix().name(),
              Boolean.toString(m.enabledByDefault()),
              String.join(",", m.aliases()),
              m.codes(),
              m.summary());
      for (String f : fields) {
        if (f.indexOf('\t') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
          throw new IllegalArgumentException(
              rule.getClass().getName() + ": a tab or line break in its @RuleInfo: " + f);
        }
      }
      out.append(String.join("\t", fields)).append('\n');
    }
    return out.toString();
  }

  /** The index text read back, by class name, in the order of its lines. */
  static Map<String, RuleMeta> parse(String text) {
    Map<String, RuleMeta> byClass = new LinkedHashMap<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String[] f = text.substring(start, end).split("\t", -1);
      start = end + 1;
      if (f.length != FIELDS) {
        continue;
      }
      byClass.put(
          f[0],
          new RuleMeta(
              f[1],
              f[2],
              Family.valueOf(f[3]),
              f[10],
              Level.valueOf(f[4]),
              Category.valueOf(f[5]),
              Fixability.valueOf(f[6]),
              Boolean.parseBoolean(f[7]),
              f[8].isEmpty() ? List.of() : List.of(f[8].split(",", -1)),
              f[9]));
    }
    return byClass;
  }

  /** Holder: the resource is read on first use. */
  private static final class Loaded {
    static final Map<String, RuleMeta> BY_CLASS = read();
    static final List<RuleMeta> ALL = List.copyOf(BY_CLASS.values());

    private static Map<String, RuleMeta> read() {
      BuildData generated = BuildData.generated();
      if (generated != null) {
        return parse(generated.ruleIndex());
      }
      try (InputStream in = RuleMetaIndex.class.getResourceAsStream(RESOURCE)) {
        return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        return Map.of(); // every rule is then read by reflection
      }
    }
  }
}
