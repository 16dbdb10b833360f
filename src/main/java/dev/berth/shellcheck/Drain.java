package dev.berth.shellcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads one output stream of a process on a daemon thread, so that the process never blocks on a
 * full pipe. Keeps the first {@code cap} bytes; a process that prints more is killed.
 */
final class Drain implements Runnable {
  private final Process process;
  private final InputStream in;
  private final int cap;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean overflowed;

  private Drain(Process process, InputStream in, int cap) {
    this.process = process;
    this.in = in;
    this.cap = cap;
  }

  static Drain start(Process process, InputStream in, int cap) {
    Drain d = new Drain(process, in, cap);
    Thread t = new Thread(d, "berth-shellcheck-output");
    t.setDaemon(true);
    t.start();
    return d;
  }

  @Override
  public void run() {
    byte[] buf = new byte[8192];
    try (InputStream s = in) {
      int n;
      while ((n = s.read(buf)) >= 0) {
        synchronized (kept) {
          if (kept.size() + n <= cap) {
            kept.write(buf, 0, n);
            continue;
          }
        }
        if (!overflowed) {
          overflowed = true;
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      }
    } catch (IOException e) {
      // the process is gone; what was read is kept
    } finally {
      done.countDown();
    }
  }

  /** Waits until the stream ended; false when it did not within {@code nanos}. */
  boolean await(long nanos) throws InterruptedException {
    return done.await(nanos, TimeUnit.NANOSECONDS);
  }

  boolean overflowed() {
    return overflowed;
  }

  byte[] bytes() {
    synchronized (kept) {
      return kept.toByteArray();
    }
  }
}
