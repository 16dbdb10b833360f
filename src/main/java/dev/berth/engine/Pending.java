package dev.berth.engine;

import java.util.function.Supplier;

/**
 * A result still being worked out, such as a file's findings while its ShellCheck runs: {@link
 * #get} waits for it, once; {@link #cancel} calls the work off instead, when nobody will read it.
 */
public interface Pending<T> extends Supplier<T> {
  /** Calls the work off; {@link #get} is not called after this. */
  void cancel();

  /** A result already worked out; calling it off does nothing. */
  static <T> Pending<T> done(T value) {
    return new Pending<>() {
      @Override
      public T get() {
        return value;
      }

      @Override
      public void cancel() {
        // nothing runs
      }
    };
  }
}
