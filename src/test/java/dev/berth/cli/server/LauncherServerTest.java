package dev.berth.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.TestFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's side of the resident server, run for real with bash: with no server it runs Java
 * and asks it to start one (here a stand-in java records what it was asked); with a server up (here
 * one in this JVM, for the key the launcher computed) it prints what the server's run printed and
 * exits with its code, without starting Java.
 */
class LauncherServerTest {
  @TempDir Path dir;

  private Path work;
  private Path log;
  private final Map<String, String> env = new HashMap<>();
  private LintServer server;
  private Thread serving;

  @BeforeEach
  void installLauncherWithAStandInJava() throws IOException {
    assumeTrue(new File("/bin/bash").canExecute(), "needs bash");
    Path root = Files.createDirectories(dir.resolve("berth"));
    Files.createDirectories(root.resolve("bin"));
    Files.copy(Path.of("bin/berth"), root.resolve("bin/berth"));
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("target/berth.jar"), ""); // no source is newer: no build
    Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
    Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
    Path java =
        Files.writeString(
            jdk.resolve("java"),
            "#!/bin/sh\n"
                + "for a; do case \"$a\" in -Dberth.server.*) printf '%s\\n' \"$a\" >> \"$LOG\";;"
                + " esac; done\n"
                + "echo 'stand-in java ran'\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    work = Files.createDirectories(dir.resolve("work"));
    log = dir.resolve("java.log");
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("HOME", dir.resolve("home").toString());
    env.put("BERTH_CACHE_DIR", dir.resolve("cache").toString());
    env.put("JAVA_HOME", dir.resolve("jdk").toString());
    env.put("BERTH_NO_CDS", "1");
    env.put("LOG", log.toString());
    env.put("BERTH_SERVER", "1");
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server != null) {
      server.stop();
      serving.join(10_000);
    }
  }

  private Printed launch(Map<String, String> extra, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("/bin/bash", dir.resolve("berth/bin/berth").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.environment().putAll(extra);
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
    return new Printed(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Printed launch(String... args) throws IOException, InterruptedException {
    return launch(Map.of(), args);
  }

  /** What the stand-in java was asked: the server folder and key, in launch order. */
  private List<String> asked() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private void startServerAsAsked() throws IOException {
    List<String> asked = asked();
    String folder = asked.get(0).substring("-Dberth.server.folder=".length());
    String key = asked.get(1).substring("-Dberth.server.key=".length());
    assertTrue(ServerFolder.isKey(key), key);
    server =
        new LintServer(
            ServerFolder.prepare(Path.of(folder)).orElseThrow(),
            key,
            Duration.ofMinutes(5),
            () -> false);
    assertTrue(server.start());
    serving = new Thread(server::serveUntilStopped, "test-server");
    serving.start();
  }

  @Test
  void withNoServerJavaRunsAndIsAskedToStartOneThenTheServerAnswers() throws Exception {
    Path dockerfile =
        TestFiles.write(
            dir, "my app/Dockerfile", "FROM ubuntu\nRUN cd /tmp && apt-get install curl\n");
    String[] args = {"lint", "--no-shellcheck", "-f", "gnu", dockerfile.toString()};
    Printed first = launch(args);
    assertEquals("stand-in java ran\n", first.out());
    assertEquals(2, asked().size(), "asked to start a server: " + asked());
    String folder = asked().get(0).substring("-Dberth.server.folder=".length());
    assertEquals(dir.resolve("cache/servers").toString(), folder);

    startServerAsAsked();
    Printed served = launch(args);
    Printed own = Printed.ownRun(args);
    assertEquals(own.out(), served.out());
    assertEquals(own.err(), served.err());
    assertEquals(1, served.code());
    assertEquals(2, asked().size(), "java did not run again");

    Printed missing = launch("lint", dir.resolve("none/Dockerfile").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
    assertEquals("", missing.out());
  }

  @Test
  void runsThatAreNotLintsOrReadStandardInputAreNotSent() throws Exception {
    launch("lint", "x");
    startServerAsAsked();
    for (String[] args :
        new String[][] {
          {"lint", "-"}, {"lint", "--stdin-filename", "Dockerfile", "-"}, {"rules"}, {"--version"}
        }) {
      Printed r = launch(args);
      assertEquals("stand-in java ran\n", r.out(), String.join(" ", args));
    }
    assertEquals(2, asked().size(), "no server asked for either");
  }

  @Test
  void anotherEnvironmentOrFolderIsAnotherServer() throws Exception {
    launch("lint", "x");
    startServerAsAsked();
    assertEquals(
        "stand-in java ran\n", launch(Map.of("HADOLINT_IGNORE", "DL3008"), "lint", "x").out());
    assertNotEquals(asked().get(1), asked().get(3), "another key");
    work = Files.createDirectories(dir.resolve("elsewhere"));
    assertEquals("stand-in java ran\n", launch("lint", "x").out());
    assertNotEquals(asked().get(1), asked().get(5), "another key");
  }

  @Test
  void whatGitSetsForEachCommitDoesNotChangeTheServer() throws Exception {
    Path dockerfile = TestFiles.write(dir, "Dockerfile", "FROM alpine:3.20\n");
    launch(Map.of("GIT_AUTHOR_DATE", "@1796599772 +0000", "SHLVL", "2"), "lint", "x");
    startServerAsAsked();
    Printed served =
        launch(
            Map.of(
                "GIT_AUTHOR_DATE", "@1796599773 +0000",
                "GIT_COMMITTER_DATE", "@1796599773 +0000",
                "GIT_INDEX_FILE", ".git/next-index-4242.lock",
                "GIT_PREFIX", "sub/",
                "OLDPWD", "/",
                "SHLVL", "5"),
            "lint",
            "--no-shellcheck",
            dockerfile.toString());
    assertEquals(Printed.ownRun("lint", "--no-shellcheck", dockerfile.toString()), served);
    assertEquals(2, asked().size(), "served, no java");
  }

  @Test
  void anAddressWhoseServerTokenIsWrongIsNotTrusted() throws Exception {
    launch("lint", "x");
    startServerAsAsked();
    Path address =
        dir.resolve("cache/servers").resolve("s-" + asked().get(1).split("=")[1] + ".port");
    String[] parts = Files.readString(address).trim().split(" ");
    Files.writeString(address, parts[0] + " " + parts[1] + " 00000000000000000000000000000000\n");
    assertEquals("stand-in java ran\n", launch("lint", "x").out());
  }

  @Test
  void berthServerStopStopsTheServerOfThisFolderAndEnvironment() throws Exception {
    launch("lint", "x");
    startServerAsAsked();
    Printed stopped = launch(Map.of("BERTH_SERVER", "stop"));
    assertEquals(0, stopped.code());
    assertEquals("", stopped.out());
    serving.join(10_000);
    assertFalse(serving.isAlive(), "stopped");
    Printed none = launch(Map.of("BERTH_SERVER", "stop"));
    assertEquals(0, none.code(), "nothing to stop is no error");
    assertEquals("", none.out(), "and no Java");
  }

  @Test
  void aServerThatGoesAwayDuringTheRunIsSaidSo() throws Exception {
    launch("lint", "x");
    String folder = asked().get(0).substring("-Dberth.server.folder=".length());
    String key = asked().get(1).substring("-Dberth.server.key=".length());
    ServerFolder servers = ServerFolder.prepare(Path.of(folder)).orElseThrow();
    try (java.net.ServerSocket fake =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      servers.publish(key, fake.getLocalPort() + " c0ffee b0b");
      Thread answer =
          new Thread(
              () -> {
                try (java.net.Socket s = fake.accept()) {
                  ServerRequest r = ServerRequest.read(s.getInputStream(), "c0ffee");
                  assertEquals("c0ffee", r.clientToken());
                  s.getOutputStream().write("b0b\nA\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      answer.start();
      Printed r = launch("lint", "x");
      answer.join(10_000);
      assertEquals(3, r.code());
      assertTrue(r.err().contains("the berth server stopped during the run"), r.err());
      assertEquals("", r.out());
    }
  }
}
