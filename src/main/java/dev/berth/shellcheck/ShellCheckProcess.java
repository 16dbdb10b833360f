package dev.berth.shellcheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs {@code shellcheck} over many scripts with one process: each script is written to a file of a
 * private temporary folder, and ShellCheck, which takes several files and checks each on its own,
 * reads them all and reports in its {@code json1} format. Scripts choose their dialect with their
 * own shebang. User configuration is kept out ({@code --norc}, no {@code SHELLCHECK_OPTS}) so that
 * results depend on the file alone, and the codes hadolint leaves out are excluded: SC1090 and
 * SC1091 (sourced files are not in the image being linted) and SC2187 (ash).
 *
 * <p>The whole run has a time limit; a ShellCheck still running then is killed with its children.
 * Nothing here throws: every way the run can fail is a {@link ShellCheckRun#failure()}.
 */
public final class ShellCheckProcess {
  /** Codes never reported. */
  public static final String EXCLUDED = "SC1090,SC1091,SC2187";

  /** Scripts per process, which bounds the command line. */
  static final int SCRIPTS_PER_PROCESS = 400;

  /** How ShellCheck is run, as far as its results depend on it: part of every cache key. */
  private static final String OPTIONS = "--norc --format=json1 --exclude=" + EXCLUDED;

  private static final int MAX_MESSAGE = 1000;

  /** ShellCheck's output for one file is far below this; more is a broken or hostile program. */
  static final int MAX_OUTPUT = 64 << 20;

  private static final int MAX_ERROR = 4096;
  private static final JsonFactory JSON = new JsonFactory();

  private ShellCheckProcess() {}

  /**
   * Checks the scripts, taking what {@code cache} knows from it and asking ShellCheck only for the
   * rest; comments refer to scripts by their index in {@code scripts}.
   */
  public static ShellCheckRun run(
      Path executable, Duration timeout, List<String> scripts, ShellCheckCache cache) {
    String program = ShellCheckCache.programIdentity(executable);
    List<ShellCheckComment> comments = new ArrayList<>();
    List<Integer> misses = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      String key = key(program, scripts.get(i));
      keys.add(key);
      java.util.Optional<List<ShellCheckComment>> hit = cache.read(key, i);
      if (hit.isPresent()) {
        comments.addAll(hit.get());
      } else {
        misses.add(i);
      }
    }
    if (misses.isEmpty()) {
      return new ShellCheckRun(inScriptOrder(comments), java.util.Optional.empty());
    }
    List<String> asked = new ArrayList<>();
    for (int i : misses) {
      asked.add(scripts.get(i));
    }
    ShellCheckRun fresh = runAll(executable, timeout, asked);
    if (fresh.failure().isPresent()) {
      return fresh;
    }
    List<List<ShellCheckComment>> perScript = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      perScript.add(new ArrayList<>());
    }
    for (ShellCheckComment c : fresh.comments()) {
      int index = misses.get(c.script());
      ShellCheckComment renumbered =
          new ShellCheckComment(
              index,
              c.line(),
              c.column(),
              c.endLine(),
              c.endColumn(),
              c.level(),
              c.code(),
              c.message());
      perScript.get(c.script()).add(renumbered);
      comments.add(renumbered);
    }
    for (int i = 0; i < misses.size(); i++) {
      cache.write(keys.get(misses.get(i)), perScript.get(i));
    }
    cache.flush();
    return new ShellCheckRun(inScriptOrder(comments), java.util.Optional.empty());
  }

  /** The cache key of a script checked by the program with berth's options. */
  static String key(String program, String script) {
    return ShellCheckCache.key(program, OPTIONS, script);
  }

  /** Comments by script, each script's in ShellCheck's order, cached or not. */
  private static List<ShellCheckComment> inScriptOrder(List<ShellCheckComment> comments) {
    comments.sort(java.util.Comparator.comparingInt(ShellCheckComment::script));
    return comments;
  }

  /**
   * Checks every script with ShellCheck, no cache; comments refer to indexes in {@code scripts}.
   */
  static ShellCheckRun runAll(Path executable, Duration timeout, List<String> scripts) {
    return runAll(executable, timeout, scripts, () -> false);
  }

  /**
   * The same; the process is stopped, and the run fails, as soon as {@code abandoned} says that
   * nobody waits for its result any more (asked every {@link #POLL_MILLIS} ms).
   */
  static ShellCheckRun runAll(
      Path executable, Duration timeout, List<String> scripts, BooleanSupplier abandoned) {
    if (MEMORY_FOLDER.isPresent()) {
      ShellCheckRun run = runAll(executable, timeout, scripts, MEMORY_FOLDER, abandoned);
      if (run.failure().isEmpty() || !run.failure().get().startsWith(NOT_WRITTEN)) {
        return run;
      }
    }
    return runAll(executable, timeout, scripts, Optional.empty(), abandoned);
  }

  /** How often a running process asks whether anybody still waits for it. */
  static final long POLL_MILLIS = 100;

  private static final String NOT_WRITTEN = "ShellCheck was not run: cannot write its input";

  private static ShellCheckRun runAll(
      Path executable,
      Duration timeout,
      List<String> scripts,
      Optional<Path> base,
      BooleanSupplier abandoned) {
    if (scripts.isEmpty()) {
      return new ShellCheckRun(List.of(), java.util.Optional.empty());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Path dir;
    try {
      dir = privateFolder(base.orElse(Path.of(System.getProperty("java.io.tmpdir"))));
    } catch (IOException | RuntimeException e) {
      if (base.isPresent()) {
        return ShellCheckRun.failed(NOT_WRITTEN);
      }
      return ShellCheckRun.failed(
          "ShellCheck was not run: cannot create a temporary folder (" + e.getMessage() + ")");
    }
    List<Path> written = new ArrayList<>();
    try {
      List<ShellCheckComment> comments = new ArrayList<>();
      for (int from = 0; from < scripts.size(); from += SCRIPTS_PER_PROCESS) {
        int to = Math.min(scripts.size(), from + SCRIPTS_PER_PROCESS);
        ShellCheckRun part =
            runChunk(executable, timeout, deadline, dir, scripts, from, to, written, abandoned);
        if (part.failure().isPresent()) {
          return part;
        }
        comments.addAll(part.comments());
      }
      return new ShellCheckRun(comments, java.util.Optional.empty());
    } finally {
      for (Path p : written) {
        deleteQuietly(p);
      }
      deleteQuietly(dir);
    }
  }

  /**
   * A file system in memory for the scripts' folders, when the temporary folder is the default one
   * and a memory one is at hand ({@code $XDG_RUNTIME_DIR}, {@code /dev/shm}): creating small files
   * on a disk can cost a hundred times more (0.5 ms a file on the development machine's ext4,
   * against 25 microseconds in {@code /dev/shm}). When it is full, the default folder is used.
   */
  private static final Optional<Path> MEMORY_FOLDER = memoryFolder();

  private static Optional<Path> memoryFolder() {
    try {
      String tmp = System.getProperty("java.io.tmpdir", "");
      if (!tmp.equals("/tmp") && !tmp.equals("/tmp/")) {
        return Optional.empty();
      }
      String runtime = System.getenv("XDG_RUNTIME_DIR");
      for (String candidate : new String[] {runtime, "/dev/shm"}) {
        if (candidate != null && !candidate.isEmpty()) {
          Path p = Path.of(candidate);
          if (p.isAbsolute() && Files.isDirectory(p) && Files.isWritable(p)) {
            return Optional.of(p);
          }
        }
      }
    } catch (RuntimeException e) {
      // no memory folder
    }
    return Optional.empty();
  }

  /**
   * A new folder in {@code base} that only this user can read ({@code rwx------}), as {@link
   * Files#createTempDirectory} makes, but named without the JDK's {@link
   * java.security.SecureRandom} (whose start-up cost 17-25 ms of a run of one file, measured in a
   * bare JVM): the name is random only to avoid other processes' folders; the creation fails on any
   * existing file or link, so a name taken in advance is only skipped.
   */
  static Path privateFolder(Path base) throws IOException {
    FileAttribute<Set<PosixFilePermission>> owner =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    for (int attempt = 0; attempt < 10; attempt++) {
      Path dir =
          base.resolve(
              "berth-shellcheck-"
                  + ProcessHandle.current().pid()
                  + "-"
                  + Long.toHexString(ThreadLocalRandom.current().nextLong()));
      try {
        return Files.createDirectory(dir, owner);
      } catch (FileAlreadyExistsException e) {
        // another name
      } catch (UnsupportedOperationException e) {
        break; // no POSIX permissions here
      }
    }
    return Files.createTempDirectory(base, "berth-shellcheck-");
  }

  private static ShellCheckRun runChunk(
      Path executable,
      Duration timeout,
      long deadline,
      Path dir,
      List<String> scripts,
      int from,
      int to,
      List<Path> written,
      BooleanSupplier abandoned) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.add("--norc");
    command.add("--format=json1");
    command.add("--exclude=" + EXCLUDED);
    try {
      for (int i = from; i < to; i++) {
        Path script = dir.resolve(i + ".sh");
        written.add(script);
        Files.write(script, scripts.get(i).getBytes(StandardCharsets.UTF_8));
        command.add(i + ".sh");
      }
    } catch (IOException | RuntimeException e) {
      return ShellCheckRun.failed(NOT_WRITTEN + " (" + e.getMessage() + ")");
    }
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("SHELLCHECK_OPTS");
    Process process;
    try {
      process = pb.start();
    } catch (IOException | RuntimeException e) {
      return ShellCheckRun.failed("ShellCheck could not be started: " + e.getMessage());
    }
    Drain out = Drain.start(process, process.getInputStream(), MAX_OUTPUT);
    Drain err = Drain.start(process, process.getErrorStream(), MAX_ERROR);
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // ShellCheck reads no standard input; a pipe it closed first is fine
    }
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          kill(process);
          return ShellCheckRun.failed(
              "ShellCheck did not finish within "
                  + seconds(timeout)
                  + "; the SC checks of this file were skipped");
        }
        if (process.waitFor(
            Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS)) {
          break;
        }
        if (abandoned.getAsBoolean()) {
          kill(process);
          return ShellCheckRun.failed("ShellCheck was stopped: no file waits for it");
        }
      }
      if (!out.await(Math.max(deadline - System.nanoTime(), TimeUnit.SECONDS.toNanos(1)))) {
        return ShellCheckRun.failed("ShellCheck's output did not end");
      }
      err.await(TimeUnit.MILLISECONDS.toNanos(200));
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      return ShellCheckRun.failed("ShellCheck was interrupted");
    }
    if (out.overflowed()) {
      return ShellCheckRun.failed(
          "ShellCheck printed more than " + (MAX_OUTPUT >> 20) + " MiB; its output was not read");
    }
    int exit = process.exitValue();
    if (exit != 0 && exit != 1) {
      return ShellCheckRun.failed(
          "ShellCheck failed (exit code " + exit + ")" + firstLine(err.bytes()));
    }
    try {
      return new ShellCheckRun(parse(out.bytes(), from, to), java.util.Optional.empty());
    } catch (IOException | RuntimeException e) {
      return ShellCheckRun.failed(
          "ShellCheck's output could not be read (" + clip(e.getMessage()) + ")");
    }
  }

  /**
   * Reads {@code {"comments": [...]}}; scripts are named {@code N.sh} with N in {@code [from, to)}.
   */
  static List<ShellCheckComment> parse(byte[] out, int from, int to) throws IOException {
    List<ShellCheckComment> comments = new ArrayList<>();
    try (JsonParser p = JSON.createParser(out)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      boolean found = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("comments") && value == JsonToken.START_ARRAY) {
          found = true;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            comments.add(comment(p, from, to));
          }
          if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new IOException("a comment is not an object");
          }
        } else {
          p.skipChildren();
        }
      }
      if (!found) {
        throw new IOException("no list of comments");
      }
    }
    return comments;
  }

  private static ShellCheckComment comment(JsonParser p, int from, int to) throws IOException {
    String file = null;
    String level = null;
    String message = null;
    int[] ints = {-1, -1, -1, -1, -1};
    List<String> intNames = List.of("line", "column", "endLine", "endColumn", "code");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      int at = intNames.indexOf(name);
      if (at >= 0
          && value == JsonToken.VALUE_NUMBER_INT
          && p.getNumberType() == JsonParser.NumberType.INT) {
        ints[at] = Math.max(0, p.getIntValue());
      } else if (value == JsonToken.VALUE_STRING && name.equals("file")) {
        file = p.getText();
      } else if (value == JsonToken.VALUE_STRING && name.equals("level")) {
        level = p.getText();
      } else if (value == JsonToken.VALUE_STRING && name.equals("message")) {
        message = clip(p.getText());
      } else {
        p.skipChildren();
      }
    }
    int script = scriptIndex(file);
    if (script < from || script >= to || level == null || message == null) {
      throw new IOException("a comment without file, level or message");
    }
    for (int v : ints) {
      if (v < 0) {
        throw new IOException("a comment without position or code");
      }
    }
    return new ShellCheckComment(
        script, ints[0], ints[1], ints[2], ints[3], level, ints[4], message);
  }

  private static int scriptIndex(String file) {
    if (file == null || !file.endsWith(".sh") || file.length() < 4 || file.length() > 12) {
      return -1;
    }
    String digits = file.substring(0, file.length() - 3);
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(digits);
  }

  private static void kill(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String firstLine(byte[] err) {
    String text = new String(err, StandardCharsets.UTF_8).strip();
    int nl = text.indexOf('\n');
    String line = (nl < 0 ? text : text.substring(0, nl)).strip();
    return line.isEmpty() ? "" : ": " + clip(line);
  }

  private static String clip(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "...";
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0
        ? (ms / 1000) + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      // a leftover in the temporary folder; harmless
    }
  }
}
