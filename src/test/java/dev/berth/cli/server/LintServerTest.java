package dev.berth.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident server in this JVM, spoken to as the launcher speaks to it: what a served run prints
 * and returns is what the run would print and return in its own process.
 */
class LintServerTest {
  @TempDir Path dir;

  private ServerFolder folder;
  private LintServer server;
  private Thread serving;
  private final AtomicBoolean stale = new AtomicBoolean();

  /** What a run printed and returned. */
  record Answer(String serverToken, String verdict, int code, String err, String out) {}

  @BeforeEach
  void startServer() throws IOException {
    folder = ServerFolder.prepare(dir.resolve("servers")).orElseThrow();
    server = new LintServer(folder, "abc123", Duration.ofMinutes(5), stale::get);
    assertTrue(server.start());
    serving = new Thread(server::serveUntilStopped, "test-server");
    serving.start();
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    server.stop();
    serving.join(10_000);
  }

  private String[] address() throws IOException {
    return Files.readString(folder.address("abc123")).trim().split(" ");
  }

  private Answer ask(String token, String key, String what, List<String> args) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      StringBuilder req = new StringBuilder();
      req.append("berth-server 1\n").append(token).append('\n').append(key).append('\n');
      req.append(what).append("\n0\n").append(args.size()).append('\n');
      for (String a : args) {
        req.append(a).append('\0');
      }
      s.getOutputStream().write(req.toString().getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      DataInputStream in = new DataInputStream(s.getInputStream());
      String serverToken = line(in);
      if (serverToken == null) {
        return new Answer(null, null, -1, "", "");
      }
      String verdict = line(in);
      if (!"A".equals(verdict)) {
        assertEquals(-1, in.read(), "nothing after a refusal");
        return new Answer(serverToken, verdict, -1, "", "");
      }
      int code = Integer.parseInt(line(in));
      byte[] err = new byte[Integer.parseInt(line(in))];
      in.readFully(err);
      String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Answer(serverToken, verdict, code, new String(err, StandardCharsets.UTF_8), out);
    }
  }

  private Answer run(String... args) throws IOException {
    String[] a = address();
    return ask(a[1], "abc123", "run", List.of(args));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        return b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
      }
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /** The same run in this process, as berth's own main would run it. */
  private static Answer own(String... args) throws IOException {
    Printed p = Printed.ownRun(args);
    return new Answer(null, "A", p.code(), p.err(), p.out());
  }

  private static void assertSameRun(Answer own, Answer served) {
    assertEquals("A", served.verdict());
    assertEquals(own.code(), served.code(), "exit code");
    assertEquals(own.err(), served.err(), "standard error");
    assertEquals(own.out(), served.out(), "standard output");
  }

  @Test
  void aServedRunPrintsAndReturnsWhatItsOwnRunWould() throws IOException {
    Path dockerfile =
        TestFiles.write(
            dir, "app/Dockerfile", "FROM ubuntu\nRUN cd /tmp && apt-get install curl\n");
    Path compose =
        TestFiles.write(
            dir, "app/compose.yaml", "services:\n  web:\n    image: nginx\n    links: [db]\n");
    String[][] runs = {
      {"lint", "--no-shellcheck", "-f", "gnu", dockerfile.toString()},
      {"lint", "--no-shellcheck", "-f", "json", dockerfile.toString(), compose.toString()},
      {"lint", "--no-shellcheck", "-f", "sarif", dir.resolve("app").toString()},
      {"lint", dir.resolve("no-such-file").toString()},
      {"lint", "--no-such-option"},
      {"lint", "--no-shellcheck", "--no-fail", "-f", "tty", compose.toString()}
    };
    for (String[] args : runs) {
      Answer served = run(args);
      assertSameRun(own(args), served);
      assertEquals(address()[2], served.serverToken(), "the server proves it read the address");
    }
    assertEquals(1, run(runs[0]).code(), "findings fail the served run as they fail their own");
    assertTrue(run(runs[3]).err().contains("no such file"));
  }

  @Test
  void aServedFixWritesTheFileAsItsOwnRunWould() throws IOException {
    Path dockerfile = TestFiles.write(dir, "fix/Dockerfile", "FROM alpine:3.20\nMAINTAINER me\n");
    Path copy = TestFiles.write(dir, "own/Dockerfile", Files.readString(dockerfile));
    Answer served = run("lint", "--no-shellcheck", "--fix", "-f", "gnu", dockerfile.toString());
    Answer own = own("lint", "--no-shellcheck", "--fix", "-f", "gnu", copy.toString());
    assertEquals(own.code(), served.code());
    assertEquals(Files.readString(copy), Files.readString(dockerfile));
    assertEquals("FROM alpine:3.20\nLABEL maintainer=\"me\"\n", Files.readString(dockerfile));
  }

  @Test
  void aRunWhoseClientWentAwayStops() throws Exception {
    Path started = dir.resolve("shellcheck-started");
    // a ShellCheck that says it started and with which process, then takes 20 seconds
    Path slow =
        dev.berth.FakePrograms.write(
            dir,
            "slow-shellcheck",
            "echo $$ > '"
                + started
                + ".tmp'\nmv '"
                + started
                + ".tmp' '"
                + started
                + "'\nexec sleep 20");
    Path dockerfile = TestFiles.write(dir, "slow/Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    String[] a = address();
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      List<String> args = List.of("lint", "--shellcheck", slow.toString(), dockerfile.toString());
      StringBuilder req = new StringBuilder();
      req.append("berth-server 1\n").append(a[1]).append("\nabc123\nrun\n0\n");
      req.append(args.size()).append('\n');
      for (String arg : args) {
        req.append(arg).append('\0');
      }
      s.getOutputStream().write(req.toString().getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      DataInputStream in = new DataInputStream(s.getInputStream());
      assertEquals(a[2], line(in));
      assertEquals("A", line(in));
      long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (!Files.exists(started) && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertTrue(Files.exists(started), "ShellCheck started");
      assertEquals(1, server.activeRuns());
    } // the client goes, as when the user presses Ctrl-C
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (server.activeRuns() > 0 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertEquals(0, server.activeRuns(), "the run stopped long before ShellCheck's 20 seconds");
    long pid = Long.parseLong(Files.readString(started).trim());
    while (ProcessHandle.of(pid).isPresent() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertFalse(ProcessHandle.of(pid).isPresent(), "the ShellCheck only that run waited for ended");
    assertSameRun(
        own("lint", "--no-shellcheck", "-f", "gnu", dockerfile.toString()),
        run("lint", "--no-shellcheck", "-f", "gnu", dockerfile.toString()));
  }

  @Test
  void aClientWithoutTheTokenLearnsNothing() throws IOException {
    Answer a = ask("0123456789abcdef0123456789abcdef", "abc123", "run", List.of("lint"));
    assertEquals(null, a.serverToken());
  }

  @Test
  void anotherKeyIsRefusedAndTheServerStaysUp() throws IOException {
    Answer a = ask(address()[1], "def456", "run", List.of("lint"));
    assertEquals(address()[2], a.serverToken());
    assertEquals("R", a.verdict());
    assertTrue(serving.isAlive());
  }

  @Test
  void bytesThatAreNoRequestDoNotHurtTheServer() throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.getOutputStream()
          .write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertEquals(-1, s.getInputStream().read());
    }
    Path dockerfile = TestFiles.write(dir, "Dockerfile", "FROM alpine:3.20\n");
    assertEquals(0, run("lint", "--no-shellcheck", dockerfile.toString()).code());
  }

  @Test
  void aServerWhoseBerthChangedRefusesAndStops() throws IOException, InterruptedException {
    stale.set(true);
    assertEquals("R", run("lint").verdict());
    serving.join(10_000);
    assertFalse(serving.isAlive());
    assertFalse(Files.exists(folder.address("abc123")), "the address is withdrawn");
  }

  @Test
  void aStopRequestStopsTheServerAndFreesItsKey() throws IOException, InterruptedException {
    String[] a = address();
    Answer stopped = ask(a[1], "abc123", "stop", List.of());
    assertEquals("A", stopped.verdict());
    assertEquals(0, stopped.code());
    serving.join(10_000);
    assertFalse(serving.isAlive());
    assertFalse(Files.exists(folder.address("abc123")));
    LintServer next = new LintServer(folder, "abc123", Duration.ofMinutes(1), () -> false);
    assertTrue(next.start(), "the key is free for a new server");
    next.stop();
  }

  @Test
  void oneServerPerKey() throws IOException {
    LintServer second = new LintServer(folder, "abc123", Duration.ofMinutes(1), () -> false);
    assertFalse(second.start());
    assertTrue(Files.readString(folder.address("abc123")).startsWith(server.port() + " "));
  }

  @Test
  void runsAtTheSameTimeEachGetTheirOwnOutput() throws Exception {
    List<String[]> runs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Path f =
          TestFiles.write(
              dir, "p" + i + "/Dockerfile", "FROM alpine:3." + i + "\nRUN cd /x" + i + "\n");
      runs.add(new String[] {"lint", "--no-shellcheck", "-f", "gnu", f.toString()});
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Answer>> served = new ArrayList<>();
      for (String[] args : runs) {
        served.add(pool.submit(() -> run(args)));
      }
      for (int i = 0; i < runs.size(); i++) {
        assertSameRun(own(runs.get(i)), served.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anIdleServerStopsByItself() throws IOException {
    ServerFolder other = ServerFolder.prepare(dir.resolve("other")).orElseThrow();
    LintServer idle = new LintServer(other, "fff", Duration.ofSeconds(1), () -> false);
    assertTrue(idle.start());
    assertTimeoutPreemptively(Duration.ofSeconds(20), idle::serveUntilStopped);
    assertFalse(Files.exists(other.address("fff")));
  }

  @Test
  void theWarmUpSamplesLintWithTheFindingsTheyWereWrittenFor() throws IOException {
    assertEquals(
        List.of(
            "Dockerfile:7:66: warning: [DL3008]",
            "Dockerfile:7:71: warning: [DL3008]",
            "Dockerfile:11:30: warning: [DL4006]",
            "Dockerfile:15:1: warning: [DL4006]",
            "Dockerfile:22:6: info: [DL3066]"),
        warmUpFindings("warm-up.Dockerfile", "Dockerfile"));
    assertEquals(
        List.of("compose.yaml:8:9: warning: [no-unbound-port-interfaces]"),
        warmUpFindings("warm-up.compose.yaml", "compose.yaml"));
  }

  /** A warm-up sample's findings as the server's warm-up lints it: place, level and rule. */
  private static List<String> warmUpFindings(String resource, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (InputStream in = LintServer.class.getResourceAsStream(resource)) {
      code =
          LintServer.run(
              List.of("lint", "--no-shellcheck", "-f", "gnu", "--stdin-filename", name, "-"),
              in,
              out,
              err,
              false);
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertEquals(1, code, "findings");
    List<String> findings = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      int rule = line.lastIndexOf(" [");
      int message = line.indexOf(": ", line.indexOf(": ") + 2);
      findings.add(line.substring(0, message + 2) + line.substring(rule + 1));
    }
    return findings;
  }

  @Test
  void connectionsBeyondTheLimitAreClosedAtOnceAndTheServerRecovers() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < LintServer.MAX_CONNECTIONS; i++) {
        idle.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
      }
      Thread.sleep(300); // all accepted by now
      try (Socket extra = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        extra.setSoTimeout(5000);
        assertEquals(-1, extra.getInputStream().read(), "closed without a word");
      }
    } finally {
      for (Socket s : idle) {
        s.close();
      }
    }
    Path dockerfile = TestFiles.write(dir, "Dockerfile", "FROM alpine:3.20\n");
    Answer after = null;
    for (int i = 0; i < 50 && (after == null || after.verdict() == null); i++) {
      Thread.sleep(100); // the idle connections' threads see their end
      try {
        after = run("lint", "--no-shellcheck", dockerfile.toString());
      } catch (IOException stillFull) {
        after = null;
      }
    }
    assertEquals(0, after == null ? -1 : after.code());
  }

  @Test
  void aRebuiltJarOrAnUpdatedJavaMakesTheInstallationDiffer() throws IOException {
    Path jar = TestFiles.write(dir, "berth.jar", "one");
    Path modules = TestFiles.write(dir, "jdk/lib/modules", "m");
    String classPath = jar.toString();
    String javaHome = dir.resolve("jdk").toString();
    String before = LintServer.installation(classPath, javaHome);
    assertEquals(before, LintServer.installation(classPath, javaHome));
    Files.writeString(jar, "two!");
    String rebuilt = LintServer.installation(classPath, javaHome);
    assertFalse(before.equals(rebuilt), "a jar of another size");
    Files.setLastModifiedTime(
        modules,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(modules).toMillis() - 60_000));
    assertFalse(rebuilt.equals(LintServer.installation(classPath, javaHome)), "another Java");
  }
}
