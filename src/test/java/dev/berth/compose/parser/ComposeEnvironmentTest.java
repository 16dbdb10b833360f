package dev.berth.compose.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where interpolation variables come from: process environment over .env or --env-file. */
class ComposeEnvironmentTest {
  @TempDir Path dir;

  @Test
  void dotEnvBesideTheFileIsReadAndTheProcessEnvironmentWins() throws IOException {
    Files.writeString(dir.resolve(".env"), "TAG=from-file\nPORT=80\n");
    ComposeEnvironment env =
        ComposeEnvironment.discover(dir, Optional.empty(), Map.of("TAG", "from-process"));
    assertEquals(Map.of("TAG", "from-process", "PORT", "80"), env.variables());
    assertTrue(env.dotEnv().isPresent());
  }

  @Test
  void noDotEnvMeansOnlyTheProcessEnvironment() throws IOException {
    ComposeEnvironment env = ComposeEnvironment.discover(dir, Optional.empty(), Map.of("A", "1"));
    assertEquals(Map.of("A", "1"), env.variables());
    assertTrue(env.dotEnv().isEmpty());
  }

  @Test
  void anExplicitEnvFileReplacesDotEnv() throws IOException {
    Files.writeString(dir.resolve(".env"), "A=dot\n");
    Path other = Files.writeString(dir.resolve("prod.env"), "B=prod\n");
    ComposeEnvironment env = ComposeEnvironment.discover(dir, Optional.of(other), Map.of());
    assertEquals(Map.of("B", "prod"), env.variables());
  }

  @Test
  void aMissingExplicitEnvFileIsAnIoError() {
    assertThrows(
        NoSuchFileException.class,
        () -> ComposeEnvironment.discover(dir, Optional.of(dir.resolve("nope.env")), Map.of()));
  }

  @Test
  void envFileProblemsStayWithTheEnvFile() throws IOException {
    Files.writeString(dir.resolve(".env"), "GOOD=1\nBAD KEY=2\n");
    ComposeEnvironment env = ComposeEnvironment.discover(dir, Optional.empty(), Map.of());
    DotEnvFile file = env.dotEnv().orElseThrow();
    assertEquals(1, file.problems().size());
    assertEquals("2:4", file.source().start(file.problems().get(0).span()).toString());
    assertEquals(Map.of("GOOD", "1"), env.variables());
  }
}
