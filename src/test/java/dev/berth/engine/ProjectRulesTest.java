package dev.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.Rule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.User;
import dev.berth.rules.dockerfile.CopyIgnoredFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project rules see a compose file with the Dockerfiles its services build, and may report in any
 * of them. Proven with a rule that exists only here.
 */
class ProjectRulesTest {
  @TempDir Path dir;

  /** Flags a service whose image's last stage has no USER: at the service and at the FROM. */
  @RuleInfo(
      id = "test-service-runs-as-root",
      name = "test-service-runs-as-root",
      level = Level.WARNING,
      category = Category.SECURITY,
      summary = "A test-only project rule.")
  static final class ServiceRunsAsRoot implements ProjectRule {
    @Override
    public void check(ProjectContext ctx) {
      MapNode services = (MapNode) ctx.compose().rootMap().get().get("services").get();
      ctx.dockerfiles()
          .forEach(
              (service, dockerfile) -> {
                List<Stage> stages = dockerfile.stages();
                Stage last = stages.get(stages.size() - 1);
                if (last.instructions(User.class).isEmpty()) {
                  ctx.report(
                      dockerfile.source(), last.from().get().span(), "final stage runs as root");
                  ctx.report(
                      ctx.compose().source(),
                      services.entry(service).get().key().span(),
                      "service " + service + " runs as root");
                }
              });
    }
  }

  /** Counts the Dockerfiles it checks, and reports nothing. */
  @RuleInfo(
      id = "test-counts-dockerfiles",
      name = "test-counts-dockerfiles",
      level = Level.WARNING,
      category = Category.CORRECTNESS,
      summary = "A test-only Dockerfile rule.")
  static final class CountsDockerfiles implements DockerfileRule {
    final AtomicInteger checked = new AtomicInteger();

    @Override
    public void check(DockerfileContext ctx) {
      checked.incrementAndGet();
    }
  }

  /** A target named on the command line, by its path under the test folder. */
  private LintTarget target(String name, FileType type) {
    return new LintTarget(Optional.of(dir.resolve(name)), name, type, true);
  }

  private void write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void projectRulesReportInTheComposeFileAndTheDockerfilesItBuilds() throws IOException {
    write(
        "app/compose.yaml",
        String.join(
            "\n",
            "services:",
            "  web:",
            "    build: ./web",
            "  api:",
            "    build:",
            "      context: .",
            "      dockerfile: api.Dockerfile",
            "  worker:",
            "    build:",
            "      context: ./worker",
            "  inline:",
            "    build:",
            "      dockerfile_inline: |",
            "        FROM alpine",
            "        USER 1000",
            "  remote:",
            "    build: https://github.com/example/repo.git",
            ""));
    write("app/web/Dockerfile", "FROM alpine:3.20\nRUN true\n");
    write("app/api.Dockerfile", "FROM alpine:3.20\nUSER 1000\n");
    write(
        "app/worker/Dockerfile",
        "# berth ignore=test-service-runs-as-root the worker needs root\nFROM alpine:3.20\n");
    List<Rule> rules = List.of(new ServiceRunsAsRoot());
    Linter linter =
        new Linter(
            rules, new RulePolicy(Set.of(), Set.of(), Map.of(), Map.of()), LintSettings.DEFAULTS);
    LintRunner runner =
        new LintRunner(linter, LintRunner.DEFAULT_MAX_FILE_SIZE, 2).withWorkingDirectory(dir);
    LintRunner.Outcome outcome =
        runner.run(
            List.of(
                target("app/compose.yaml", FileType.COMPOSE),
                target("app/web/Dockerfile", FileType.DOCKERFILE)),
            new ByteArrayInputStream(new byte[0]));
    assertEquals(List.of(), outcome.errors());
    List<String> got = new ArrayList<>();
    for (FileResult r : outcome.results()) {
      for (Finding f : r.findings()) {
        got.add(r.file() + " " + f.file() + ":" + f.start() + " " + f.message());
      }
    }
    assertEquals(
        List.of(
            "app/compose.yaml app/compose.yaml:2:3 service web runs as root",
            "app/compose.yaml app/compose.yaml:8:3 service worker runs as root",
            "app/web/Dockerfile app/web/Dockerfile:1:1 final stage runs as root"),
        got);
    assertEquals(
        2, outcome.results().size(), "the web Dockerfile's findings merge into its own result");
  }

  @Test
  void aBuiltDockerfileIsCheckedAgainstItsServiceContextByTheContextRulesAlone()
      throws IOException {
    write(
        "app/compose.yaml",
        "services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n");
    write("app/.dockerignore", "secrets\n");
    write("app/secrets/key", "k\n");
    write("app/docker/Dockerfile", "FROM alpine:3.20\nCOPY secrets /run/secrets\n");
    CountsDockerfiles counter = new CountsDockerfiles();
    Linter linter =
        new Linter(
            List.of(new CopyIgnoredFile(), counter), RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    LintRunner runner =
        new LintRunner(linter, LintRunner.DEFAULT_MAX_FILE_SIZE, 1).withWorkingDirectory(dir);
    LintRunner.Outcome outcome =
        runner.run(
            List.of(target("app/compose.yaml", FileType.COMPOSE)),
            new ByteArrayInputStream(new byte[0]));
    List<String> got = new ArrayList<>();
    for (FileResult r : outcome.results()) {
      for (Finding f : r.findings()) {
        got.add(f.file() + ":" + f.start() + " " + f.code());
      }
    }
    assertEquals(List.of("app/docker/Dockerfile:2:6 CopyIgnoredFile"), got);
    assertEquals(0, counter.checked.get(), "the file's other rules belong to its own lint");
  }

  @Test
  void dockerfilesOfAComposeFileAreParsedOnlyWhenAProjectRuleRuns() {
    Linter linter = new Linter(List.of(), RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    assertEquals(false, linter.hasProjectRules());
    assertEquals(List.of(), linter.lintProject(null, LintRunner.DEFAULT_MAX_FILE_SIZE));
  }
}
