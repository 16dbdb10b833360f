package dev.berth.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a server is started with the JVM options of the run that starts it. */
class ServerStarterTest {
  private static final String[] ARGS = {"lint", "-f", "gnu", "Dockerfile"};

  @Test
  void theOptionsBeforeTheMainClassWithoutTheServerPropertiesAndTheShortRunCollector() {
    List<String> line =
        List.of(
            "-XX:+UseSerialGC",
            "-XX:SharedArchiveFile=/b/target/berth-java17.jsa",
            "-Dberth.server.folder=/run/user/1/berth",
            "-Dberth.server.key=abc",
            "-cp",
            "/b/target/berth.jar",
            "dev.berth.cli.Main",
            "lint",
            "-f",
            "gnu",
            "Dockerfile");
    assertEquals(
        List.of("-XX:SharedArchiveFile=/b/target/berth-java17.jsa", "-cp", "/b/target/berth.jar"),
        ServerStarter.jvmOptions(line, ARGS));
  }

  @Test
  void aJarRunBecomesAClassPath() {
    List<String> line =
        List.of("-Xss8m", "-jar", "/b/berth.jar", "lint", "-f", "gnu", "Dockerfile");
    assertEquals(List.of("-Xss8m", "-cp", "/b/berth.jar"), ServerStarter.jvmOptions(line, ARGS));
  }

  @Test
  void aCommandLineThatDoesNotEndWithTheArgumentsIsNotGuessedAt() {
    assertNull(
        ServerStarter.jvmOptions(List.of("-cp", "x.jar", "dev.berth.cli.Main", "lint"), ARGS));
    assertNull(
        ServerStarter.jvmOptions(
            List.of("-cp", "x.jar", "other.Main", "lint", "-f", "gnu", "Dockerfile"), ARGS));
    assertNull(ServerStarter.jvmOptions(List.of("lint", "-f", "gnu", "Dockerfile"), ARGS));
  }

  @Test
  void idleTimeComesFromTheEnvironmentWhenItIsAPositiveNumber() {
    assertEquals(600, ServerStarter.idleSeconds(Map.of()));
    assertEquals(30, ServerStarter.idleSeconds(Map.of("BERTH_SERVER_IDLE", "30")));
    assertEquals(600, ServerStarter.idleSeconds(Map.of("BERTH_SERVER_IDLE", "0")));
    assertEquals(600, ServerStarter.idleSeconds(Map.of("BERTH_SERVER_IDLE", "soon")));
  }
}
