package dev.berth.report;

import dev.berth.api.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules of a report sorted by id, followed by the codes that findings carry without a rule in
 * the report (such as ShellCheck's {@code SCnnnn}), so that each code has one stable index.
 */
final class CodeIndex {
  private final List<String> codes = new ArrayList<>();
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final Map<String, RuleMeta> meta = new LinkedHashMap<>();

  CodeIndex(Report report) {
    report.rules().stream()
        .sorted(Comparator.comparing(RuleMeta::id))
        .forEach(r -> meta.putIfAbsent(r.id(), r));
    TreeSet<String> unknown = new TreeSet<>();
    report
        .findings()
        .forEach(
            f -> {
              if (!meta.containsKey(f.code())) {
                unknown.add(f.code());
              }
            });
    meta.keySet().forEach(this::add);
    unknown.forEach(this::add);
  }

  private void add(String code) {
    index.put(code, codes.size());
    codes.add(code);
  }

  /** Every code, rules first. */
  List<String> codes() {
    return codes;
  }

  int indexOf(String code) {
    return index.get(code);
  }

  Optional<RuleMeta> meta(String code) {
    return Optional.ofNullable(meta.get(code));
  }
}
