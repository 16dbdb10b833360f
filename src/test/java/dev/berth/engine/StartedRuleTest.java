package dev.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.shell.ShellFacts;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Work a rule started (ShellCheck, in berth's own rules) finishes after the other rules; while a
 * file waits for it, the file keeps no shell model, and the work can still ask for one.
 */
class StartedRuleTest {
  /** Starts its check and, when finished, reports how many commands the file's RUNs run. */
  @RuleInfo(
      id = "test-late",
      name = "test-late",
      level = Level.WARNING,
      category = Category.CORRECTNESS,
      summary = "A test-only rule whose check is started and finished later.")
  static final class Late implements DockerfileRule {
    @Override
    public void check(DockerfileContext ctx) {
      start(ctx).get().finish();
    }

    @Override
    public Optional<Started> start(DockerfileContext ctx) {
      return Optional.of(
          () -> {
            int commands = 0;
            for (ShellFacts.ShellRun run : ctx.shells().runs()) {
              commands += run.commands().size();
            }
            ctx.report(ctx.model().instructions().get(0).span(), commands + " commands");
          });
    }
  }

  /** Asks for the shell model in its check, and keeps only a weak reference to it. */
  @RuleInfo(
      id = "test-peek",
      name = "test-peek",
      level = Level.INFO,
      category = Category.CORRECTNESS,
      summary = "A test-only rule that looks at the shell model.")
  static final class Peek implements DockerfileRule {
    WeakReference<ShellFacts> seen = new WeakReference<>(null);

    @Override
    public void check(DockerfileContext ctx) {
      seen = new WeakReference<>(ctx.shells());
    }
  }

  @Test
  void aFileWaitingForStartedWorkHoldsNoShellModel() throws InterruptedException {
    Peek peek = new Peek();
    List<Rule> rules = List.of(new Late(), peek);
    Linter linter =
        new Linter(
            rules, new RulePolicy(Set.of(), Set.of(), Map.of(), Map.of()), LintSettings.DEFAULTS);
    SourceText source =
        SourceText.of("Dockerfile", "FROM alpine\nRUN apk add curl && curl -f x | sh\nRUN true\n");
    Supplier<List<Finding>> pending =
        linter.startDockerfile(linter.parseDockerfile(source), BuildContext.NONE);
    for (int i = 0; i < 20 && peek.seen.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(peek.seen.get(), "the shell model is garbage once the rules have run");
    List<Finding> found = pending.get();
    assertEquals(1, found.size(), found.toString());
    assertEquals("test-late", found.get(0).code());
    assertEquals(1, found.get(0).start().line());
    assertEquals("4 commands", found.get(0).message());
  }
}
