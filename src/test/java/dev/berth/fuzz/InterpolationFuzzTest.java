package dev.berth.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.berth.compose.parser.DotEnv;
import dev.berth.compose.parser.DotEnvFile;
import dev.berth.compose.parser.Interpolation;
import dev.berth.compose.parser.InterpolationIssue;
import dev.berth.compose.parser.InterpolationResult;
import dev.berth.core.SourceText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Compose interpolation and {@code .env} reading never throw. Interpolation: every issue covers a
 * range of the template, a template without {@code $} comes back unchanged, and any text with each
 * {@code $} doubled comes back as itself without issues. {@code .env}: every problem lies in the
 * file, no name is empty, and reading is deterministic.
 */
class InterpolationFuzzTest {
  private static final String[] NAMES = {"A", "B", "IMAGE", "TAG", "_", "a_1", "X"};

  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void substitute(FuzzedDataProvider data) {
    Map<String, String> variables = variables(data);
    String template = data.consumeRemainingAsString();
    InterpolationResult r = Interpolation.substitute(template, variables);
    issuesInside(r.issues(), template);
    if (template.indexOf('$') < 0) {
      Oracles.check(r.value().equals(template), "a template without $ changed");
      Oracles.check(r.issues().isEmpty(), "a template without $ has issues");
    }
    InterpolationResult escaped = Interpolation.substitute(template.replace("$", "$$"), variables);
    Oracles.check(escaped.value().equals(template), "doubled $ did not come back as the text");
    Oracles.check(escaped.issues().isEmpty(), "doubled $ gives issues: " + escaped.issues());
  }

  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void dotEnv(FuzzedDataProvider data) {
    Map<String, String> environment = variables(data);
    byte[] bytes = data.consumeRemainingAsBytes();
    SourceText source = SourceText.of(".env", bytes);
    DotEnvFile file = DotEnv.parse(source, environment);
    Oracles.problems(file.problems(), source, ".env");
    for (String name : file.values().keySet()) {
      Oracles.check(!name.isEmpty(), "a variable without a name");
    }
    DotEnvFile again = DotEnv.parse(SourceText.of(".env", bytes.clone()), environment);
    Oracles.check(again.values().equals(file.values()), "a second read gives other values");
    Oracles.check(again.problems().equals(file.problems()), "a second read gives other problems");
  }

  private static Map<String, String> variables(FuzzedDataProvider data) {
    Map<String, String> variables = new HashMap<>();
    int count = data.consumeInt(0, 4);
    for (int i = 0; i < count; i++) {
      variables.put(data.pickValue(NAMES), data.consumeString(16));
    }
    return variables;
  }

  private static void issuesInside(List<InterpolationIssue> issues, String template) {
    for (InterpolationIssue issue : issues) {
      Oracles.check(
          0 <= issue.start() && issue.start() <= issue.end() && issue.end() <= template.length(),
          "issue "
              + issue.kind()
              + " at "
              + issue.start()
              + ".."
              + issue.end()
              + " outside the template ("
              + template.length()
              + ")");
      Oracles.check(!issue.message().isBlank(), "issue without a message");
    }
  }
}
