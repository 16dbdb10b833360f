package dev.berth.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a server is started with the JVM options of the run that starts it. */
class ServerStarterTest {
  private static final String[] ARGS = {"lint", "-f", "gnu", "Dockerfile"};

  @Test
  void theOptionsBeforeTheMainClassWithoutTheServerPropertiesAndTheShortRunHeap() {
    List<String> line =
        List.of(
            "-XX:+UseSerialGC",
            "-Xmn64m",
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
  void theLauncherSetsNoHeapOptionForAShortRunThatTheServerWouldKeep() throws Exception {
    String opts =
        Files.readAllLines(Path.of("bin/berth")).stream()
            .filter(l -> l.startsWith("opts=("))
            .findFirst()
            .orElseThrow();
    List<String> line =
        new java.util.ArrayList<>(List.of(opts.substring(6, opts.length() - 1).split(" ")));
    line.addAll(List.of("-cp", "/b/berth.jar", "dev.berth.cli.Main"));
    line.addAll(List.of(ARGS));
    assertEquals(
        List.of("-XX:TieredStopAtLevel=1", "-Xss8m", "-XX:-UsePerfData", "-cp", "/b/berth.jar"),
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

  @Test
  void startsAServerInTheBackgroundThatPublishesItsAddressAndStopsWhenAsked(@TempDir Path dir)
      throws Exception {
    Path folder = dir.resolve("servers");
    startAsTheLauncherAsks(folder, "5e7");
    Path address = folder.resolve("s-5e7.port");
    for (int i = 0; i < 600 && !Files.exists(address); i++) {
      Thread.sleep(50);
    }
    String[] parts = Files.readString(address).trim().split(" ");
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0]))) {
      s.getOutputStream()
          .write(
              ("berth-server 1\n" + parts[1] + "\n5e7\nstop\n0\n0\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertEquals(parts[2] + "\nA\n0\n0\n", answer);
    }
    for (int i = 0; i < 200 && Files.exists(address); i++) {
      Thread.sleep(50);
    }
    assertFalse(Files.exists(address), "the stopped server withdrew its address");
  }

  @Test
  void aKeyTheLauncherDoesNotMakeStartsNothing(@TempDir Path dir) {
    startAsTheLauncherAsks(dir.resolve("s"), "../../etc");
    assertFalse(Files.exists(dir.resolve("s")), "a key the launcher does not make starts nothing");
  }

  /** What Main does after a run the launcher gave the server properties. */
  private static void startAsTheLauncherAsks(Path folder, String key) {
    System.setProperty(ServerStarter.FOLDER, folder.toString());
    System.setProperty(ServerStarter.KEY, key);
    try {
      ServerStarter.startIfAsked(new String[] {"lint"});
    } finally {
      System.clearProperty(ServerStarter.FOLDER);
      System.clearProperty(ServerStarter.KEY);
    }
  }
}
