package dev.berth.compose.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.core.SourceText;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile input finishes quickly, in bounded memory, with exactly one finding: alias bombs, alias
 * cycles, deep nesting, huge files.
 */
class LoadLimitsTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  /** Loads within the time limit and within {@code maxAllocatedMb} of allocation. */
  private static ComposeFile loadBounded(
      String text, ComposeLoadOptions options, long maxAllocatedMb) {
    SourceText source = SourceText.of("compose.yaml", text);
    return assertTimeoutPreemptively(
        LIMIT,
        () -> {
          ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
          long before = threads.getCurrentThreadAllocatedBytes();
          ComposeFile f = ComposeLoading.load(source, options);
          long allocatedMb = (threads.getCurrentThreadAllocatedBytes() - before) >> 20;
          assertTrue(
              allocatedMb <= maxAllocatedMb,
              "allocated " + allocatedMb + " MB, more than " + maxAllocatedMb);
          return f;
        });
  }

  private static ComposeFile loadBounded(String text, long maxAllocatedMb) {
    return loadBounded(text, ComposeLoadOptions.defaults(), maxAllocatedMb);
  }

  private static void assertOneFinding(ComposeFile f, String code) {
    assertEquals(1, f.problems().size(), f.problems().toString());
    assertEquals(code, f.problems().get(0).code());
    assertTrue(f.root().isEmpty());
  }

  private static String repeat(int n, Supplier<String> s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(s.get());
    }
    return sb.toString();
  }

  @Test
  void billionLaughsIsOneFinding() {
    StringBuilder sb =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [");
      for (int k = 0; k < 9; k++) {
        sb.append(k == 0 ? "" : ",").append('*').append(p);
      }
      sb.append("]\n");
    }
    ComposeFile f = loadBounded(sb.toString(), 200);
    assertOneFinding(f, ComposeProblemCodes.NO_YAML_ALIAS_CYCLE);
    assertTrue(f.problems().get(0).message().contains("more than 100000 nodes"));
  }

  @Test
  void aliasExpansionLimitIsAnOption() {
    String text = "x: &x [1, 2, 3, 4]\nservices:\n  a: {labels: *x}\n  b: {labels: *x}\n";
    ComposeFile small =
        loadBounded(text, ComposeLoadOptions.defaults().withMaxAliasExpansion(6), 50);
    assertOneFinding(small, ComposeProblemCodes.NO_YAML_ALIAS_CYCLE);
    assertEquals("4:15", small.source().start(small.problems().get(0).span()).toString());
    ComposeFile enough =
        loadBounded(text, ComposeLoadOptions.defaults().withMaxAliasExpansion(10), 50);
    assertTrue(enough.root().isPresent());
  }

  @Test
  void aliasCycleIsOneFinding() {
    ComposeFile f = loadBounded("services:\n  web: &w\n    depends_on: [*w]\n", 50);
    assertOneFinding(f, ComposeProblemCodes.NO_YAML_ALIAS_CYCLE);
    assertEquals("3:18", f.source().start(f.problems().get(0).span()).toString());
  }

  @Test
  void fiftyThousandNestedFlowSequencesAreOneFinding() {
    String text = "services: [".repeat(50_000) + "]".repeat(50_000) + "\n";
    ComposeFile f = loadBounded(text, 500);
    assertOneFinding(f, ComposeProblemCodes.INVALID_YAML);
    assertTrue(f.problems().get(0).message().contains("nested more than 256 levels"));
  }

  @Test
  void fiftyThousandNestedBlockSequencesAreOneFinding() {
    ComposeFile f = loadBounded("- ".repeat(50_000) + "x\n", 500);
    assertOneFinding(f, ComposeProblemCodes.INVALID_YAML);
  }

  @Test
  void fiftyThousandNestedFlowMappingsAreOneFinding() {
    ComposeFile f = loadBounded("{a: ".repeat(50_000) + "b}".repeat(50_000) + "\n", 500);
    assertOneFinding(f, ComposeProblemCodes.INVALID_YAML);
  }

  @Test
  void depthThroughAliasesCounts() {
    String deep = "[".repeat(200) + "]".repeat(200);
    String text =
        "x: &x "
            + deep
            + "\n"
            + "y: &y [*x]\n"
            + "z: "
            + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*y]]]]]]]]]]]]]]]]]]]]]]]"
            + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n";
    ComposeFile f = loadBounded(text, 100);
    assertOneFinding(f, ComposeProblemCodes.INVALID_YAML);
  }

  /**
   * A compose file of about 10 MB: many services with the usual keys, some merging an anchor (every
   * service doing so would expand more nodes than the alias limit allows, as in Compose).
   */
  static String tenMegabytes() {
    int[] counter = {0};
    String services =
        repeat(
            41_000,
            () -> {
              int i = counter[0]++;
              return "  svc"
                  + i
                  + ":\n"
                  + "    image: \"registry.example.com/team/app-"
                  + i
                  + ":1.2.3\"\n"
                  + "    restart: unless-stopped\n"
                  + "    environment:\n"
                  + "      - LOG_LEVEL=info\n"
                  + "      - PORT=80"
                  + (i % 10)
                  + "\n"
                  + "    ports:\n"
                  + "      - \"127.0.0.1:"
                  + (10_000 + i % 50_000)
                  + ":80\"\n"
                  + "    labels:\n"
                  + "      com.example.team: platform\n"
                  + (i % 100 == 0 ? "    <<: *defaults\n" : "");
            });
    return "x-defaults: &defaults\n  logging: {driver: json-file}\nservices:\n" + services;
  }

  @Test
  void tenMegabyteFileLoadsInSeconds() {
    String text = tenMegabytes();
    assertTrue(
        text.length() > 9_600_000 && text.length() < ComposeLoadOptions.DEFAULT_MAX_FILE_BYTES,
        "size " + text.length());
    ComposeFile f = loadBounded(text, 4_000);
    assertEquals(List.of(), f.problems());
    assertEquals(
        41_000,
        ((MapNode) f.rootMap().orElseThrow().get("services").orElseThrow()).entries().size());
  }

  @Test
  void fileOverTheSizeLimitIsNotLoaded() {
    String text = "services:\n  # padding\n".repeat(1_000_000);
    assertTrue(text.length() > ComposeLoadOptions.DEFAULT_MAX_FILE_BYTES);
    ComposeFile f = loadBounded(text, 100);
    assertOneFinding(f, ComposeProblemCodes.FILE_TOO_LARGE);
    ComposeFile small =
        loadBounded("services: {}\n", ComposeLoadOptions.defaults().withMaxFileBytes(5), 10);
    assertOneFinding(small, ComposeProblemCodes.FILE_TOO_LARGE);
  }

  @Test
  void manyAliasesOfARealFileAreFine() {
    String text =
        "x-d: &d {restart: always}\nservices:\n"
            + repeat(500, () -> "  s" + Math.random() + ": {<<: *d, image: x}\n")
                .replace("0.", "n");
    ComposeFile f = loadBounded(text, 200);
    assertEquals(List.of(), f.problems());
  }

  @Test
  void manyInterpolationErrorsInOneValueCostLinearTime() {
    String value = "x ${} ".repeat(50_000);
    ComposeFile f = loadBounded("services:\n  web:\n    command: \"" + value + "\"\n", 2_000);
    assertEquals(50_000, f.problems().size());
    assertEquals("3:23", f.source().start(f.problems().get(1).span()).toString());
  }
}
