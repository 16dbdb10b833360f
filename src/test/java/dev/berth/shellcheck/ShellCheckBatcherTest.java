package dev.berth.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.FakePrograms;
import dev.berth.ShellCheckInstalled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose scripts share processes get exactly what a process of their own would have given
 * them, failures included, whatever the order the threads take the work in.
 */
class ShellCheckBatcherTest {
  @TempDir Path dir;

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ShellCheckCache NO_CACHE = ShellCheckCache.at(Optional.empty());

  /** A shellcheck that logs each run's script count, and fails on a script saying BOOM. */
  private Path wrapper() throws IOException {
    return wrapper("");
  }

  /** The same, which runs the shell commands {@code before} before it runs ShellCheck. */
  private Path wrapper(String before) throws IOException {
    Path shellcheck = ShellCheckInstalled.require();
    Path log = dir.resolve("runs.log");
    return FakePrograms.write(
        dir,
        "wrapped",
        "n=0\nfor a; do case \"$a\" in -*) ;; *) n=$((n+1)); if grep -q BOOM \"$a\"; then\n"
            + "echo boom >&2; exit 3; fi;; esac; done\n"
            + "echo $n >> '"
            + log
            + "'\n"
            + before
            + "\nexec '"
            + shellcheck
            + "' \"$@\"");
  }

  private List<String> runs() throws IOException {
    Path log = dir.resolve("runs.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  /** A ticket whose scripts are built only once {@code hold} opens: it keeps a thread busy. */
  private static ShellCheckBatcher.Ticket<List<String>> held(
      ShellCheckBatcher b, Path exe, CountDownLatch hold, List<String> scripts) {
    return b.submit(
        exe,
        TIMEOUT,
        NO_CACHE,
        () -> {
          try {
            hold.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return scripts;
        },
        Function.identity());
  }

  private static int sum(List<String> counts) {
    return counts.stream().mapToInt(Integer::parseInt).sum();
  }

  private static ShellCheckBatcher.Ticket<List<String>> submit(
      ShellCheckBatcher b, Path exe, List<String> scripts) {
    return b.submit(exe, TIMEOUT, NO_CACHE, () -> scripts, Function.identity());
  }

  @Test
  void theCachesEntriesAreOnDiskWhenTheLastFileIsDone() throws IOException {
    Path exe = FakePrograms.write(dir, "shellcheck", "echo '{\"comments\":[]}'");
    Path folder = dir.resolve("cache");
    ShellCheckCache cache = ShellCheckCache.at(Optional.of(folder));
    ShellCheckBatcher batcher = new ShellCheckBatcher(2);
    List<ShellCheckBatcher.Ticket<List<String>>> tickets = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int f = 0; f < 12; f++) {
      List<String> scripts = List.of("echo " + f, "echo " + f + " again");
      all.addAll(scripts);
      tickets.add(batcher.submit(exe, TIMEOUT, cache, () -> scripts, Function.identity()));
    }
    for (ShellCheckBatcher.Ticket<List<String>> t : tickets) {
      assertTrue(t.run().failure().isEmpty());
    }
    ShellCheckCache another = ShellCheckCache.separate(folder, ShellCheckCache::hash);
    String program = ShellCheckCache.programIdentity(exe);
    for (String script : all) {
      assertEquals(
          Optional.of(List.of()),
          another.read(ShellCheckProcess.key(program, script), 0),
          "another run reads " + script);
    }
  }

  @Test
  void sharedProcessesGiveWhatOwnProcessesGive() throws IOException {
    Path exe = wrapper();
    String[] pool = {
      "#!/bin/sh\necho $a\n",
      "#!/bin/sh\nx=1\n",
      "#!/bin/bash\n[[ -n $1 ]] && echo `date`\n",
      "#!/bin/sh\ncd /tmp\nrm -rf $d/*\n",
      "#!/bin/sh\necho BOOM\n",
      "#!/bin/dash\nread line\n",
    };
    Random random = new Random(14);
    List<List<String>> files = new ArrayList<>();
    for (int f = 0; f < 40; f++) {
      List<String> scripts = new ArrayList<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        scripts.add(pool[random.nextInt(pool.length)]);
      }
      files.add(scripts);
    }
    ShellCheckBatcher batcher = new ShellCheckBatcher(2);
    List<ShellCheckBatcher.Ticket<List<String>>> tickets = new ArrayList<>();
    for (List<String> scripts : files) {
      tickets.add(submit(batcher, exe, scripts));
    }
    for (int f = files.size() - 1; f >= 0; f--) {
      ShellCheckRun alone = ShellCheckProcess.run(exe, TIMEOUT, files.get(f), NO_CACHE);
      ShellCheckRun shared = tickets.get(f).run();
      assertEquals(alone, shared, "file " + f + ": " + files.get(f));
      assertEquals(files.get(f).contains(pool[4]), shared.failure().isPresent());
    }
  }

  @Test
  void aScriptInSeveralFilesIsSentOnce() throws Exception {
    Path exe = wrapper();
    String a = "#!/bin/sh\necho $a\n";
    String b = "#!/bin/sh\necho $b\n";
    String c = "#!/bin/sh\necho $c\n";
    ShellCheckBatcher batcher = new ShellCheckBatcher(1);
    CountDownLatch hold = new CountDownLatch(1);
    ShellCheckBatcher.Ticket<List<String>> first = held(batcher, exe, hold, List.of(a, b));
    ShellCheckBatcher.Ticket<List<String>> second = submit(batcher, exe, List.of(b, c, a));
    ShellCheckBatcher.Ticket<List<String>> third = submit(batcher, exe, List.of(c, c));
    hold.countDown();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (runs().isEmpty() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertEquals(
        ShellCheckProcess.run(exe, TIMEOUT, List.of(a, b), NO_CACHE), first.run(), "first");
    assertEquals(
        ShellCheckProcess.run(exe, TIMEOUT, List.of(b, c, a), NO_CACHE), second.run(), "second");
    assertEquals(
        ShellCheckProcess.run(exe, TIMEOUT, List.of(c, c), NO_CACHE), third.run(), "third");
    assertEquals("3", runs().get(0), "one process for the three files, each script once");
  }

  @Test
  void waitingWorkIsSplitIntoShrinkingBatchesSoTheLastProcessesEndTogether() throws Exception {
    Path exe = wrapper();
    ShellCheckBatcher batcher = new ShellCheckBatcher(1);
    CountDownLatch hold = new CountDownLatch(1);
    String padding = "# " + "x".repeat(5000) + "\n";
    List<ShellCheckBatcher.Ticket<List<String>>> tickets = new ArrayList<>();
    tickets.add(held(batcher, exe, hold, List.of("#!/bin/sh\necho $first\n" + padding)));
    for (int f = 0; f < 20; f++) {
      tickets.add(submit(batcher, exe, List.of("#!/bin/sh\necho $v" + f + "\n" + padding)));
    }
    hold.countDown();
    // the background thread alone: a thread waiting for a result would run a ticket of its own
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (sum(runs()) < tickets.size() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    for (ShellCheckBatcher.Ticket<List<String>> t : tickets) {
      assertTrue(t.run().failure().isEmpty());
    }
    assertEquals(
        List.of("10", "5", "3", "3"), runs(), "half the waiting work per batch, not below 16 KB");
  }

  /**
   * A batcher whose one background thread is kept busy by a held ticket, while a thread of the test
   * waits for a file whose process takes until the gate file is deleted: until then, tickets that
   * other threads wait for stay queued.
   */
  private record Busy(
      ShellCheckBatcher batcher,
      Path exe,
      Path gate,
      CountDownLatch hold,
      ShellCheckBatcher.Ticket<List<String>> held,
      Thread first) {
    /** Lets the slow file's process end and the held file be built; the held file is checked. */
    void release() throws Exception {
      Files.delete(gate);
      first.join();
      hold.countDown();
      assertTrue(held.run().failure().isEmpty());
    }
  }

  private Busy busy() throws Exception {
    Path gate = Files.createFile(dir.resolve("gate"));
    // a run of a script saying SLOW waits until the gate is gone
    Path exe =
        wrapper(
            "for a; do case \"$a\" in -*) ;; *) if grep -q SLOW \"$a\"; then\n"
                + "while [ -e '"
                + gate
                + "' ]; do sleep 0.05; done; fi;; esac; done");
    ShellCheckBatcher batcher = new ShellCheckBatcher(1);
    CountDownLatch hold = new CountDownLatch(1);
    ShellCheckBatcher.Ticket<List<String>> held =
        held(batcher, exe, hold, List.of("#!/bin/sh\necho $held\n"));
    ShellCheckBatcher.Ticket<List<String>> slow =
        submit(batcher, exe, List.of("#!/bin/sh\n# SLOW\necho $slow\n"));
    Thread first = new Thread(slow::run);
    first.start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (runs().isEmpty() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    return new Busy(batcher, exe, gate, hold, held, first);
  }

  @Test
  void aThreadWaitingForItsFileTakesTheOtherWaitingFilesIntoItsProcess() throws Exception {
    Busy busy = busy();
    ShellCheckBatcher batcher = busy.batcher();
    Path exe = busy.exe();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<String> a = List.of("#!/bin/sh\necho $a\n");
    List<String> b = List.of("#!/bin/sh\necho $b\n");
    ShellCheckBatcher.Ticket<List<String>> ta = submit(batcher, exe, a);
    ShellCheckBatcher.Ticket<List<String>> tb = submit(batcher, exe, b);
    List<ShellCheckRun> got = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread second = new Thread(() -> got.add(ta.run()));
    Thread third = new Thread(() -> got.add(tb.run()));
    second.start();
    third.start();
    while (batcher.readyCount() < 2 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertEquals(2, batcher.readyCount(), "both files wait while the one process runs");
    Files.delete(busy.gate());
    busy.first().join();
    second.join();
    third.join();
    busy.hold().countDown();
    assertTrue(busy.held().run().failure().isEmpty());
    assertEquals(List.of("1", "2", "1"), runs(), "the two waiting files share one process");
    assertEquals(ShellCheckProcess.run(exe, TIMEOUT, a, NO_CACHE), ta.run());
    assertEquals(ShellCheckProcess.run(exe, TIMEOUT, b, NO_CACHE), tb.run());
    assertEquals(2, got.size());
  }

  @Test
  void aWaitingThreadThatIsInterruptedStopsAndTheFileIsStillCheckedForOthers() throws Exception {
    Path started = dir.resolve("started");
    // the first run says it started and then takes a minute
    Path exe = wrapper("if [ ! -e '" + started + "' ]; then touch '" + started + "'; sleep 60; fi");
    ShellCheckBatcher batcher = new ShellCheckBatcher(1);
    CountDownLatch hold = new CountDownLatch(1);
    // the one background thread stays busy: the waiting thread runs the process itself
    ShellCheckBatcher.Ticket<List<String>> held =
        held(batcher, exe, hold, List.of("#!/bin/sh\necho $held\n"));
    List<String> scripts = List.of("#!/bin/sh\necho $x\n");
    ShellCheckBatcher.Ticket<List<String>> ticket = submit(batcher, exe, scripts);
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread waiting =
        new Thread(
            () -> {
              try {
                ticket.run();
              } catch (RuntimeException e) {
                thrown.set(e);
              }
            });
    waiting.start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(started) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertTrue(Files.exists(started), "the waiting thread started ShellCheck");
    waiting.interrupt();
    waiting.join(10_000);
    assertTrue(
        thrown.get() instanceof java.util.concurrent.CancellationException, "" + thrown.get());
    hold.countDown();
    assertEquals(ShellCheckProcess.run(exe, TIMEOUT, scripts, NO_CACHE), ticket.run());
    assertTrue(held.run().failure().isEmpty());
  }

  @Test
  void aFileCalledOffWhileItWaitsForAProcessIsNeverSent() throws Exception {
    Busy busy = busy();
    // a file whose scripts are built waits for the one process; its run is called off
    List<String> a = List.of("#!/bin/sh\necho $a\n");
    ShellCheckBatcher.Ticket<List<String>> called = submit(busy.batcher(), busy.exe(), a);
    Thread second = waitingFor(called);
    assertEquals(1, busy.batcher().readyCount());
    callOff(second, called);
    assertEquals(0, busy.batcher().readyCount(), "called off, it no longer waits");
    busy.release();
    assertEquals(List.of("1", "1"), runs(), "the slow file's process and the held one's");
    ShellCheckBatcher.Ticket<List<String>> again = submit(busy.batcher(), busy.exe(), a);
    assertEquals(ShellCheckProcess.run(busy.exe(), TIMEOUT, a, NO_CACHE), again.run());
  }

  /** Starts a thread that asks for the ticket's result and returns once it waits for it. */
  private static Thread waitingFor(ShellCheckBatcher.Ticket<List<String>> ticket)
      throws InterruptedException {
    Thread t = new Thread(ticket::run);
    t.setUncaughtExceptionHandler((th, e) -> {}); // its CancellationException once interrupted
    t.start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (t.getState() != Thread.State.WAITING && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertEquals(Thread.State.WAITING, t.getState());
    return t;
  }

  private static void callOff(Thread waiting, ShellCheckBatcher.Ticket<List<String>> ticket)
      throws InterruptedException {
    waiting.interrupt();
    waiting.join();
    ticket.cancel();
  }

  @Test
  void aQueuedFileWhoseScriptsOnlyFilesCalledOffWaitForIsNeverSent() throws Exception {
    Busy busy = busy();
    // two files of one run with the same script: the first sends it, the second waits for it
    List<String> same = List.of("#!/bin/sh\necho $same\n");
    ShellCheckBatcher.Ticket<List<String>> lender = submit(busy.batcher(), busy.exe(), same);
    ShellCheckBatcher.Ticket<List<String>> borrower = submit(busy.batcher(), busy.exe(), same);
    Thread first = waitingFor(lender);
    Thread second = waitingFor(borrower);
    assertEquals(1, busy.batcher().readyCount());
    // the run is called off file after file, the file that sends the script first
    callOff(first, lender);
    assertEquals(1, busy.batcher().readyCount(), "the other file still waits for the script");
    callOff(second, borrower);
    assertEquals(0, busy.batcher().readyCount(), "nobody waits for the script any more");
    busy.release();
    assertEquals(List.of("1", "1"), runs(), "the slow file's process and the held one's");
  }

  /** A batcher of one thread whose first process, once started, runs for a minute. */
  private record Slow(ShellCheckBatcher batcher, Path exe) {
    /** Submits a file and returns once its process, the slow one, has started. */
    ShellCheckBatcher.Ticket<List<String>> start(List<String> scripts, Path started)
        throws InterruptedException {
      ShellCheckBatcher.Ticket<List<String>> t = submit(batcher, exe, scripts);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(started) && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertTrue(Files.exists(started), "a background thread started the slow process");
      return t;
    }

    /** Checks that another file is checked well before the slow process's minute is over. */
    void assertFreeSoonAfter(long calledOff) {
      List<String> b = List.of("#!/bin/sh\necho $b\n");
      ShellCheckBatcher.Ticket<List<String>> next = submit(batcher, exe, b);
      assertEquals(ShellCheckProcess.run(exe, TIMEOUT, b, NO_CACHE), next.run());
      assertTrue(
          System.nanoTime() - calledOff < TimeUnit.SECONDS.toNanos(30),
          "the one thread was free again long before the slow process's minute");
    }
  }

  private Slow slow(Path started) throws IOException {
    Path exe =
        wrapper("if [ ! -e '" + started + "' ]; then touch '" + started + "'; exec sleep 60; fi");
    return new Slow(new ShellCheckBatcher(1), exe);
  }

  @Test
  void aProcessThatFilesCalledOffOneAfterTheOtherWaitForIsStopped() throws Exception {
    Path started = dir.resolve("started");
    Slow slow = slow(started);
    List<String> same = List.of("#!/bin/sh\necho $same\n");
    ShellCheckBatcher.Ticket<List<String>> lender = slow.start(same, started);
    ShellCheckBatcher.Ticket<List<String>> borrower = submit(slow.batcher(), slow.exe(), same);
    Thread waiting = waitingFor(borrower);
    long calledOff = System.nanoTime();
    lender.cancel(); // the other file still waits for the process
    callOff(waiting, borrower);
    slow.assertFreeSoonAfter(calledOff);
  }

  @Test
  void aProcessThatOnlyFilesCalledOffWaitForIsStopped() throws Exception {
    Path started = dir.resolve("started");
    Slow slow = slow(started);
    ShellCheckBatcher.Ticket<List<String>> first =
        slow.start(List.of("#!/bin/sh\necho $slow\n"), started);
    long calledOff = System.nanoTime();
    first.cancel();
    slow.assertFreeSoonAfter(calledOff);
  }

  @Test
  void aFileSharingAScriptWithAFailedFileStillGetsItsComments() throws IOException {
    Path exe = wrapper();
    String shared = "#!/bin/sh\necho $shared\n";
    ShellCheckBatcher batcher = new ShellCheckBatcher(1);
    ShellCheckBatcher.Ticket<List<String>> broken =
        submit(batcher, exe, List.of(shared, "#!/bin/sh\necho BOOM\n"));
    ShellCheckBatcher.Ticket<List<String>> fine = submit(batcher, exe, List.of("true\n", shared));
    ShellCheckRun ok = fine.run();
    assertTrue(ok.failure().isEmpty(), ok.toString());
    assertEquals(ShellCheckProcess.run(exe, TIMEOUT, List.of("true\n", shared), NO_CACHE), ok);
    assertTrue(broken.run().failure().orElseThrow().startsWith("ShellCheck failed (exit code 3)"));
  }
}
