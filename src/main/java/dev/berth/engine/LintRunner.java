package dev.berth.engine;

import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.ProblemCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads and lints a list of targets, in parallel when asked, and returns their results in target
 * order, so that output is the same whatever the number of jobs.
 */
public final class LintRunner {
  /** Default size limit: larger files get one finding and are not read. */
  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  private final Function<LintTarget, Linter> linters;
  private final long maxFileSize;
  private final int jobs;

  /** A runner that lints every target with the same linter. */
  public LintRunner(Linter linter, long maxFileSize, int jobs) {
    this(t -> linter, maxFileSize, jobs);
  }

  /** A runner that asks, per target, which linter (configuration) applies. */
  public LintRunner(Function<LintTarget, Linter> linters, long maxFileSize, int jobs) {
    this.linters = linters;
    this.maxFileSize = maxFileSize;
    this.jobs = Math.max(1, jobs);
  }

  /** What a run produced: one result per readable target, and an error line per unreadable one. */
  public record Outcome(List<FileResult> results, List<String> errors) {}

  private record One(Optional<FileResult> result, Optional<String> error) {}

  public Outcome run(List<LintTarget> targets, InputStream stdin) {
    List<One> ones = new ArrayList<>(targets.size());
    if (jobs == 1 || targets.size() < 2) {
      for (LintTarget t : targets) {
        ones.add(lintOne(t, stdin));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, targets.size()), r -> {
        Thread th = new Thread(r, "berth-lint");
        th.setDaemon(true);
        return th;
      });
      try {
        List<Future<One>> futures = new ArrayList<>();
        for (LintTarget t : targets) {
          futures.add(pool.submit(() -> lintOne(t, stdin)));
        }
        for (Future<One> f : futures) {
          ones.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      } finally {
        pool.shutdownNow();
      }
    }
    List<FileResult> results = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (One o : ones) {
      o.result().ifPresent(results::add);
      o.error().ifPresent(errors::add);
    }
    return new Outcome(results, errors);
  }

  private One lintOne(LintTarget target, InputStream stdin) {
    Linter linter = linters.apply(target);
    byte[] bytes;
    try {
      if (target.isStdin()) {
        bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
        if (bytes.length > maxFileSize) {
          return new One(Optional.of(tooLarge(linter, target, bytes.length)), Optional.empty());
        }
      } else {
        Path p = target.path().get();
        long size = Files.size(p);
        if (size > maxFileSize) {
          return new One(Optional.of(tooLarge(linter, target, size)), Optional.empty());
        }
        bytes = Files.readAllBytes(p);
      }
    } catch (NoSuchFileException e) {
      return new One(Optional.empty(), Optional.of(target.displayName() + ": no such file"));
    } catch (AccessDeniedException e) {
      return new One(Optional.empty(), Optional.of(target.displayName() + ": permission denied"));
    } catch (IOException e) {
      return new One(Optional.empty(), Optional.of(target.displayName() + ": cannot read: " + e.getMessage()));
    }
    SourceText source = SourceText.of(target.displayName(), bytes);
    List<Finding> findings;
    if (target.type() == FileType.DOCKERFILE) {
      findings = linter.lintDockerfile(source);
    } else {
      return new One(
          Optional.empty(),
          Optional.of(target.displayName() + ": compose files cannot be linted by this build yet"));
    }
    return new One(Optional.of(new FileResult(target.displayName(), Optional.of(source), findings)), Optional.empty());
  }

  private FileResult tooLarge(Linter linter, LintTarget target, long size) {
    SourceText empty = SourceText.of(target.displayName(), new byte[0]);
    String message =
        "File is " + size + " bytes, over the " + maxFileSize
            + "-byte limit; it was not linted (raise the limit with --max-file-size)";
    Dockerfile model =
        Dockerfile.of(
            empty,
            '\\',
            List.of(),
            List.of(),
            List.of(),
            List.of(new Problem(ProblemCodes.FILE_TOO_LARGE, Level.ERROR, Span.empty(0), message)));
    return new FileResult(target.displayName(), Optional.of(empty), linter.lintDockerfile(model));
  }
}
