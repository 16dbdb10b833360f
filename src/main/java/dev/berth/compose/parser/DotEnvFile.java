package dev.berth.compose.parser;

import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code .env} file: its variables in file order and its problems, whose spans are in this
 * file (not in the compose file that uses it).
 */
public record DotEnvFile(SourceText source, Map<String, String> values, List<Problem> problems) {
  public DotEnvFile {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    problems = List.copyOf(problems);
  }

  /** Without the values, which may be secrets. */
  @Override
  public String toString() {
    return "DotEnvFile["
        + source.name()
        + ", "
        + values.size()
        + " variables, "
        + problems.size()
        + " problems]";
  }
}
