package dev.berth.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.FakePrograms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content-addressed ShellCheck cache: a second run over the same scripts asks ShellCheck
 * nothing, a changed script or program is asked again, concurrent runs agree, and a damaged entry
 * is a miss. The stand-in ShellCheck logs each script it is given and reports one comment per
 * script, naming its first line.
 */
class ShellCheckCacheTest {
  @TempDir Path dir;

  private Path fake() throws IOException {
    Path log = dir.resolve("asked.log");
    return FakePrograms.write(
        dir,
        "shellcheck",
        "printf '{\"comments\":['\n"
            + "sep=''\n"
            + "for f in \"$@\"; do case \"$f\" in -*) continue;; esac\n"
            + "  echo \"$f\" >> '"
            + log
            + "'\n"
            + "  first=$(head -n 1 \"$f\")\n"
            + "  printf '%s{\"file\":\"%s\",\"line\":1,\"endLine\":1,\"column\":1,\"endColumn\":2,"
            + "\"level\":\"info\",\"code\":1000,\"message\":\"first\\\\tline %s\"}' \"$sep\" \"$f\""
            + " \"$first\"\n"
            + "  sep=','\n"
            + "done\n"
            + "printf ']}'\n"
            + "exit 1");
  }

  private int asked() throws IOException {
    Path log = dir.resolve("asked.log");
    return Files.exists(log) ? Files.readAllLines(log).size() : 0;
  }

  private ShellCheckRun run(Path exe, ShellCheckCache cache, String... scripts) {
    return ShellCheckProcess.run(exe, Duration.ofSeconds(30), List.of(scripts), cache);
  }

  @Test
  void aSecondRunAsksShellCheckNothing() throws IOException {
    Path exe = fake();
    ShellCheckCache cache = ShellCheckCache.at(Optional.of(dir.resolve("cache")));
    ShellCheckRun first = run(exe, cache, "echo a", "echo b");
    assertTrue(first.failure().isEmpty(), first.failure().toString());
    assertEquals(2, asked());
    ShellCheckRun second = run(exe, cache, "echo a", "echo b");
    assertEquals(2, asked(), "nothing asked again");
    assertEquals(first.comments(), second.comments());
    assertEquals("first\tline echo b", second.comments().get(1).message());
    assertEquals(1, second.comments().get(1).script());
  }

  @Test
  void onlyChangedScriptsAreAskedAgainAndKeepTheirIndex() throws IOException {
    Path exe = fake();
    ShellCheckCache cache = ShellCheckCache.at(Optional.of(dir.resolve("cache")));
    run(exe, cache, "echo a", "echo b");
    ShellCheckRun r = run(exe, cache, "echo a", "echo c", "echo b");
    assertEquals(3, asked());
    assertEquals(
        List.of("first\tline echo a", "first\tline echo c", "first\tline echo b"),
        r.comments().stream().map(ShellCheckComment::message).toList());
    assertEquals(List.of(0, 1, 2), r.comments().stream().map(ShellCheckComment::script).toList());
  }

  @Test
  void anotherShellCheckIsAnotherKey() throws IOException {
    Path exe = fake();
    ShellCheckCache cache = ShellCheckCache.at(Optional.of(dir.resolve("cache")));
    run(exe, cache, "echo a");
    Files.setLastModifiedTime(
        exe, FileTime.fromMillis(Files.getLastModifiedTime(exe).toMillis() - 60_000));
    run(exe, cache, "echo a");
    assertEquals(2, asked(), "an upgraded ShellCheck is asked again");
  }

  @Test
  void anotherKeysEntryUnderTheSameNameIsAMiss() throws IOException {
    ShellCheckCache cache = ShellCheckCache.at(Optional.of(dir.resolve("cache")));
    String a = ShellCheckCache.key("sc", "-x", "echo a");
    String b = ShellCheckCache.key("sc", "-x", "echo b");
    List<ShellCheckComment> comments =
        List.of(new ShellCheckComment(0, 1, 1, 1, 2, "info", 1000, "a comment"));
    cache.write(a, comments);
    assertEquals(Optional.of(comments), cache.read(a, 0));
    // b's file name now holds a's entry, as a hash collision would
    String na = ShellCheckCache.name(a);
    String nb = ShellCheckCache.name(b);
    Path from = dir.resolve("cache").resolve(na.substring(0, 2)).resolve(na.substring(2));
    Path to = dir.resolve("cache").resolve(nb.substring(0, 2)).resolve(nb.substring(2));
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
    assertEquals(Optional.empty(), cache.read(b, 0));
  }

  @Test
  void aDamagedEntryIsAMiss() throws IOException {
    Path exe = fake();
    Path folder = dir.resolve("cache");
    ShellCheckCache cache = ShellCheckCache.at(Optional.of(folder));
    run(exe, cache, "echo a");
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Files.writeString(p, "garbage\n", StandardCharsets.UTF_8);
      }
    }
    ShellCheckRun r = run(exe, cache, "echo a");
    assertEquals(2, asked());
    assertEquals("first\tline echo a", r.comments().get(0).message());
  }

  @Test
  void concurrentRunsAgree() throws Exception {
    Path exe = fake();
    ShellCheckCache cache = ShellCheckCache.at(Optional.of(dir.resolve("cache")));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ShellCheckRun>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> run(exe, cache, "echo a", "echo b", "echo c")));
      }
      List<ShellCheckComment> expected = runs.get(0).get().comments();
      for (Future<ShellCheckRun> f : runs) {
        assertEquals(expected, f.get().comments());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, run(exe, cache, "echo a", "echo b", "echo c").comments().size());
  }

  @Test
  void theEnvironmentNamesTheFolder() {
    Path fromBerth = Path.of("/tmp/x"); // only the path is computed; nothing is written
    assertEquals(
        Optional.of(fromBerth.resolve("shellcheck")).toString(),
        folderOf(Map.of("BERTH_CACHE_DIR", "/tmp/x")));
    assertEquals(
        Optional.of(Path.of("/c/berth/shellcheck")).toString(),
        folderOf(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/h")));
    assertEquals(
        Optional.of(Path.of("/h/.cache/berth/shellcheck")).toString(),
        folderOf(Map.of("HOME", "/h")));
    assertEquals(
        Optional.empty().toString(), folderOf(Map.of("BERTH_NO_CACHE", "1", "HOME", "/h")));
  }

  private static String folderOf(Map<String, String> env) {
    return ShellCheckCache.folderFor(env).toString();
  }
}
