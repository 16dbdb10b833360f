package dev.berth.cli.server;

import dev.berth.cli.Main;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a resident server when the launcher asks for one ({@code BERTH_SERVER=1} and no server
 * took the run: the launcher passes the server folder and key as the system properties {@value
 * #FOLDER} and {@value #KEY}). The server starts in the background, in its own session (a Ctrl-C in
 * the terminal does not reach it), with this process's JVM options and working folder; this run
 * then lints in its own process as usual.
 */
public final class ServerStarter {
  static final String FOLDER = "berth.server.folder";
  static final String KEY = "berth.server.key";

  /**
   * The most servers one user's folder has up at once: an environment that changes with every run
   * (a variable with a run number, say) gets no server after these, instead of one per run.
   */
  static final int MAX_SERVERS = 4;

  /**
   * JVM options a long-lived server takes instead of a short run's serial collector: G1, whose heap
   * may shrink to a few megabytes in the collection an idle server makes, and which may spend up to
   * a fifth of its time collecting before it grows the heap. Measured on the corpus Dockerfiles
   * with ShellCheck (warm cache), served: G1 1.5-1.9 s per run, 80 MB resident once idle, peak
   * 594-752 MB, with GCTimeRatio=4 peak 410 MB at the same speed; the serial collector with the
   * JVM's sizes 2.1-2.3 s and 448 MB once idle (its old generation never shrinks below its initial
   * size); serial with small initial sizes 3-5 s.
   */
  static final List<String> SERVER_OPTIONS =
      List.of("-XX:+UseG1GC", "-XX:MinHeapSize=8m", "-XX:GCTimeRatio=4");

  /**
   * The short run's collector and young generation, which {@link #SERVER_OPTIONS} replace: a fixed
   * young generation would keep G1 from sizing it, and an idle server's heap from shrinking.
   */
  private static final java.util.Set<String> SHORT_RUN_HEAP =
      java.util.Set.of("-XX:+UseSerialGC", "-Xmn64m");

  private ServerStarter() {}

  /** Starts a server when the launcher asked for one; never fails the run. */
  public static void startIfAsked(String[] args) {
    String folder = System.getProperty(FOLDER);
    String key = System.getProperty(KEY);
    if (folder == null || key == null || !ServerFolder.isKey(key)) {
      return;
    }
    Optional<ServerFolder> servers = ServerFolder.prepare(Path.of(folder));
    if (servers.isEmpty()) {
      return; // not a safe folder: no server
    }
    java.util.Set<String> live = servers.get().liveServers();
    if (live.contains(key) || live.size() >= MAX_SERVERS) {
      return; // this key's server is up (busy, or stopping), or enough servers are
    }
    List<String> command = new ArrayList<>();
    for (String setsid : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
      if (new File(setsid).canExecute()) {
        command.add(setsid);
        break;
      }
    }
    List<String> java = javaCommand(args);
    command.add(java.get(0));
    command.addAll(SERVER_OPTIONS); // before the run's own, so BERTH_JAVA_OPTS can override them
    command.addAll(java.subList(1, java.size()));
    command.add(LintServer.class.getName());
    command.add(folder);
    command.add(key);
    command.add(Long.toString(idleSeconds(System.getenv())));
    try {
      new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException | RuntimeException e) {
      // no server then; this run lints all the same
    }
  }

  /**
   * The java executable and JVM options of this process (the launcher's: class-data archive,
   * collector, compiler), read from the system's record of its command line, without the server
   * properties; the class path alone when that record is not there.
   */
  static List<String> javaCommand(String[] args) {
    ProcessHandle.Info info = ProcessHandle.current().info();
    List<String> command = new ArrayList<>();
    command.add(
        info.command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    Optional<String[]> all = info.arguments();
    List<String> jvm = all.isPresent() ? jvmOptions(Arrays.asList(all.get()), args) : null;
    if (jvm == null) {
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
    } else {
      command.addAll(jvm);
    }
    return command;
  }

  /**
   * The JVM options of a command line {@code OPTIONS... MAIN ARGS...} (or {@code OPTIONS... -jar
   * JAR ARGS...}, which becomes {@code -cp JAR}), without {@code -Dberth.server.*} and the short
   * run's heap options; null when its tail is not these arguments after berth's main class or a
   * jar.
   */
  static List<String> jvmOptions(List<String> commandLine, String[] args) {
    int head = commandLine.size() - args.length;
    if (head < 1 || !commandLine.subList(head, commandLine.size()).equals(Arrays.asList(args))) {
      return null;
    }
    List<String> options = new ArrayList<>();
    for (String o : commandLine.subList(0, head - 1)) {
      if (!o.startsWith("-Dberth.server.") && !SHORT_RUN_HEAP.contains(o)) {
        options.add(o);
      }
    }
    String main = commandLine.get(head - 1);
    if (main.equals(Main.class.getName())) {
      return options;
    }
    if (head >= 2 && commandLine.get(head - 2).equals("-jar")) {
      options.remove(options.size() - 1);
      options.add("-cp");
      options.add(main);
      return options;
    }
    return null;
  }

  /** BERTH_SERVER_IDLE in seconds when it is a positive number; else ten minutes. */
  static long idleSeconds(Map<String, String> env) {
    String v = env.get("BERTH_SERVER_IDLE");
    if (v != null) {
      try {
        long s = Long.parseLong(v.trim());
        if (s > 0) {
          return s;
        }
      } catch (NumberFormatException e) {
        // the default
      }
    }
    return LintServer.DEFAULT_IDLE.toSeconds();
  }
}
