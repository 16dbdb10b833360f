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
 * handed over as a {@link Ticket} as soon as its model is ready; up to N background threads (N: the
 * run's {@code --jobs}, by default one per core) work through the tickets: one builds the scripts,
 * takes what the cache knows, and checks the rest of several files with one {@code shellcheck}
 * process (a batch). A thread takes whatever is waiting as soon as it is free, so one small file
 * gets its process at once, and a whole repository gets few processes: while every thread is busy,
 * waiting scripts gather into the next batch. A batch takes about 1/(2N) of the work waiting,
 * weighed by script length (ShellCheck's time grows with it), and at least about 16 KB of scripts:
 * batches shrink as the queue drains, so at the end of a run the processes finish close together
 * instead of one core waiting on a long last batch. At most N processes run at once, whichever
 * threads started them.
 *
 * <p>Nothing waits on a batch only it could start: a thread that asks for a ticket's result which
 * no background thread has taken yet does the ticket's work itself, with the other tickets waiting
 * behind it in the same process, as a background thread would take them. When a batch of several
 * files fails (ShellCheck cannot be started, times out, fails or prints something unreadable), each
 * of its files is checked again on its own, so that a failure is reported exactly for the files it
 * is about, with the time limit of one file, as when every file had a process of its own.
 *
 * <p>When the last file given to the batcher is done, the caches written since it was last idle
 * write their new entries to disk ({@link ShellCheckCache#flush}) before that file's result is
 * handed out: a run writes one pack of new entries, not one file per script.
 */
public final class ShellCheckBatcher {
  /** The batchers of this process, by the number of processes they may run at once. */
  private static final java.util.Map<Integer, ShellCheckBatcher> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * What a script costs ShellCheck, in characters: its length plus this, for what it costs whatever
   * its length. Measured over the corpus scripts: about 0.024 ms per character, and 1 to 2 ms per
   * script.
   */
  private static final int SCRIPT_COST = 64;

  /**
   * A process gets less work than this (in characters) only when too little is waiting. A process
   * costs 8 to 17 ms of CPU whatever it checks, over half of it system time for its start
   * (measured: 100 corpus scripts in one process, in ten and in a hundred), about what 500 to 1,000
   * characters of script cost: a batch of 16 KB spends a few percent on its start, and the last
   * batch of a run is still short.
   */
  private static final long MIN_BATCH_COST = 16384;

  /** A batch takes about 1 / (this x threads) of the cost waiting. */
  private static final int SHARES = 2;

  private final int threads;
  private final Object lock = new Object();

  /** Tickets nobody began: their scripts are not built yet. */
  private final ArrayDeque<Ticket<?>> fresh = new ArrayDeque<>();

  /** Tickets whose cache misses wait for a process. */
  private final ArrayDeque<Ticket<?>> ready = new ArrayDeque<>();

  /** What the ready tickets' misses cost ({@link #cost}). */
  private long readyCost;

  private int started;

  /** Processes running now, started by background threads or by threads that wait for a file. */
  private int running;

  /**
   * Each script (by cache key) that a ticket will send, or is sending, to ShellCheck: a ticket with
   * the same script waits for that one's result instead of sending it again.
   */
  private final java.util.Map<String, Ticket<?>> owners = new java.util.HashMap<>();

  /** Tickets submitted and not done. */
  private int open;

  /** Caches written since the batcher was last idle; flushed when it is (lock held). */
  private final java.util.Set<ShellCheckCache> written = new java.util.HashSet<>();

  ShellCheckBatcher(int threads) {
    this.threads = Math.max(1, threads);
  }

  /**
   * The batcher of this process that runs at most {@code processes} ShellCheck processes at once
   * (one background thread each).
   */
  public static ShellCheckBatcher shared(int processes) {
    return SHARED.computeIfAbsent(Math.max(1, processes), ShellCheckBatcher::new);
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
      open++;
      wake();
    }
    return t;
  }

  /** How many tickets wait for a process (for tests). */
  int readyCount() {
    synchronized (lock) {
      return ready.size();
    }
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
        while (fresh.isEmpty() && (ready.isEmpty() || running >= threads)) {
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
          running++;
        }
      }
      if (prepare != null) {
        prepareAndQueue(prepare);
      } else {
        runCounted(batch);
      }
    }
  }

  /**
   * The first waiting ticket and those after it that run the same program the same way, up to about
   * an even share of what waits for each thread. Called with the lock held.
   */
  private List<Ticket<?>> takeBatch() {
    return batchFrom(ready.poll());
  }

  /**
   * A batch that starts with {@code first}, already taken out of the ready tickets, and goes on as
   * {@link #takeBatch()} does. Called with the lock held.
   */
  private List<Ticket<?>> batchFrom(Ticket<?> first) {
    long firstCost = cost(first);
    readyCost -= firstCost;
    List<Ticket<?>> batch = new ArrayList<>(List.of(first));
    first.state = State.RUNNING;
    if (first.alone) {
      return batch;
    }
    long shares = (long) SHARES * threads;
    long cap = Math.max(MIN_BATCH_COST, (readyCost + firstCost + shares - 1) / shares);
    int size = first.misses.size();
    long batchCost = firstCost;
    for (Iterator<Ticket<?>> it = ready.iterator();
        it.hasNext() && batchCost < cap && size < ShellCheckProcess.SCRIPTS_PER_PROCESS; ) {
      Ticket<?> t = it.next();
      long c = cost(t);
      if (t.alone
          || !t.sameRun(first)
          || batchCost + c > cap
          || size + t.misses.size() > ShellCheckProcess.SCRIPTS_PER_PROCESS) {
        continue;
      }
      it.remove();
      readyCost -= c;
      batchCost += c;
      size += t.misses.size();
      t.state = State.RUNNING;
      batch.add(t);
    }
    return batch;
  }

  /** What sending a ticket's misses to ShellCheck costs, in characters ({@link #SCRIPT_COST}). */
  private static long cost(Ticket<?> t) {
    long c = 0;
    for (int i : t.misses) {
      c += SCRIPT_COST + t.scripts.get(i).length();
    }
    return c;
  }

  /** Builds a ticket's scripts and reads the cache, then queues its misses (or finishes it). */
  private void prepareAndQueue(Ticket<?> t) {
    boolean done = t.prepare();
    synchronized (lock) {
      if (done || t.cancelled) {
        t.finish();
      } else {
        claim(t, t.misses);
      }
    }
  }

  /**
   * Queues a ticket's scripts that no other ticket sends, and waits for the others; finishes the
   * ticket when nothing is left. Called with the lock held, the ticket neither queued nor running.
   */
  private void claim(Ticket<?> t, List<Integer> wanted) {
    if (t.cancelled && !wanted(t)) {
      t.finish(); // called off while it ran or was prepared: nobody asks for these scripts
      return;
    }
    List<Integer> own = new ArrayList<>();
    for (int i : wanted) {
      String key = t.keys.get(i);
      Ticket<?> owner = owners.get(key);
      if (owner == null) {
        owners.put(key, t);
        own.add(i);
      } else {
        owner.borrowers.add(new Borrow(t, i, key));
        t.lenders.add(owner);
        t.waitingFor++;
      }
    }
    t.misses = own;
    if (!own.isEmpty()) {
      t.state = State.READY;
      ready.add(t);
      readyCost += cost(t);
    } else if (t.waitingFor > 0) {
      t.state = State.WAITING;
    } else {
      t.finish();
    }
    lock.notifyAll();
  }

  /** A ticket waiting for the comments on its script {@code index} that another ticket sends. */
  private record Borrow(Ticket<?> ticket, int index, String key) {}

  /**
   * Ends a ticket's run: hands its comments (empty on failure) to the tickets waiting for them, or,
   * when it failed, lets them send those scripts themselves. Called with the lock held.
   */
  private void settle(Ticket<?> t, boolean failed) {
    List<Integer> sent = t.misses;
    for (int i : sent) {
      owners.remove(t.keys.get(i), t);
    }
    List<Borrow> borrowers = t.borrowers;
    t.borrowers = new ArrayList<>();
    if (!t.reclaimed.isEmpty() && !failed) {
      List<Integer> again = t.reclaimed;
      t.reclaimed = new ArrayList<>();
      claim(t, again);
    } else if (failed) {
      t.finish();
    } else if (t.waitingFor > 0 && !t.cancelled) {
      t.state = State.WAITING;
    } else {
      List<Ticket<?>> lenders = List.copyOf(t.lenders);
      t.finish();
      dropUnwanted(lenders);
    }
    for (Borrow b : borrowers) {
      Ticket<?> w = b.ticket();
      w.waitingFor--;
      if (w.state == State.DONE) {
        continue;
      }
      if (failed && w.cancelled) {
        if (w.state == State.WAITING && w.waitingFor == 0) {
          w.finish(); // called off: it does not send the script itself
        }
        continue;
      }
      if (failed) {
        if (w.state == State.RUNNING || w.state == State.PREPARING) {
          w.reclaimed.add(b.index());
        } else if (w.state == State.READY) {
          ready.remove(w);
          readyCost -= cost(w);
          List<Integer> all = new ArrayList<>(w.misses);
          all.add(b.index());
          for (int i : w.misses) {
            owners.remove(w.keys.get(i), w);
          }
          claim(w, all);
        } else {
          claim(w, List.of(b.index()));
        }
        continue;
      }
      List<ShellCheckComment> copy = new ArrayList<>();
      for (ShellCheckComment c : t.found.get(indexOfKey(t, sent, b.key()))) {
        copy.add(renumbered(c, b.index()));
      }
      w.found.set(b.index(), copy);
      if (w.waitingFor == 0 && w.state == State.WAITING) {
        w.finish();
      }
    }
    lock.notifyAll();
  }

  private static int indexOfKey(Ticket<?> t, List<Integer> sent, String key) {
    for (int i : sent) {
      if (t.keys.get(i).equals(key)) {
        return i;
      }
    }
    throw new IllegalStateException("no script " + key);
  }

  /** Runs a batch taken with {@link #running} counted, and counts it out. */
  private void runCounted(List<Ticket<?>> batch) {
    try {
      runBatch(batch);
    } finally {
      synchronized (lock) {
        running--;
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
    ShellCheckRun run =
        ShellCheckProcess.runAll(first.executable, first.timeout, scripts, () -> abandoned(batch));
    if (run.failure().isPresent() && abandoned(batch)) {
      synchronized (lock) {
        for (Ticket<?> t : batch) {
          settle(t, true); // a file that began to wait for one of its scripts meanwhile sends it
        }
      }
      return;
    }
    if (run.failure().isPresent() && Thread.currentThread().isInterrupted()) {
      // this thread's run was called off, not the batch: the tickets wait for another process
      synchronized (lock) {
        for (int i = batch.size() - 1; i >= 0; i--) {
          Ticket<?> t = batch.get(i);
          t.state = State.READY;
          ready.addFirst(t);
          readyCost += cost(t);
        }
        lock.notifyAll();
      }
      return;
    }
    if (run.failure().isPresent() && batch.size() > 1) {
      synchronized (lock) {
        for (int i = batch.size() - 1; i >= 0; i--) {
          Ticket<?> t = batch.get(i);
          t.alone = true;
          t.state = State.READY;
          ready.addFirst(t);
          readyCost += cost(t);
        }
        lock.notifyAll();
      }
      return;
    }
    if (run.failure().isPresent()) {
      synchronized (lock) {
        first.failure = run.failure();
        settle(first, true);
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
        written.add(t.cache);
        settle(t, false);
      }
    }
  }

  private static ShellCheckComment renumbered(ShellCheckComment c, int index) {
    return new ShellCheckComment(
        index, c.line(), c.column(), c.endLine(), c.endColumn(), c.level(), c.code(), c.message());
  }

  /** True when every ticket of a batch is called off and no file still wanted waits for it. */
  private boolean abandoned(List<Ticket<?>> batch) {
    synchronized (lock) {
      for (Ticket<?> t : batch) {
        if (wanted(t)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * True when somebody may still ask for the ticket's comments: it is not called off, or a file
   * that is not called off waits for one of its scripts. Lock held.
   */
  private static boolean wanted(Ticket<?> t) {
    if (!t.cancelled) {
      return true;
    }
    for (Borrow b : t.borrowers) {
      if (!b.ticket().cancelled && b.ticket().state != State.DONE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Calls a ticket off (lock held): work not begun is dropped unless a file still wanted waits for
   * one of its scripts ({@link #wanted}); a ticket being prepared is dropped once prepared; a
   * process is stopped when no ticket it checks is wanted ({@link #abandoned}).
   */
  private void cancel(Ticket<?> t) {
    if (t.cancelled || t.state == State.DONE) {
      return;
    }
    t.cancelled = true;
    List<Ticket<?>> lenders = List.copyOf(t.lenders);
    if (t.state == State.NEW) {
      fresh.remove(t);
      t.finish();
    } else if (t.state == State.WAITING) {
      t.finish(); // the tickets it waits for skip a ticket that is done
    }
    if (t.state == State.READY && !wanted(t)) {
      drop(t);
    }
    dropUnwanted(lenders);
    lock.notifyAll();
  }

  /**
   * Drops those of the queued tickets {@code lenders} (whose scripts a ticket called off or done
   * waited for) that nobody wants any more, and so on along the tickets they wait for: the files of
   * a run are called off one after the other, and a file that lends its scripts is often called off
   * before the file that borrows them. Lock held.
   */
  private void dropUnwanted(List<Ticket<?>> lenders) {
    List<Ticket<?>> check = new ArrayList<>(lenders);
    while (!check.isEmpty()) {
      Ticket<?> c = check.remove(check.size() - 1);
      if (c.state == State.READY && !wanted(c)) {
        check.addAll(c.lenders); // before drop finishes it, which forgets them
        drop(c);
      }
    }
  }

  /**
   * Takes a queued ticket that nobody wants out of the queue and finishes it, with the files called
   * off that wait for its scripts and for nothing else. Lock held.
   */
  private void drop(Ticket<?> t) {
    ready.remove(t);
    readyCost -= cost(t);
    for (int i : t.misses) {
      owners.remove(t.keys.get(i), t);
    }
    t.finish();
    for (Borrow b : t.borrowers) {
      Ticket<?> w = b.ticket();
      w.waitingFor--;
      if (w.state == State.WAITING && w.waitingFor == 0) {
        w.finish();
      }
    }
    t.borrowers = new ArrayList<>();
  }

  /**
   * Takes a ticket nobody works on: true when this thread did its work (or part of it) and should
   * look again.
   */
  private boolean help(Ticket<?> t) {
    boolean prepare = false;
    List<Ticket<?>> run = null;
    synchronized (lock) {
      if (t.state == State.NEW) {
        fresh.remove(t);
        t.state = State.PREPARING;
        prepare = true;
      } else {
        Ticket<?> r = t.state == State.READY ? t : readyOwner(t);
        if (r != null && running < threads) {
          ready.remove(r);
          run = batchFrom(r);
          running++;
        }
      }
    }
    if (prepare) {
      prepareAndQueue(t);
      return true;
    }
    if (run != null) {
      runCounted(run);
      return true;
    }
    return false;
  }

  /** A queued ticket that sends a script {@code t} waits for; null if none. Lock held. */
  private Ticket<?> readyOwner(Ticket<?> t) {
    if (t.state != State.WAITING) {
      return null;
    }
    for (Ticket<?> o : ready) {
      for (Borrow b : o.borrowers) {
        if (b.ticket() == t) {
          return o;
        }
      }
    }
    return null;
  }

  private enum State {
    NEW,
    PREPARING,
    READY,
    RUNNING,
    /** Its own scripts are done; it waits for scripts other tickets send. */
    WAITING,
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
    private boolean cancelled;
    private int waitingFor;
    private List<Borrow> borrowers = new ArrayList<>();
    private final List<Ticket<?>> lenders = new ArrayList<>(); // whose scripts it waits for
    private List<Integer> reclaimed = new ArrayList<>();
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

    /**
     * Called with the owner's lock held. The last ticket of the batcher's work writes what the
     * caches were given to their packs before anyone sees it done, so a run that ends then leaves
     * its entries on disk.
     */
    private void finish() {
      lenders.clear(); // a ticket done keeps no other file's ticket alive
      if (state != State.DONE) {
        state = State.DONE;
        if (--owner.open == 0) {
          for (ShellCheckCache c : owner.written) {
            c.flush();
          }
          owner.written.clear();
        }
      }
      owner.lock.notifyAll();
    }

    /**
     * Waits for the result (doing the work here when no background thread took it yet) and returns
     * what {@code prepare} built; a {@link RuntimeException} thrown by {@code prepare} is thrown
     * here, and a {@link java.util.concurrent.CancellationException} when the waiting thread is
     * interrupted.
     */
    public T prepared() {
      await();
      if (thrown != null) {
        throw thrown;
      }
      return prepared;
    }

    /**
     * Calls the ticket off: nobody will ask for its result. What is not begun is dropped, unless a
     * file not called off waits for one of its scripts (also the queued work of the files whose
     * scripts it waited for, when nobody else waits for them), and a process that checks only
     * tickets nobody wants is stopped.
     */
    public void cancel() {
      synchronized (owner.lock) {
        owner.cancel(this);
      }
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

    /**
     * Waits until the ticket is done. A waiting thread that is interrupted stops waiting (the
     * ticket goes on for the other files that share its scripts) and gets a {@link
     * java.util.concurrent.CancellationException}, its interrupt status kept: the run it belongs to
     * was called off.
     */
    private void await() {
      while (true) {
        synchronized (owner.lock) {
          while (state == State.PREPARING
              || state == State.RUNNING
              || (state == State.WAITING && owner.readyOwner(this) == null)
              || ((state == State.READY || state == State.WAITING)
                  && owner.running >= owner.threads)) {
            try {
              owner.lock.wait();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new java.util.concurrent.CancellationException(
                  "interrupted while waiting for ShellCheck");
            }
          }
          if (state == State.DONE) {
            break;
          }
        }
        if (Thread.currentThread().isInterrupted()) {
          throw new java.util.concurrent.CancellationException(
              "interrupted while waiting for ShellCheck");
        }
        owner.help(this);
      }
    }
  }
}
