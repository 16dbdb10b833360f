package dev.berth.cli.server;

import dev.berth.cli.ExitCodes;
import dev.berth.cli.Io;
import dev.berth.cli.Main;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A resident berth: a JVM that stays up for one server key (one working folder, environment, Java
 * and jar; the launcher computes it) and runs the lint runs the launcher sends it, so a run skips
 * the JVM's start and finds berth's code compiled. It listens on the loopback interface, says where
 * in its {@link ServerFolder} address file with two random tokens, and answers only a client that
 * knows the first ({@link ServerRequest}). It stops when idle for a while, when berth's jar or Java
 * changes, or when asked to.
 */
public final class LintServer {
  /** How long a server waits for a run before it stops, unless BERTH_SERVER_IDLE says otherwise. */
  static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);

  /** How long a server that has served no run yet waits for one (the environment may change). */
  static final Duration FIRST_IDLE = Duration.ofMinutes(1);

  /**
   * The most connections served at once; more are closed at once (a client that gets no answer
   * lints in its own process), so connections that send nothing cannot pile up threads.
   */
  static final int MAX_CONNECTIONS = 32;

  /** How long a client may take to send its request. */
  private static final int REQUEST_MILLIS = 10_000;

  /** How long after its last run an idle server collects its garbage and gives memory back. */
  private static final long COLLECT_AFTER_NANOS = Duration.ofSeconds(5).toNanos();

  private final ServerFolder folder;
  private final String key;
  private final Duration idle;
  private final BooleanSupplier stale;
  private final String clientToken;
  private final String serverToken;

  private final Object state = new Object();
  private int active;
  private long lastActive = System.nanoTime();
  private boolean collected = true;
  private boolean stopping;
  private boolean served;

  private ServerSocket listener;
  private String address;
  private FileChannel lockFile;
  private FileLock lock;

  LintServer(ServerFolder folder, String key, Duration idle, BooleanSupplier stale) {
    this.folder = folder;
    this.key = key;
    this.idle = idle;
    this.stale = stale;
    SecureRandom random = new SecureRandom();
    this.clientToken = token(random);
    this.serverToken = token(random);
  }

  private static String token(SecureRandom random) {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** {@code LintServer FOLDER KEY IDLE-SECONDS}: what {@link ServerStarter} starts. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !ServerFolder.isKey(args[1])) {
      System.err.println("usage: LintServer FOLDER KEY IDLE-SECONDS");
      System.exit(ExitCodes.USAGE);
    }
    ServerFolder folder = ServerFolder.prepare(Path.of(args[0])).orElse(null);
    if (folder == null) {
      System.exit(ExitCodes.USAGE);
    }
    String files = installation();
    LintServer server =
        new LintServer(
            folder,
            args[1],
            Duration.ofSeconds(Long.parseLong(args[2])),
            () -> !installation().equals(files));
    if (!server.start()) {
      System.exit(ExitCodes.OK); // another server holds this key
    }
    Thread warm = new Thread(server::warmUp, "berth-server-warm-up");
    warm.setDaemon(true);
    warm.setPriority(Thread.MIN_PRIORITY);
    warm.start();
    server.serveUntilStopped();
    System.exit(ExitCodes.OK);
  }

  /**
   * berth's class path files and the Java runtime's modules as they are now (path, size, time of
   * change): a server whose installation changed since it started is stale.
   */
  static String installation() {
    return installation(
        System.getProperty("java.class.path", ""), System.getProperty("java.home", ""));
  }

  static String installation(String classPath, String javaHome) {
    StringBuilder s = new StringBuilder();
    for (String part : classPath.split(File.pathSeparator, -1)) {
      describe(new File(part), s);
    }
    describe(new File(javaHome, "lib/modules"), s);
    return s.toString();
  }

  private static void describe(File f, StringBuilder s) {
    s.append(f.getAbsolutePath()).append(' ').append(f.length()).append(' ');
    s.append(f.lastModified()).append('\n');
  }

  /**
   * Takes the key's lock, listens and publishes the address; false when another server holds the
   * lock (it serves this key already) or the address cannot be published.
   */
  boolean start() throws IOException {
    lockFile =
        FileChannel.open(folder.lock(key), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      lock = lockFile.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException heldHere) {
      lock = null; // by a server in this very process
    }
    if (lock == null) {
      lockFile.close();
      return false;
    }
    try {
      listener = new ServerSocket();
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      address = listener.getLocalPort() + " " + clientToken + " " + serverToken;
      folder.publish(key, address);
      return true;
    } catch (IOException | RuntimeException e) {
      if (listener != null) {
        listener.close();
      }
      release();
      return false;
    }
  }

  /** The port the server listens on (after {@link #start}). */
  int port() {
    return listener.getLocalPort();
  }

  /** The address file's line: port, client token, server token (after {@link #start}). */
  String address() {
    return address;
  }

  /** Accepts runs, each on a thread of its own, until stopped; then gives up key and address. */
  void serveUntilStopped() {
    Thread watch = new Thread(this::watch, "berth-server-watch");
    watch.setDaemon(true);
    watch.start();
    try {
      while (true) {
        Socket client;
        try {
          client = listener.accept();
        } catch (IOException e) {
          break; // closed by stop()
        }
        boolean tooMany;
        synchronized (state) {
          tooMany = active >= MAX_CONNECTIONS;
          if (!tooMany) {
            active++;
          }
        }
        if (tooMany) {
          closeQuietly(client); // the launcher then lints in its own process
          continue;
        }
        Thread t = new Thread(() -> handle(client), "berth-server-run");
        t.setDaemon(true);
        t.start();
      }
    } finally {
      stop();
      synchronized (state) {
        while (active > 0) {
          try {
            state.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
      release();
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // closed either way
    }
  }

  /** Stops accepting runs and withdraws the address; runs under way finish. */
  void stop() {
    synchronized (state) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    folder.withdraw(key, address);
    try {
      listener.close();
    } catch (IOException e) {
      // closed already
    }
  }

  private void release() {
    try {
      lock.release();
      lockFile.close();
    } catch (IOException e) {
      // the process ends next, and with it the lock
    }
  }

  /**
   * Stops the server when idle too long or stale; collects garbage once after each busy spell, so
   * an idle server gives memory back.
   */
  private void watch() {
    while (true) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
      boolean idleTooLong;
      boolean collect;
      synchronized (state) {
        if (stopping) {
          return;
        }
        long quiet = active == 0 ? System.nanoTime() - lastActive : 0;
        long limit = served ? idle.toNanos() : Math.min(idle.toNanos(), FIRST_IDLE.toNanos());
        idleTooLong = active == 0 && quiet > limit;
        collect = active == 0 && !collected && quiet > COLLECT_AFTER_NANOS;
        if (collect) {
          collected = true;
        }
      }
      if (idleTooLong || stale.getAsBoolean()) {
        stop();
        return;
      }
      if (collect) {
        System.gc();
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      client.setSoTimeout(REQUEST_MILLIS);
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = new BufferedOutputStream(client.getOutputStream(), 1 << 16);
      ServerRequest r = ServerRequest.read(in, clientToken); // a WrongToken learns nothing
      out.write((serverToken + "\n").getBytes(StandardCharsets.US_ASCII));
      boolean isStale = stale.getAsBoolean();
      if (!r.key().equals(key) || isStale) {
        out.write("R\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (isStale) {
          stop();
        }
        return;
      }
      out.write("A\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      synchronized (state) {
        served = true;
      }
      client.setSoTimeout(0);
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      int code = ExitCodes.OK;
      if (r.stop()) {
        stop();
      } else {
        java.util.concurrent.atomic.AtomicBoolean finished =
            new java.util.concurrent.atomic.AtomicBoolean();
        Thread runner = Thread.currentThread();
        Thread watcher = new Thread(() -> watchClient(in, runner, finished), "berth-server-client");
        watcher.setDaemon(true);
        watcher.start();
        try {
          code = run(r.arguments(), InputStream.nullInputStream(), stdout, stderr, r.terminal());
        } finally {
          finished.set(true);
          Thread.interrupted(); // a client gone at the very end: the answer finds out
        }
      }
      out.write((code + "\n" + stderr.size() + "\n").getBytes(StandardCharsets.US_ASCII));
      stderr.writeTo(out);
      stdout.writeTo(out);
      out.flush();
    } catch (IOException | RuntimeException e) {
      // the client went away, or sent no request: nothing to answer
    } finally {
      synchronized (state) {
        active--;
        lastActive = System.nanoTime();
        collected = false;
        state.notifyAll();
      }
    }
  }

  /**
   * Interrupts a run whose client went away (the user pressed Ctrl-C, say): a client sends nothing
   * after its request and keeps its connection open until it has read the answer, so the end of its
   * input before the run is over means nobody waits for the run. An interrupted run stops before
   * its next file and calls off its ShellCheck work (see {@link
   * dev.berth.shellcheck.ShellCheckBatcher.Ticket#cancel}); a file being fixed is written whole or
   * not at all, as always.
   */
  private static void watchClient(
      InputStream in, Thread runner, java.util.concurrent.atomic.AtomicBoolean finished) {
    try {
      while (in.read() >= 0) {
        // nothing more is expected from a client; what comes is dropped
      }
    } catch (IOException e) {
      // the connection ended
    }
    if (!finished.get()) {
      runner.interrupt();
    }
  }

  /** Runs under way (for tests). */
  int activeRuns() {
    synchronized (state) {
      return active;
    }
  }

  /** One run of berth in this process, as the client's own would have run; its exit code. */
  static int run(
      List<String> args, InputStream stdin, OutputStream stdout, OutputStream stderr, boolean tty)
      throws IOException {
    Writer o = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
    Writer e = new OutputStreamWriter(stderr, StandardCharsets.UTF_8);
    Io io = new Io(stdin, o, e, stdout, System.getenv(), Path.of("").toAbsolutePath(), tty);
    int code;
    try {
      code = Main.run(args.toArray(new String[0]), io);
    } catch (RuntimeException | Error t) {
      PrintWriter err = new PrintWriter(e);
      err.println("berth: internal error in the berth server: " + t);
      err.flush();
      code = ExitCodes.INTERNAL;
    }
    o.flush();
    e.flush();
    stdout.flush();
    return code;
  }

  /**
   * Lints a Dockerfile and a compose file a few times, output dropped, so that the first runs the
   * server takes find berth's code compiled.
   */
  void warmUp() {
    String[][] samples = {
      {"warm-up.Dockerfile", "Dockerfile"}, {"warm-up.compose.yaml", "compose.yaml"}
    };
    try {
      for (int round = 0; round < 8; round++) {
        for (String[] s : samples) {
          byte[] text;
          try (InputStream in = LintServer.class.getResourceAsStream(s[0])) {
            if (in == null) {
              return;
            }
            text = in.readAllBytes();
          }
          synchronized (state) {
            if (stopping) {
              return;
            }
          }
          run(
              List.of("lint", "--no-fail", "--format", "json", "--stdin-filename", s[1], "-"),
              new ByteArrayInputStream(text),
              OutputStream.nullOutputStream(),
              OutputStream.nullOutputStream(),
              false);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a warm-up that fails leaves the server as fast as a cold one
    }
  }
}
