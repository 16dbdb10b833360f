package dev.berth.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook as a user meets it: a git repository with a bad Dockerfile and a bad compose
 * file, the hook run from this repository by {@code pre-commit try-repo} (which clones it and lets
 * the launcher build the jar), failing with berth's findings, then passing once the files are
 * fixed. Needs git and pre-commit (Debian's package); the first run builds berth with Maven.
 */
class PreCommitHookTest {
  @TempDir Path dir;

  @Test
  void hookFailsOnBadFilesAndPassesOnFixedOnes() throws IOException, InterruptedException {
    Programs.require("git", "pre-commit", "mvn");
    Path repo = Files.createDirectories(dir.resolve("app"));
    Map<String, String> env =
        Map.of(
            "PRE_COMMIT_HOME", dir.resolve("pre-commit-cache").toString(),
            "GIT_AUTHOR_NAME", "t",
            "GIT_AUTHOR_EMAIL", "t@example.com",
            "GIT_COMMITTER_NAME", "t",
            "GIT_COMMITTER_EMAIL", "t@example.com");
    git(repo, env, "init", "-q");
    write(repo, "Dockerfile", "FROM alpine:3.20\nENV APP_HOME\n");
    write(
        repo,
        "deploy/compose.yaml",
        "version: \"3.8\"\nservices:\n  web:\n    image: nginx:1.27\n");
    write(repo, "README.md", "not linted\n");
    git(repo, env, "add", "-A");

    Programs.Result bad = tryRepo(repo, env);
    assertTrue(bad.exit() != 0, bad.output());
    assertTrue(bad.output().contains("Failed"), bad.output());
    assertTrue(
        bad.output().contains("Dockerfile:2:5: error: ENV APP_HOME has no value"), bad.output());
    assertTrue(
        bad.output().contains("deploy/compose.yaml:1:1: warning:")
            && bad.output().contains("[no-version-field]"),
        bad.output());

    write(repo, "Dockerfile", "FROM alpine:3.20\nENV APP_HOME=/srv/app\n");
    write(repo, "deploy/compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
    git(repo, env, "add", "-A");
    Programs.Result good = tryRepo(repo, env);
    assertEquals(0, good.exit(), good.output());
    assertTrue(good.output().contains("Passed"), good.output());
  }

  private static Programs.Result tryRepo(Path repo, Map<String, String> env)
      throws IOException, InterruptedException {
    return Programs.run(
        repo,
        env,
        900,
        "pre-commit",
        "try-repo",
        Programs.repository().toString(),
        "berth",
        "--all-files",
        "--color",
        "never");
  }

  private static void git(Path repo, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Programs.Result r = Programs.run(repo, env, 60, command);
    assertEquals(0, r.exit(), r.output());
  }

  private static void write(Path repo, String name, String text) throws IOException {
    Path p = repo.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
