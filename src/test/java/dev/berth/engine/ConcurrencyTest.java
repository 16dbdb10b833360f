package dev.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linting in parallel gives byte for byte the output of linting one file at a time: on the shared
 * corpus with 1, 4 and 8 jobs in json and gnu formats, and on 200 generated Dockerfiles and compose
 * files (folders with their own configs and .env files) linted 20 times in parallel. All runs share
 * one JVM, so static caches and lazily built state (rule metadata, the compose schema, ANTLR's DFA
 * cache) are shared too.
 */
class ConcurrencyTest {
  @TempDir Path dir;

  private static String lint(Path cwd, String... args) {
    CliRunner.Run run = CliRunner.run(cwd, "", args);
    assertTrue(run.exit() == 0 || run.exit() == 1, "exit " + run.exit() + ": " + run.err());
    return run.out() + "\n--- stderr ---\n" + run.err();
  }

  @Test
  void corpusOutputDoesNotDependOnTheNumberOfJobs() {
    Path corpus = SharedData.require("corpus");
    for (String format : List.of("json", "gnu")) {
      String one = lint(dir, "lint", "-f", format, "-j", "1", corpus.toString());
      assertTrue(one.length() > 10_000, "the corpus should have findings");
      for (String jobs : List.of("4", "8")) {
        String many = lint(dir, "lint", "-f", format, "-j", jobs, corpus.toString());
        assertEquals(one, many, format + " output differs between -j 1 and -j " + jobs);
      }
    }
  }

  @Test
  void twoHundredFilesLintedInParallelTwentyTimesGiveOneOutput() throws IOException {
    Path root = generate(new Random(0xC0FFEEL));
    String reference = lint(root, "lint", "-f", "json", "-j", "1", root.toString());
    assertTrue(reference.contains("\"code\""), reference);
    for (int round = 0; round < 20; round++) {
      String format = round % 2 == 0 ? "json" : "sarif";
      String expected =
          format.equals("json")
              ? reference
              : lint(root, "lint", "-f", format, "-j", "1", root.toString());
      String parallel = lint(root, "lint", "-f", format, "-j", "8", root.toString());
      assertEquals(expected, parallel, "round " + round + " (" + format + ") differs from -j 1");
    }
    String diffOne = lint(root, "lint", "--fix-dry-run", "-j", "1", root.toString());
    String diffMany = lint(root, "lint", "--fix-dry-run", "-j", "8", root.toString());
    assertTrue(diffOne.contains("+++ b/"), "some files should be fixable");
    assertEquals(diffOne, diffMany, "--fix-dry-run differs between -j 1 and -j 8");
  }

  private static final String[] CONFIGS = {
    "ignored: [LegacyKeyValueFormat]\n",
    "override:\n  error: [ConsistentInstructionCasing]\n",
    "failure-threshold: warning\n",
    "rules:\n  no-duplicate-keys: {level: warning}\n",
    null,
  };

  private static final String[] DOCKERFILE_LINES = {
    "FROM alpine:3.20", "from alpine as build", "RUN echo hi", "run echo lower", "ENV key value",
    "MAINTAINER someone", "LABEL a b", "ENV X", "# berth ignore=DL4000", "# hadolint ignore=DL9999",
    "RUN <<EOF\necho body\nEOF", "COPY . /app", "ARG A=1\nARG B=$A$A",
  };

  private static final String[] COMPOSE_SERVICES = {
    "  web:\n    image: nginx:1.27\n",
    "  dup:\n    image: nginx:1.27\n    image: nginx:1.26\n",
    "  vars:\n    image: ${IMAGE}\n    environment:\n      A: ${UNSET_VAR}\n",
    "  bad:\n    image: nginx\n    ports: [\"x\"]\n    unknown_key: 1\n",
    "  anchors:\n    <<: *base\n",
  };

  /**
   * 200 files in 10 folders; folders have their own config, some a .env, some share a parent
   * config.
   */
  private Path generate(Random r) throws IOException {
    Path root = Files.createDirectories(dir.resolve("tree"));
    Files.writeString(root.resolve(".berth.yaml"), "ignored: [DL1001]\n");
    int files = 0;
    for (int d = 0; d < 10; d++) {
      Path folder =
          Files.createDirectories(root.resolve("f" + d).resolve(d % 3 == 0 ? "nested" : "."));
      String config = CONFIGS[d % CONFIGS.length];
      if (config != null) {
        Files.writeString(folder.resolve(".berth.yaml"), config);
      }
      if (d % 2 == 0) {
        Files.writeString(folder.resolve(".env"), "IMAGE=nginx:1.27\nBROKEN LINE\n");
      }
      for (int i = 0; i < 10; i++) {
        StringBuilder df = new StringBuilder();
        int lines = 1 + r.nextInt(12);
        for (int l = 0; l < lines; l++) {
          df.append(DOCKERFILE_LINES[r.nextInt(DOCKERFILE_LINES.length)])
              .append(r.nextInt(6) == 0 ? "\r\n" : "\n");
        }
        Files.writeString(folder.resolve("Dockerfile." + i), df.toString());
        List<String> services = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int s = 0; s < n; s++) {
          services.add(
              COMPOSE_SERVICES[r.nextInt(COMPOSE_SERVICES.length)].replaceFirst(
                  "  (\\w+):", "  $1" + s + ":"));
        }
        Files.writeString(
            folder.resolve("compose." + i + ".yaml"),
            "x-base: &base\n  image: busybox\nservices:\n" + String.join("", services));
        files += 2;
      }
    }
    assertEquals(200, files);
    return root;
  }
}
