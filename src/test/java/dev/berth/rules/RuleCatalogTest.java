package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.ShellCheckInstalled;
import dev.berth.api.Family;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.docs.RuleIndex;
import dev.berth.engine.FileType;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the rule catalogue honest: every rule registered, final and stateless, with a unique id, a
 * document whose examples behave as they say, a fixture, and an up-to-date index.
 */
class RuleCatalogTest {
  private static final Path DOCS = Path.of("rules");

  /** Rules that no input can trigger, with the reason; they need no fixture. */
  private static final Map<String, String> WITHOUT_FIXTURE =
      Map.of(
          "DL1000",
          "reported only when berth's grammar cannot place a construct, which is a berth bug");

  static Stream<RuleMeta> metas() {
    return BuiltinRules.all().stream().map(Rule::meta);
  }

  @Test
  void idsNamesAndAliasesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (RuleMeta m : metas().toList()) {
      assertTrue(seen.add(m.id()), "duplicate id " + m.id());
      for (String alias : m.aliases()) {
        assertTrue(!alias.equals(m.id()), m.id() + " lists itself as alias");
      }
    }
    for (RuleMeta m : metas().toList()) {
      for (String alias : m.aliases()) {
        if (!alias.equals("DL1000")) {
          assertFalse(seen.contains(alias), m.id() + ": alias " + alias + " is another rule's id");
        }
      }
    }
  }

  @Test
  void idsFollowTheirFamilyConvention() {
    Pattern dockerfile = Pattern.compile("DL\\d{4}|[A-Z][A-Za-z0-9]+");
    Pattern compose = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    for (RuleMeta m : metas().toList()) {
      Pattern p = m.family() == Family.DOCKERFILE ? dockerfile : compose;
      assertTrue(
          p.matcher(m.id()).matches(),
          m.id() + " does not follow the " + m.family() + " id convention");
      assertTrue(
          compose.matcher(m.name()).matches(),
          m.id() + ": name " + m.name() + " is not kebab-case");
      assertFalse(m.summary().isBlank(), m.id() + " has no summary");
    }
  }

  @Test
  void everyRuleClassIsRegisteredFinalAndStateless() throws IOException {
    Path classes = Path.of("target/classes/dev/berth/rules");
    List<String> registered = BuiltinRules.all().stream().map(r -> r.getClass().getName()).toList();
    try (Stream<Path> s = Files.walk(classes)) {
      for (Path p :
          s.filter(x -> x.toString().endsWith(".class") && !x.toString().contains("$")).toList()) {
        String name =
            "dev.berth.rules."
                + classes.relativize(p).toString().replace('/', '.').replace(".class", "");
        Class<?> c;
        try {
          c = Class.forName(name);
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (!Rule.class.isAssignableFrom(c)
            || c.isInterface()
            || Modifier.isAbstract(c.getModifiers())) {
          continue;
        }
        assertTrue(registered.contains(name), name + " is a rule but not in BuiltinRules.all()");
        assertTrue(Modifier.isFinal(c.getModifiers()), name + " must be final");
        for (Field f : c.getDeclaredFields()) {
          assertTrue(
              Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()),
              name + "." + f.getName() + ": rules must be stateless (only static final fields)");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("metas")
  void hasDocumentWithWorkingExamples(RuleMeta m) throws IOException {
    Path doc = DOCS.resolve(m.docPath());
    assertTrue(Files.exists(doc), m.id() + ": missing document " + doc);
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("## Why\n"),
        doc + " must start with '## Why' (the title comes from metadata)");
    Matcher blocks =
        Pattern.compile("```(dockerfile|yaml) (bad|good)\\n(.*?)```", Pattern.DOTALL).matcher(text);
    if (m.id().equals(RuleFixturesTest.SHELLCHECK) && text.contains("```dockerfile ")) {
      ShellCheckInstalled.require();
    }
    FileType type = m.family() == Family.COMPOSE ? FileType.COMPOSE : FileType.DOCKERFILE;
    String fileName = type == FileType.COMPOSE ? "compose.yaml" : "Dockerfile";
    Map<String, String> header = new HashMap<>(Map.of("rules", m.id()));
    Matcher ignore = Pattern.compile("```dockerignore\n(.*?)```", Pattern.DOTALL).matcher(text);
    if (ignore.find()) {
      // the examples' build context holds this .dockerignore
      Path context = Files.createTempDirectory("berth-doc-context");
      context.toFile().deleteOnExit();
      Path file =
          Files.writeString(
              context.resolve(".dockerignore"), ignore.group(1), StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      header.put("context", context.toString());
    }
    // settings the examples need (DL3026's trusted registries, a label schema), hidden from readers
    Matcher settings = Pattern.compile("<!-- berth-test: (.*?) -->").matcher(text);
    while (settings.find()) {
      for (String kv : settings.group(1).trim().split("\\s+")) {
        int eq = kv.indexOf('=');
        header.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    while (blocks.find()) {
      boolean bad = blocks.group(2).equals("bad");
      Fixture f =
          new Fixture(
              m.id() + "/" + fileName,
              blocks.group(3).getBytes(StandardCharsets.UTF_8),
              List.of(),
              header);
      FixtureRunner.Outcome o = FixtureRunner.run(f, type);
      boolean fired = o.all().stream().anyMatch(x -> m.reportsCode(x.code()));
      assertEquals(
          bad,
          fired,
          doc
              + ": a '"
              + blocks.group(2)
              + "' example "
              + (bad ? "does not trigger" : "triggers")
              + " the rule:\n"
              + blocks.group(3));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("metas")
  void hasFixture(RuleMeta m) throws IOException {
    if (WITHOUT_FIXTURE.containsKey(m.id())) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Path p : RuleFixturesTest.fixtures()) {
      Fixture f = Fixture.parse(p.toString(), Files.readAllBytes(p));
      if (FixtureRunner.ruleIds(f).contains(m.id())) {
        names.add(p.toString());
      }
    }
    assertFalse(names.isEmpty(), m.id() + " has no fixture under " + RuleFixturesTest.ROOT);
  }

  @Test
  void everyDocumentBelongsToARule() throws IOException {
    Set<String> paths = new HashSet<>(metas().map(RuleMeta::docPath).toList());
    try (Stream<Path> s = Files.walk(DOCS)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".md")).toList()) {
        String rel = DOCS.relativize(p).toString().replace('\\', '/');
        if (rel.equals("README.md")) {
          continue;
        }
        assertTrue(paths.contains(rel), p + " documents no rule");
      }
    }
  }

  @Test
  void indexIsFresh() throws IOException {
    String expected = RuleIndex.markdown(metas().toList());
    Path index = DOCS.resolve("README.md");
    if (Boolean.getBoolean("berth.update")) {
      Files.writeString(index, expected, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(index), "rules/README.md is missing; run the tests with -Dberth.update=true");
    assertEquals(
        expected,
        Files.readString(index, StandardCharsets.UTF_8),
        "rules/README.md is stale; run 'mvn test -Dtest=RuleCatalogTest -Dberth.update=true'");
  }
}
