package dev.berth.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * The compose loader and schema validation on any bytes: they never throw and report no caught
 * internal error; every problem and every node lies inside the file and every child inside its
 * parent; validation only adds problems; and loading the same bytes twice gives the same problems.
 */
class ComposeLoaderFuzzTest {
  private static final String[] NAMES = {"IMAGE", "TAG", "REQ", "A", "B", "HOME"};

  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void rawBytes(byte[] data) {
    check(data, ComposeLoadOptions.defaults());
  }

  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void structured(FuzzedDataProvider data) {
    Map<String, String> env = new HashMap<>();
    int variables = data.consumeInt(0, 3);
    for (int i = 0; i < variables; i++) {
      env.put(data.pickValue(NAMES), data.consumeString(12));
    }
    ComposeLoadOptions options =
        ComposeLoadOptions.defaults()
            .withEnvironment(env)
            .withInterpolation(data.consumeInt(0, 7) != 0)
            .withMaxDepth(
                data.consumeInt(0, 3) == 0
                    ? data.consumeInt(1, 40)
                    : ComposeLoadOptions.DEFAULT_MAX_DEPTH)
            .withMaxAliasExpansion(
                data.consumeInt(0, 3) == 0
                    ? data.consumeInt(1, 200)
                    : ComposeLoadOptions.DEFAULT_MAX_ALIAS_EXPANSION);
    check(ComposeGen.compose(data).getBytes(StandardCharsets.UTF_8), options);
  }

  static ComposeFile check(byte[] bytes, ComposeLoadOptions options) {
    SourceText source = SourceText.of("compose.yaml", bytes);
    ComposeFile loaded = ComposeLoading.load(source, options);
    Oracles.composeTree(loaded);
    ComposeFile validated = ComposeSchemaValidation.validate(loaded);
    Oracles.composeTree(validated);
    Oracles.check(
        validated.problems().containsAll(loaded.problems()), "validation dropped a loader problem");
    ComposeFile again = ComposeLoading.load(SourceText.of("compose.yaml", bytes.clone()), options);
    Oracles.check(
        again.problems().equals(loaded.problems()), "a second load reports other problems");
    return validated;
  }
}
