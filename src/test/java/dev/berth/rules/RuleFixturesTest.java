package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.ShellCheckInstalled;
import dev.berth.api.Fixability;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.core.Applicability;
import dev.berth.core.Finding;
import dev.berth.engine.FileType;
import dev.berth.engine.fix.FixResult;
import dev.berth.engine.fix.Fixer;
import dev.berth.engine.fix.Relinter;
import dev.berth.engine.fix.UnifiedDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code src/test/resources/fixtures}: its findings are exactly its markers, a
 * rule's findings carry fixes as its metadata promises, and when the fixture has a golden {@code
 * NAME.fixed.EXT} beside it, the fixer turns the fixture into exactly that file and then finds
 * nothing more to fix in it. Run with {@code -Dberth.update=true} to (re)write goldens.
 */
class RuleFixturesTest {
  static final Path ROOT = Path.of("src/test/resources/fixtures");

  /** The rule whose fixtures need the shellcheck program. */
  static final String SHELLCHECK = "ShellCheck";

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().contains(".fixed."))
          .filter(p -> FixtureRunner.contextOf(ROOT.relativize(p)).isEmpty())
          .filter(p -> !ROOT.relativize(p).startsWith(ProjectFixturesTest.DIR))
          .sorted()
          .toList();
    }
  }

  static Stream<Path> fixtureNames() throws IOException {
    return fixtures().stream().map(ROOT::relativize);
  }

  static FileType typeOf(Path relative) {
    return relative.startsWith("compose") ? FileType.COMPOSE : FileType.DOCKERFILE;
  }

  /** {@code dir/NAME.EXT} becomes {@code dir/NAME.fixed.EXT}. */
  static Path goldenOf(Path fixture) {
    String name = fixture.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String golden =
        dot < 0 ? name + ".fixed" : name.substring(0, dot) + ".fixed" + name.substring(dot);
    return fixture.resolveSibling(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureNames")
  void fixture(Path relative) throws IOException {
    Fixture f =
        Fixture.parse(
            relative.toString().replace('\\', '/'), Files.readAllBytes(ROOT.resolve(relative)));
    assertTrue(
        !f.expectations().isEmpty() || f.header().containsKey("clean"),
        relative
            + " has no '# expect:' marker (mark a file meant to be clean with '# berth-test: "
            + "clean=yes')");
    if (FixtureRunner.ruleIds(f).contains(SHELLCHECK)) {
      ShellCheckInstalled.require();
    }
    FixtureRunner.Outcome o = FixtureRunner.run(f, typeOf(relative));
    assertTrue(o.passed(), () -> FixtureRunner.annotated(f, o));
    fixesMatchMetadata(f, o.all());
    fixedGolden(f, relative, o.all());
  }

  /** A rule that never fixes reports no fix; a rule that always fixes reports one every time. */
  private static void fixesMatchMetadata(Fixture f, List<Finding> findings) {
    Map<String, RuleMeta> metas =
        BuiltinRules.all().stream()
            .map(Rule::meta)
            .collect(Collectors.toMap(RuleMeta::id, Function.identity()));
    for (Finding x : findings) {
      RuleMeta m = metas.get(x.code());
      if (m == null) {
        m = metas.values().stream().filter(r -> r.reportsCode(x.code())).findFirst().orElseThrow();
      }
      String where = f.name() + ":" + x.start() + " " + x.code();
      if (m.fix() == Fixability.NONE) {
        assertFalse(
            x.fix().isPresent(), where + ": the rule is marked fix=NONE but reported a fix");
      } else if (m.fix() == Fixability.ALWAYS) {
        assertTrue(
            x.fix().isPresent(), where + ": the rule is marked fix=ALWAYS but reported no fix");
      }
    }
  }

  private static void fixedGolden(Fixture f, Path relative, List<Finding> findings)
      throws IOException {
    Path golden = ROOT.resolve(goldenOf(relative));
    boolean fixable =
        findings.stream()
            .anyMatch(
                x -> x.fix().isPresent() && x.fix().get().applicability() == Applicability.SAFE);
    if (!fixable) {
      assertFalse(
          Files.exists(golden),
          golden + " exists, but no finding of " + relative + " has a safe fix");
      return;
    }
    FileType type = typeOf(relative);
    FixResult result = FixtureRunner.fix(f, type);
    if (Boolean.getBoolean("berth.update")) {
      Files.write(golden, result.bytes());
    }
    assertTrue(
        Files.exists(golden),
        relative
            + " has fixable findings but no "
            + golden.getFileName()
            + "; run 'mvn test -Dtest=RuleFixturesTest -Dberth.update=true' and review it");
    assertEquals(
        FixResult.Status.FIXED, result.status(), relative + ": the fixer stopped early: " + result);
    byte[] expected = Files.readAllBytes(golden);
    assertTrue(
        Arrays.equals(expected, result.bytes()),
        () ->
            relative
                + ": the fixes do not produce "
                + golden.getFileName()
                + ":\n"
                + UnifiedDiff.of(golden.getFileName().toString(), expected, result.bytes()));

    Relinter relinter = FixtureRunner.relinter(f, type);
    FixResult again = new Fixer().fix(expected, relinter);
    assertEquals(
        FixResult.Status.NOTHING_TO_FIX,
        again.status(),
        () -> golden.getFileName() + " still has fixable findings: " + again.remaining());
    assertTrue(Arrays.equals(expected, again.bytes()));

    Relinter.Linted before = relinter.lint(f.bytes());
    Relinter.Linted after = relinter.lint(expected);
    assertFalse(
        after.hasParseError(), golden.getFileName() + " does not parse: " + after.syntaxProblems());
    assertEquals(
        List.of(),
        before.problemsAddedIn(after),
        golden.getFileName() + " has syntax problems the fixture has not");
  }
}
