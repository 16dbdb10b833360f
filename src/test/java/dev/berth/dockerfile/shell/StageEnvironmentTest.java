package dev.berth.dockerfile.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.parser.DockerfileParsing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageEnvironmentTest {
  private static Dockerfile parse(String text) {
    return DockerfileParsing.parse(SourceText.of("Dockerfile", text));
  }

  private static String value(StageEnvironment env, Instruction before, String name) {
    return env.before(before).get(name);
  }

  @Test
  void argsAndEnvAreEvaluatedInOrderLikeBuildkit() {
    Dockerfile df =
        parse(
            String.join(
                "\n",
                "ARG BASE=alpine",
                "ARG TAG=3.20",
                "ARG UNSET",
                "FROM $BASE:$TAG",
                "ARG TAG",
                "ARG LOCAL=v${TAG}",
                "ENV abc=hello",
                "ENV abc=bye def=$abc",
                "ENV ghi=$abc LOCAL=env-wins",
                "RUN true",
                "FROM scratch",
                "RUN true",
                ""));
    StageEnvironment env = StageEnvironment.evaluate(df);
    assertEquals(Map.of("BASE", "alpine", "TAG", "3.20"), env.globals());
    assertTrue(env.limit().isEmpty());
    List<Instruction> all = df.instructions();
    Instruction from = all.get(3);
    Instruction run = all.get(9);
    Instruction secondRun = all.get(11);
    assertEquals("alpine", value(env, from, "BASE"));
    assertEquals("3.20", value(env, run, "TAG"), "an ARG without default takes the global value");
    assertEquals("bye", value(env, run, "abc"));
    assertEquals("hello", value(env, run, "def"), "a pair sees the values before its instruction");
    assertEquals("bye", value(env, run, "ghi"));
    assertEquals("env-wins", value(env, run, "LOCAL"), "ENV wins over ARG of the same name");
    assertNull(value(env, run, "UNSET"));
    assertNull(value(env, all.get(6), "abc"), "nothing is set before the first ENV");
    assertEquals("3.20", value(env, all.get(6), "TAG"));
    assertNull(value(env, secondRun, "abc"), "a new stage starts empty");
    assertTrue(env.knows(run));
  }

  @Test
  void buildArgumentsOverrideDefaults() {
    Dockerfile df = parse("ARG TAG=1\nFROM alpine:$TAG\nARG TAG\nARG OTHER=x\nRUN true\n");
    StageEnvironment env =
        StageEnvironment.evaluate(df, Map.of("TAG", "2", "OTHER", "y"), 1000, 100);
    Instruction run = df.instructions().get(4);
    assertEquals("2", env.globals().get("TAG"));
    assertEquals("2", value(env, run, "TAG"));
    assertEquals("y", value(env, run, "OTHER"));
  }

  /** The doubling attack: forty steps would be a terabyte; the cap stops it at 1 MiB. */
  @Test
  void doublingArgsStopAtTheCapWithOneLimit() {
    StringBuilder text = new StringBuilder("FROM alpine\nARG A0=x\n");
    for (int i = 1; i <= 40; i++) {
      text.append("ARG A")
          .append(i)
          .append("=$A")
          .append(i - 1)
          .append("$A")
          .append(i - 1)
          .append('\n');
    }
    text.append("RUN true\n");
    Dockerfile df = parse(text.toString());
    StageEnvironment env =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> StageEnvironment.evaluate(df));
    assertTrue(env.limit().isPresent());
    // 1 + 2 + ... + 2^19 < 2^20 <= ... + 2^20: the value of A20, on line 22, crosses the cap.
    int line = df.source().line(env.limit().get().at().start());
    assertEquals(22, line, env.limit().toString());
    assertTrue(env.limit().get().message().contains("more than 1048576 characters"));
    Instruction run = df.instructions().get(df.instructions().size() - 1);
    assertFalse(env.knows(run));
    assertNull(env.before(run).get("A1"), "nothing is known after the cap");
  }

  @Test
  void oneValueReferringToABigValueManyTimesStopsInsideTheWord() {
    String big = "x".repeat(1000);
    Dockerfile df = parse("FROM a\nARG A=" + big + "\nENV B=" + "$A".repeat(5000) + "\n");
    StageEnvironment env =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> StageEnvironment.evaluate(df, Map.of(), 100_000, 1_000_000));
    assertTrue(env.limit().isPresent());
    assertEquals(3, df.source().line(env.limit().get().at().start()));
  }

  @Test
  void substitutionsAreCapped() {
    Dockerfile df = parse("FROM a\nARG A=\nENV B=" + "$A".repeat(200) + "\n");
    StageEnvironment env = StageEnvironment.evaluate(df, Map.of(), 1000, 100);
    assertTrue(env.limit().isPresent());
    assertTrue(env.limit().get().message().contains("more than 100 variable references"));
  }

  /** A replacement repeated at every character multiplies the size; it is charged as it grows. */
  @Test
  void replacementAmplificationIsCharged() {
    String big = "y".repeat(60_000);
    Dockerfile df = parse("FROM a\nARG A=" + big + "\nENV B=${A//?/$A}\n");
    StageEnvironment env =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> StageEnvironment.evaluate(df));
    assertTrue(env.limit().isPresent());
    assertEquals(3, df.source().line(env.limit().get().at().start()));
  }

  @Test
  void invalidShellInAValueIsTakenAsWritten() {
    Dockerfile df = parse("FROM a\nENV A=${B\nRUN true\n");
    StageEnvironment env = StageEnvironment.evaluate(df);
    assertTrue(env.limit().isEmpty());
    assertEquals("${B", value(env, df.instructions().get(2), "A"));
  }
}
