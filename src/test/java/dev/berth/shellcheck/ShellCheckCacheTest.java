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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

  /** A cache of the folder that shares nothing with this process's caches, like another run. */
  private static ShellCheckCache another(Path folder) {
    return ShellCheckCache.separate(folder, ShellCheckCache::hash);
  }

  private static List<ShellCheckComment> comments(String message) {
    return List.of(new ShellCheckComment(0, 1, 1, 1, 2, "info", 1000, message));
  }

  private static List<Path> packs(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".pack")).sorted().toList();
    }
  }

  @Test
  void aRunsEntriesReachTheDiskAsOnePack() throws IOException {
    Path exe = fake();
    Path folder = dir.resolve("cache");
    run(exe, ShellCheckCache.at(Optional.of(folder)), "echo a", "echo b", "echo c");
    assertEquals(1, packs(folder).size(), "one pack for the run");
    ShellCheckRun again = run(exe, another(folder), "echo a", "echo b", "echo c");
    assertEquals(3, asked(), "another run reads them from the disk");
    assertEquals("first\tline echo c", again.comments().get(2).message());
  }

  @Test
  void aKeyWithAnotherKeysHashIsAMiss() {
    Path folder = dir.resolve("cache");
    String a = ShellCheckCache.key("sc", "-x", "echo a");
    String b = ShellCheckCache.key("sc", "-x", "echo b");
    String c = ShellCheckCache.key("sc", "-x", "echo c");
    ShellCheckCache writer = ShellCheckCache.separate(folder, k -> 42);
    writer.write(a, comments("on a"));
    writer.write(c, comments("on c"));
    writer.flush();
    ShellCheckCache reader = ShellCheckCache.separate(folder, k -> 42);
    assertEquals(Optional.empty(), reader.read(b, 0), "b has a's and c's hash, not their key");
    assertEquals(Optional.of(comments("on a")), reader.read(a, 0));
    assertEquals(Optional.of(comments("on c")), reader.read(c, 0));
  }

  @Test
  void aDamagedOrTruncatedPackIsAMiss() throws IOException {
    Path folder = dir.resolve("cache");
    String a = ShellCheckCache.key("sc", "-x", "echo a");
    ShellCheckCache writer = another(folder);
    writer.write(a, comments("the message"));
    writer.flush();
    Path pack = packs(folder).get(0);
    byte[] good = Files.readAllBytes(pack);
    String text = new String(good, StandardCharsets.ISO_8859_1);
    int message = text.indexOf("the message");
    assertTrue(message > 0, "the body is in the pack");
    List<byte[]> damaged = new ArrayList<>();
    byte[] flipped = good.clone();
    flipped[message + 4] = 'M'; // "the Message": would be read as another comment
    damaged.add(flipped);
    damaged.add(Arrays.copyOf(good, good.length - 3));
    damaged.add(Arrays.copyOf(good, 20));
    damaged.add(new byte[0]);
    damaged.add("garbage\n".getBytes(StandardCharsets.UTF_8));
    byte[] badIndex = good.clone();
    badIndex[12 + 8 + 3] = 0x7f; // the entry's offset points past the end
    damaged.add(badIndex);
    for (byte[] bytes : damaged) {
      Files.write(pack, bytes);
      assertEquals(Optional.empty(), another(folder).read(a, 0), "a miss, no wrong comments");
    }
    Files.write(pack, good);
    assertEquals(Optional.of(comments("the message")), another(folder).read(a, 0));
  }

  @Test
  void anUnwritableFolderIsNoCache() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    Path exe = fake();
    ShellCheckCache cache = another(file.resolve("cache"));
    ShellCheckRun r = run(exe, cache, "echo a");
    assertTrue(r.failure().isEmpty(), r.failure().toString());
    assertEquals("first\tline echo a", r.comments().get(0).message());
    run(exe, another(file.resolve("cache")), "echo a");
    assertEquals(2, asked(), "nothing was kept");
    assertEquals("not a folder", Files.readString(file));
  }

  @Test
  void manyPacksAreMergedWhileAReaderReadsOn() throws IOException {
    Path folder = dir.resolve("cache");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3 * ShellCheckCache.MAX_PACKS; i++) {
      keys.add(ShellCheckCache.key("sc", "-x", "echo " + i));
    }
    // packs of growing size: 1 entry, then 2, ...
    int next = 0;
    for (int pack = 0; pack < 4; pack++) {
      ShellCheckCache w = another(folder);
      for (int i = 0; i <= pack; i++, next++) {
        w.write(keys.get(next), comments("on " + next));
      }
      w.flush();
    }
    ShellCheckCache reader = another(folder);
    assertEquals(Optional.of(comments("on 0")), reader.read(keys.get(0), 0)); // opens the packs
    List<Path> before = packs(folder);
    while (next < keys.size()) {
      ShellCheckCache w = another(folder);
      w.write(keys.get(next), comments("on " + next));
      next++;
      w.flush();
    }
    List<Path> after = packs(folder);
    assertTrue(after.size() <= ShellCheckCache.MAX_PACKS, after.size() + " packs");
    assertTrue(
        before.stream().anyMatch(p -> !after.contains(p)), "packs the reader has were merged");
    for (int i = 0; i < 10; i++) {
      assertEquals(
          Optional.of(comments("on " + i)), reader.read(keys.get(i), 0), "read on after merge");
    }
    ShellCheckCache fresh = another(folder);
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(Optional.of(comments("on " + i)), fresh.read(keys.get(i), 0));
    }
  }

  /** Writes one pack of {@code count} entries keyed "echo {from}".. and dates it. */
  private static List<String> pack(Path folder, int from, int count, long daysAgo, long maxBytes)
      throws IOException {
    ShellCheckCache w = ShellCheckCache.separate(folder, ShellCheckCache::hash, maxBytes);
    List<String> keys = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      String key = ShellCheckCache.key("sc", "-x", "echo " + i + " " + "x".repeat(200));
      keys.add(key);
      w.write(key, comments("on " + i));
    }
    List<Path> before = packs(folder);
    w.flush();
    for (Path p : packs(folder)) {
      if (!before.contains(p)) {
        Files.setLastModifiedTime(
            p, FileTime.fromMillis(System.currentTimeMillis() - daysAgo * 86_400_000L));
      }
    }
    return keys;
  }

  private static long bytes(List<Path> files) throws IOException {
    long total = 0;
    for (Path p : files) {
      total += Files.size(p);
    }
    return total;
  }

  @Test
  void packsBeyondTheLimitGoOldestFirstUntilHalfIsLeft() throws IOException {
    Path folder = dir.resolve("cache");
    long unlimited = Long.MAX_VALUE;
    List<String> gone = new ArrayList<>();
    gone.addAll(pack(folder, 100, 10, 40, unlimited));
    gone.addAll(pack(folder, 200, 10, 30, unlimited));
    gone.addAll(pack(folder, 300, 10, 20, unlimited));
    List<String> recent = pack(folder, 400, 10, 10, unlimited);
    long each = bytes(packs(folder)) / 4;
    // five packs exceed this limit; the oldest go until at most half of it is left: two packs
    long limit = 9 * each / 2;
    List<String> newest = pack(folder, 500, 10, 0, limit);
    assertEquals(2, packs(folder).size(), packs(folder).toString());
    ShellCheckCache reader = another(folder);
    for (String key : gone) {
      assertEquals(Optional.empty(), reader.read(key, 0), "the three oldest packs are gone");
    }
    for (List<String> kept : List.of(recent, newest)) {
      for (String key : kept) {
        assertTrue(reader.read(key, 0).isPresent(), "kept: " + key.substring(0, 40));
      }
    }
  }

  @Test
  void packsWithinTheLimitStay() throws IOException {
    Path folder = dir.resolve("cache");
    pack(folder, 0, 10, 300, ShellCheckCache.MAX_BYTES);
    pack(folder, 10, 10, 0, ShellCheckCache.MAX_BYTES);
    assertEquals(2, packs(folder).size(), "however old, a pack within the limit stays");
  }

  @Test
  void theOldOneFilePerEntryLayoutIsDeletedAndNothingElse() throws IOException {
    Path folder = dir.resolve("cache");
    Path a = Files.createDirectories(folder.resolve("0a"));
    Files.writeString(a.resolve("0123456789abcdef0123456789abcd"), "2\nx");
    Files.writeString(a.resolve("entry123.tmp"), "");
    Path b = Files.createDirectories(folder.resolve("ff"));
    Files.writeString(b.resolve("fedcba9876543210fedcba98765432"), "2\nx");
    Files.writeString(b.resolve("notes.txt"), "mine");
    Path c = Files.createDirectories(folder.resolve("zz"));
    Files.writeString(c.resolve("0123456789abcdef0123456789abcd"), "2\nx");
    Files.writeString(folder.resolve("README"), "mine");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("00112233445566778899aabbccddee"), "not the cache's");
    Files.createSymbolicLink(folder.resolve("ee"), elsewhere);
    pack(folder, 0, 1, 0, ShellCheckCache.MAX_BYTES);
    assertTrue(
        Files.exists(elsewhere.resolve("00112233445566778899aabbccddee")),
        "a link named like an old folder is not followed");
    assertTrue(Files.notExists(a), "an old folder of entries only is deleted");
    assertTrue(Files.notExists(b.resolve("fedcba9876543210fedcba98765432")), "old entry");
    assertTrue(Files.exists(b.resolve("notes.txt")), "a file of another name stays");
    assertTrue(Files.exists(c.resolve("0123456789abcdef0123456789abcd")), "zz is no hex folder");
    assertTrue(Files.exists(folder.resolve("README")));
    assertEquals(1, packs(folder).size());
  }

  @Test
  void aRunDeletesABoundedNumberOfOldEntries() throws IOException {
    Path folder = dir.resolve("cache");
    int files = ShellCheckCache.OLD_FILES_PER_RUN + 10;
    for (int i = 0; i < files; i++) {
      String name = String.format("%032x", i);
      Path sub = Files.createDirectories(folder.resolve(name.substring(0, 2)));
      Files.writeString(sub.resolve(name.substring(2)), "");
    }
    pack(folder, 0, 1, 0, ShellCheckCache.MAX_BYTES);
    try (Stream<Path> left = Files.list(folder.resolve("00"))) {
      assertEquals(10, left.count(), "the rest is for the next runs");
    }
    pack(folder, 1, 1, 0, ShellCheckCache.MAX_BYTES);
    assertTrue(Files.notExists(folder.resolve("00")), "the next run that writes ends it");
  }

  @Test
  void concurrentWritersAndReadersOfOneFolderLoseNothing() throws Exception {
    Path folder = dir.resolve("cache");
    int writers = 4;
    int perWriter = 60;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int id = w;
        jobs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perWriter; i++) {
                    // each "run" writes a pack of two entries: its own and one all writers share
                    ShellCheckCache c = another(folder);
                    c.write(ShellCheckCache.key("sc", "-x", id + "/" + i), comments(id + "/" + i));
                    c.write(ShellCheckCache.key("sc", "-x", "shared " + i), comments("s" + i));
                    c.flush();
                  }
                  return null;
                }));
      }
      jobs.add(
          pool.submit(
              () -> {
                for (int round = 0; round < 200; round++) {
                  ShellCheckCache c = another(folder);
                  int i = round % perWriter;
                  Optional<List<ShellCheckComment>> got =
                      c.read(ShellCheckCache.key("sc", "-x", "shared " + i), 0);
                  assertTrue(got.isEmpty() || got.get().equals(comments("s" + i)), got::toString);
                }
                return null;
              }));
      for (Future<?> f : jobs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    ShellCheckCache fresh = another(folder);
    for (int w = 0; w < writers; w++) {
      for (int i = 0; i < perWriter; i++) {
        String key = ShellCheckCache.key("sc", "-x", w + "/" + i);
        assertEquals(Optional.of(comments(w + "/" + i)), fresh.read(key, 0), key);
      }
    }
    assertTrue(
        packs(folder).size() <= ShellCheckCache.MAX_PACKS + writers,
        packs(folder).size() + " packs");
  }

  /** Writes the keys {@code args[1..]} into the folder {@code args[0]}, one pack per key. */
  public static void main(String[] args) {
    for (int i = 1; i < args.length; i++) {
      ShellCheckCache c = another(Path.of(args[0]));
      c.write(ShellCheckCache.key("sc", "-x", args[i]), comments(args[i]));
      c.flush();
    }
  }

  @Test
  void twoProcessesWritingAtOnceLoseNothing() throws Exception {
    Path folder = dir.resolve("cache");
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    List<Process> processes = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      List<String> command = new ArrayList<>(List.of(javaBin.toString(), "-cp"));
      command.add(System.getProperty("java.class.path"));
      command.add(ShellCheckCacheTest.class.getName());
      command.add(folder.toString());
      for (int i = 0; i < 20; i++) {
        command.add(name + i);
      }
      processes.add(new ProcessBuilder(command).inheritIO().start());
    }
    for (Process p : processes) {
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue());
    }
    ShellCheckCache fresh = another(folder);
    for (String name : List.of("a", "b")) {
      for (int i = 0; i < 20; i++) {
        String key = ShellCheckCache.key("sc", "-x", name + i);
        assertEquals(Optional.of(comments(name + i)), fresh.read(key, 0), key);
      }
    }
    assertTrue(
        packs(folder).size() <= ShellCheckCache.MAX_PACKS + 1, packs(folder).size() + " packs");
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
