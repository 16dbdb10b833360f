package dev.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules see a Dockerfile's build context and its .dockerignore the way BuildKit finds them. */
class BuildContextTest {
  @TempDir Path dir;

  /** Reports the build context and the ignore patterns it sees, as "context|patterns". */
  @RuleInfo(id = "ContextProbe", name = "context-probe", level = Level.INFO, category = Category.BEST_PRACTICE, summary = "Test probe.")
  static final class ContextProbe implements DockerfileRule {
    @Override
    public void check(DockerfileContext ctx) {
      String context = ctx.buildContext().map(Path::toString).orElse("-");
      String patterns = ctx.dockerignore().map(d -> String.join(",", d.patterns())).orElse("-");
      ctx.report(Span.empty(0), context + "|" + patterns);
    }
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String seen(LintSettings settings, Optional<Path> file) {
    Linter linter = new Linter(List.of(new ContextProbe()), RulePolicy.DEFAULTS, settings);
    List<Finding> f = linter.lintDockerfile(SourceText.of("Dockerfile", "FROM alpine\n"), file);
    return f.get(0).message();
  }

  @Test
  void theDefaultContextIsTheDockerfilesFolder() throws IOException {
    Path file = write("app/Dockerfile", "FROM alpine\n");
    assertEquals(dir.resolve("app") + "|-", seen(LintSettings.DEFAULTS, Optional.of(file)));
    write("app/.dockerignore", "# deps\nnode_modules\n!node_modules/keep\n");
    assertEquals(dir.resolve("app") + "|node_modules,!node_modules/keep", seen(LintSettings.DEFAULTS, Optional.of(file)));
  }

  @Test
  void anIgnoreFileNamedAfterTheDockerfileWins() throws IOException {
    Path file = write("app/build.Dockerfile", "FROM alpine\n");
    write("app/.dockerignore", "everything\n");
    write("app/build.Dockerfile.dockerignore", "only-this\n");
    assertEquals(dir.resolve("app") + "|only-this", seen(LintSettings.DEFAULTS, Optional.of(file)));
    LintSettings elsewhere = LintSettings.DEFAULTS.withBuildContext(Optional.of(dir.resolve("ctx")));
    Files.createDirectories(dir.resolve("ctx"));
    assertEquals(dir.resolve("ctx") + "|only-this", seen(elsewhere, Optional.of(file)));
  }

  @Test
  void aGivenContextIsWhereDotDockerignoreIsRead() throws IOException {
    Path file = write("docker/Dockerfile", "FROM alpine\n");
    write("docker/.dockerignore", "not-this\n");
    write(".dockerignore", "*.tmp\n");
    LintSettings settings = LintSettings.DEFAULTS.withBuildContext(Optional.of(dir));
    assertEquals(dir + "|*.tmp", seen(settings, Optional.of(file)));
    assertEquals(dir + "|*.tmp", seen(settings, Optional.empty()));
    assertEquals("-|-", seen(LintSettings.DEFAULTS, Optional.empty()));
  }

  @Test
  void theRunnerPassesTheFileItRead() throws IOException {
    Path file = write("svc/Dockerfile", "FROM alpine\n");
    write("svc/.dockerignore", "target\n");
    Linter linter = new Linter(List.of(new ContextProbe()), RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    LintRunner.Outcome o =
        new LintRunner(linter, LintRunner.DEFAULT_MAX_FILE_SIZE, 1)
            .run(
                List.of(new LintTarget(Optional.of(file), "svc/Dockerfile", FileType.DOCKERFILE, true)),
                new ByteArrayInputStream(new byte[0]));
    assertEquals(dir.resolve("svc") + "|target", o.results().get(0).findings().get(0).message());
  }
}
