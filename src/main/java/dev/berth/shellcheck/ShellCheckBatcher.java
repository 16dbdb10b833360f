package dev.berth.shellcheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs ShellCheck for many linted files at once, beside the rest of the lint. A file's scripts are
 * handed over as a {@link Ticket} as soon as its model is ready; up to one background thread per
 * core works through the tickets: it builds the scripts, takes what the cache knows, and checks the
 * rest of several files with one {@code shellcheck} process (a batch). A thread takes whatever is
 * waiting as soon as it is free, so one small file gets its process at once, and a whole repository
 * gets few processes: while every thread is busy, waiting scripts gather into the next batch.
 *
 * <p>Nothing waits on a batch only it could start: a thread that asks for a ticket's result which
 * no background thread has taken yet does the ticket's work itself. When a batch of several files
 * fails (ShellCheck cannot be started, times out, fails or prints something unreadable), each of
 * its files is checked again on its own, so that a failure is reported exactly for the files it is
 * about, with the time limit of one file, as when every file had a process of its own.
 */
public final class ShellCheckBatcher {
  private static final ShellCheckBatcher SHARED =
      new ShellCheckBatcher(Runtime.getRuntime().availableProcessors());

  /** Fewer scripts per process than this only when too few are waiting. */
  private static final int MIN_BATCH = 25;

  private final int threads;
  private final Object lock = new Object();

  /** Tickets nobody began: their scripts are not built yet. */
  private final ArrayDeque<Ticket<?>> fresh = new ArrayDeque<>();

  /** Tickets whose cache misses wait for a process. */
  private final ArrayDeque<Ticket<?>> ready = new ArrayDeque<>();

  private int readyScripts;
  private int started;

  ShellCheckBatcher(int threads) {
    this.threads = Math.max(1, threads);
  }

  /** The batcher of this process: one background thread per core at most. */
  public static ShellCheckBatcher shared() {
    return SHARED;
  }

  /**
   * Starts checking the scripts of one file: {@code prepare} builds what the caller needs to read
   * the result later (run on a background thread, or on the thread that awaits the ticket), and
   * {@code scripts} names the scripts in it. Comments of the result refer to the scripts by their
   * index in that list.
   */
  public <T> Ticket<T> submit(
      Path executable,
      Duration timeout,
      ShellCheckCache cache,
      Supplier<T> prepare,
      Function<T, List<String>> scripts) {
    Ticket<T> t = new Ticket<>(this, executable, timeout, cache, prepare, scripts);
    synchronized (lock) {
      fresh.add(t);
      wake();
    }
    return t;
  }

  /** Starts a background thread when every one is busy, else wakes the idle ones. */
  private void wake() {
    if (started < threads) {
      started++;
      Thread th = new Thread(this::work, "berth-shellcheck");
      th.setDaemon(true);
      th.start();
    }
    lock.notifyAll();
  }

  private void work() {
    while (true) {
      Ticket<?> prepare = null;
      List<Ticket<?>> batch = null;
      synchronized (lock) {
        while (fresh.isEmpty() && ready.isEmpty()) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (!fresh.isEmpty()) {
          prepare = fresh.poll();
          prepare.state = State.PREPARING;
        } else {
          batch = takeBatch();
        }
      }
      if (prepare != null) {
        prepareAndQueue(prepare);
      } else {
        runBatch(batch);
      }
    }
  }

  /**
   * The first waiting ticket and those after it that run the same program the same way, up to about
   * an even share of what waits for each thread. Called with the lock held.
   */
  private List<Ticket<?>> takeBatch() {
    Ticket<?> first = ready.poll();
    readyScripts -= first.misses.size();
    List<Ticket<?>> batch = new ArrayList<>(List.of(first));
    first.state = State.RUNNING;
    if (first.alone) {
      return batch;
    }
    int cap =
        Math.min(
            ShellCheckProcess.SCRIPTS_PER_PROCESS,
            Math.max(MIN_BATCH, (readyScripts + first.misses.size() + threads - 1) / threads));
    int size = first.misses.size();
    for (Iterator<Ticket<?>> it = ready.iterator(); it.hasNext() && size < cap; ) {
      Ticket<?> t = it.next();
      if (t.alone || !t.sameRun(first) || size + t.misses.size() > cap) {
        continue;
      }
      it.remove();
      readyScripts -= t.misses.size();
      size += t.misses.size();
      t.state = State.RUNNING;
      batch.add(t);
    }
    return batch;
  }

  /** Builds a ticket's scripts and reads the cache, then queues its misses (or finishes it). */
  private void prepareAndQueue(Ticket<?> t) {
    boolean done = t.prepare();
    synchronized (lock) {
      if (done) {
        t.finish();
      } else {
        t.state = State.READY;
        ready.add(t);
        readyScripts += t.misses.size();
        lock.notifyAll();
      }
    }
  }

  /** Runs one process for the batch; a failed batch of several files is split into its files. */
  private void runBatch(List<Ticket<?>> batch) {
    Ticket<?> first = batch.get(0);
    List<String> scripts = new ArrayList<>();
    for (Ticket<?> t : batch) {
      for (int i : t.misses) {
        scripts.add(t.scripts.get(i));
      }
    }
    ShellCheckRun run = ShellCheckProcess.runAll(first.executable, first.timeout, scripts);
    if (run.failure().isPresent() && batch.size() > 1) {
      synchronized (lock) {
        for (int i = batch.size() - 1; i >= 0; i--) {
          Ticket<?> t = batch.get(i);
          t.alone = true;
          t.state = State.READY;
          ready.addFirst(t);
          readyScripts += t.misses.size();
        }
        lock.notifyAll();
      }
      return;
    }
    if (run.failure().isPresent()) {
      synchronized (lock) {
        first.failure = run.failure();
        first.finish();
      }
      return;
    }
    List<List<List<ShellCheckComment>>> fresh = new ArrayList<>();
    List<int[]> owner = new ArrayList<>();
    for (int b = 0; b < batch.size(); b++) {
      List<List<ShellCheckComment>> perMiss = new ArrayList<>();
      for (int m = 0; m < batch.get(b).misses.size(); m++) {
        perMiss.add(new ArrayList<>());
        owner.add(new int[] {b, m});
      }
      fresh.add(perMiss);
    }
    for (ShellCheckComment c : run.comments()) {
      int[] o = owner.get(c.script());
      Ticket<?> t = batch.get(o[0]);
      fresh.get(o[0]).get(o[1]).add(renumbered(c, t.misses.get(o[1])));
    }
    for (int b = 0; b < batch.size(); b++) {
      Ticket<?> t = batch.get(b);
      for (int m = 0; m < t.misses.size(); m++) {
        int index = t.misses.get(m);
        List<ShellCheckComment> comments = fresh.get(b).get(m);
        t.cache.write(t.keys.get(index), comments);
        t.found.set(index, comments);
      }
    }
    synchronized (lock) {
      for (Ticket<?> t : batch) {
        t.finish();
      }
    }
  }

  private static ShellCheckComment renumbered(ShellCheckComment c, int index) {
    return new ShellCheckComment(
        index, c.line(), c.column(), c.endLine(), c.endColumn(), c.level(), c.code(), c.message());
  }

  /**
   * Takes a ticket nobody works on: true when this thread did its work (or part of it) and should
   * look again.
   */
  private boolean help(Ticket<?> t) {
    boolean prepare = false;
    boolean run = false;
    synchronized (lock) {
      if (t.state == State.NEW) {
        fresh.remove(t);
        t.state = State.PREPARING;
        prepare = true;
      } else if (t.state == State.READY) {
        ready.remove(t);
        readyScripts -= t.misses.size();
        t.state = State.RUNNING;
        run = true;
      }
    }
    if (prepare) {
      boolean done = t.prepare();
      synchronized (lock) {
        if (done) {
          t.finish();
          return true;
        }
        t.state = State.RUNNING;
      }
      run = true;
    }
    if (run) {
      runBatch(List.of(t));
    }
    return run;
  }

  private enum State {
    NEW,
    PREPARING,
    READY,
    RUNNING,
    DONE
  }

  /** One file's request: its scripts once built, and ShellCheck's comments once known. */
  public static final class Ticket<T> {
    private final ShellCheckBatcher owner;
    private final Path executable;
    private final Duration timeout;
    private final ShellCheckCache cache;
    private final Supplier<T> preparer;
    private final Function<T, List<String>> scriptsOf;

    // written by the thread that prepares the ticket, before it is queued or finished
    private T prepared;
    private List<String> scripts = List.of();
    private List<String> keys = List.of();
    private List<Integer> misses = List.of();
    private List<List<ShellCheckComment>> found = List.of();
    private RuntimeException thrown;

    // guarded by the owner's lock
    private State state = State.NEW;
    private boolean alone;
    private Optional<String> failure = Optional.empty();

    private Ticket(
        ShellCheckBatcher owner,
        Path executable,
        Duration timeout,
        ShellCheckCache cache,
        Supplier<T> preparer,
        Function<T, List<String>> scriptsOf) {
      this.owner = owner;
      this.executable = executable;
      this.timeout = timeout;
      this.cache = cache;
      this.preparer = preparer;
      this.scriptsOf = scriptsOf;
    }

    private boolean sameRun(Ticket<?> other) {
      return executable.equals(other.executable)
          && timeout.equals(other.timeout)
          && cache.folder().equals(other.cache.folder());
    }

    /** Builds the scripts and reads the cache; true when nothing is left to ask ShellCheck. */
    private boolean prepare() {
      try {
        prepared = preparer.get();
        scripts = List.copyOf(scriptsOf.apply(prepared));
        String program = ShellCheckCache.programIdentity(executable);
        List<String> k = new ArrayList<>(scripts.size());
        List<Integer> m = new ArrayList<>();
        List<List<ShellCheckComment>> f = new ArrayList<>(scripts.size());
        for (int i = 0; i < scripts.size(); i++) {
          String key = ShellCheckProcess.key(program, scripts.get(i));
          k.add(key);
          Optional<List<ShellCheckComment>> hit = cache.read(key, i);
          f.add(hit.orElse(null));
          if (hit.isEmpty()) {
            m.add(i);
          }
        }
        keys = k;
        misses = m;
        found = f;
        return misses.isEmpty();
      } catch (RuntimeException e) {
        thrown = e;
        return true;
      }
    }

    /** Called with the owner's lock held. */
    private void finish() {
      state = State.DONE;
      owner.lock.notifyAll();
    }

    /**
     * Waits for the result (doing the work here when no background thread took it yet) and returns
     * what {@code prepare} built; a {@link RuntimeException} thrown by {@code prepare} is thrown
     * here.
     */
    public T prepared() {
      await();
      if (thrown != null) {
        throw thrown;
      }
      return prepared;
    }

    /** ShellCheck's comments on the file's scripts, or why there are none. */
    public ShellCheckRun run() {
      await();
      if (thrown != null) {
        throw thrown;
      }
      synchronized (owner.lock) {
        if (failure.isPresent()) {
          return ShellCheckRun.failed(failure.get());
        }
      }
      List<ShellCheckComment> all = new ArrayList<>();
      for (List<ShellCheckComment> c : found) {
        all.addAll(c);
      }
      return new ShellCheckRun(all, Optional.empty());
    }

    private void await() {
      boolean interrupted = false;
      while (true) {
        synchronized (owner.lock) {
          while (state == State.PREPARING || state == State.RUNNING) {
            try {
              owner.lock.wait();
            } catch (InterruptedException e) {
              interrupted = true;
            }
          }
          if (state == State.DONE) {
            break;
          }
        }
        owner.help(this);
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
