package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.Rule;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.engine.ComposeSettings;
import dev.berth.engine.FileDiscovery;
import dev.berth.engine.LintRunner;
import dev.berth.engine.LintTarget;
import dev.berth.engine.Linter;
import dev.berth.engine.UsageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project fixtures: a folder {@code fixtures/project/ID[_variant]/} holding a compose project
 * (compose files, Dockerfiles, {@code .dockerignore}, {@code .env}), linted as {@code berth lint}
 * lints a folder. Every file may hold {@code # expect:} markers (see {@link Fixture}); together
 * they must be exactly the findings, each in its own file. The header ({@code # berth-test:} in any
 * file) may say {@code rules=A,B}, {@code profile=P,Q} ({@code --profile}), {@code
 * compose-files=a.yaml,b.yaml} ({@code --compose-file}, in order), {@code lint=PATH,...} (what to
 * lint instead of the whole folder), {@code follow-builds=yes} and {@code fix=yes} (lint under
 * {@code --fix}, on a copy of the folder).
 */
class ProjectFixturesTest {
  /** The folder of project fixtures, under {@link RuleFixturesTest#ROOT}. */
  static final Path DIR = Path.of("project");

  static Stream<String> projects() throws IOException {
    Path root = RuleFixturesTest.ROOT.resolve(DIR);
    if (!Files.isDirectory(root)) {
      return Stream.empty();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /** A project fixture's files with their markers, keyed by path relative to its folder. */
  static Map<String, Fixture> files(Path folder) throws IOException {
    Map<String, Fixture> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String rel = folder.relativize(p).toString().replace('\\', '/');
        out.put(rel, Fixture.parse(rel, Files.readAllBytes(p)));
      }
    }
    return out;
  }

  /** The header of a project fixture: the headers of all its files together. */
  static Map<String, String> header(Map<String, Fixture> files) {
    Map<String, String> out = new LinkedHashMap<>();
    files.values().forEach(f -> out.putAll(f.header()));
    return out;
  }

  /** The rule ids a project fixture runs: its header's, else the folder name's. */
  static Set<String> ruleIds(String name, Map<String, String> header) {
    Fixture probe = new Fixture(name, new byte[0], List.of(), header);
    return FixtureRunner.ruleIds(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void project(String name) throws IOException, UsageException {
    Path source = RuleFixturesTest.ROOT.resolve(DIR).resolve(name);
    Map<String, Fixture> files = files(source);
    Map<String, String> header = header(files);
    assertTrue(
        files.values().stream().anyMatch(f -> !f.expectations().isEmpty())
            || header.containsKey("clean"),
        name + " has no '# expect:' marker");
    Path work = Files.createTempDirectory("berth-project-fixture");
    try {
      copy(source, work);
      List<Finding> findings = lint(name, work, header);
      List<Finding> unexpected = new ArrayList<>(findings);
      List<String> unmet = new ArrayList<>();
      for (Map.Entry<String, Fixture> e : files.entrySet()) {
        for (Fixture.Expectation x : e.getValue().expectations()) {
          Optional<Finding> match =
              unexpected.stream()
                  .filter(f -> f.file().equals(e.getKey()))
                  .filter(f -> f.code().equals(x.id()))
                  .filter(f -> f.start().line() == x.line() && f.start().column() == x.column())
                  .filter(f -> x.messagePart() == null || f.message().contains(x.messagePart()))
                  .findFirst();
          if (match.isPresent()) {
            unexpected.remove(match.get());
          } else {
            unmet.add(
                e.getKey() + ": " + x.describe() + " (marker on line " + x.markerLine() + ")");
          }
        }
      }
      StringBuilder got = new StringBuilder();
      for (Finding f : findings) {
        got.append(String.format("%n  %s:%s %s %s", f.file(), f.start(), f.code(), f.message()));
      }
      assertEquals(List.of(), unmet, () -> name + ": unmet markers; found:" + got);
      assertEquals(
          List.of(),
          unexpected.stream().map(f -> f.file() + ":" + f.start() + " " + f.code()).toList(),
          () -> name + ": unexpected findings; found:" + got);
    } finally {
      delete(work);
    }
  }

  /** Lints the copy of a project fixture as its header says; file names relative to it. */
  static List<Finding> lint(String name, Path work, Map<String, String> header)
      throws UsageException {
    Fixture probe = new Fixture(name, new byte[0], List.of(), header);
    List<Rule> extra = List.of();
    Linter linter = FixtureRunner.linter(probe, extra);
    List<String> paths = new ArrayList<>();
    for (String p : list(header.get("lint"))) {
      paths.add(work.resolve(p).toString());
    }
    if (paths.isEmpty()) {
      paths.add(work.toString());
    }
    List<LintTarget> targets =
        new FileDiscovery(Optional.empty(), List.of(), work).discover(paths, null);
    List<Path> composeFiles =
        list(header.get("compose-files")).stream().map(work::resolve).toList();
    LintRunner runner =
        new LintRunner(linter, LintRunner.DEFAULT_MAX_FILE_SIZE, 1)
            .withWorkingDirectory(work)
            .withCompose(
                new ComposeSettings(Map.of(), Optional.empty(), Optional.empty())
                    .withProjects(
                        composeFiles,
                        list(header.get("profile")),
                        "yes".equals(header.get("follow-builds"))));
    if ("yes".equals(header.get("fix"))) {
      runner.fixing(LintRunner.FixMode.APPLY, Set.of());
    }
    LintRunner.Outcome outcome = runner.run(targets, new ByteArrayInputStream(new byte[0]));
    assertEquals(List.of(), outcome.errors(), name + ": errors");
    String prefix = work.toString().replace('\\', '/') + "/";
    List<Finding> out = new ArrayList<>();
    for (FileResult r : outcome.results()) {
      for (Finding f : r.findings()) {
        String file = f.file().startsWith(prefix) ? f.file().substring(prefix.length()) : f.file();
        String message = f.message().replace(prefix, "");
        out.add(
            new Finding(file, f.span(), f.start(), f.end(), f.code(), f.level(), message, f.fix()));
      }
    }
    return out;
  }

  private static List<String> list(String value) {
    return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
