package dev.berth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.berth.engine.PathGlob;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code java.util.regex.Pattern} constant in berth's classes is audited (the table under
 * "Regular expressions on file content" in the README): each is run, whole-input and searching, on
 * 100,000-character strings made for backtracking, within a time bound. A new constant fails {@link
 * #everyPatternConstantIsAudited} until it is added here and to the table.
 */
class RegexAuditTest {
  private static final int N = 100_000;

  /** How production code applies a pattern: to the whole input, or searching through it. */
  enum Use {
    MATCHES,
    FIND
  }

  /** The audited constants, by class and field, with how they are applied. */
  private static final Map<String, Use> AUDITED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("dev.berth.api.ForeignRuleIds.SHELLCHECK", Use.MATCHES),
              Map.entry("dev.berth.compose.model.YamlScalars.DOT_FLOAT", Use.MATCHES),
              Map.entry("dev.berth.compose.model.YamlScalars.YAML_FLOAT", Use.MATCHES),
              Map.entry("dev.berth.compose.schema.SchemaPaths.SIMPLE_KEY", Use.MATCHES),
              Map.entry("dev.berth.dockerfile.model.ImageReference.COMPONENT", Use.MATCHES),
              Map.entry("dev.berth.dockerfile.model.ImageReference.DIGEST", Use.MATCHES),
              Map.entry("dev.berth.dockerfile.model.ImageReference.DOMAIN", Use.MATCHES),
              Map.entry("dev.berth.dockerfile.model.ImageReference.TAG", Use.MATCHES),
              Map.entry("dev.berth.dockerfile.parser.Heredocs.OPERATOR", Use.MATCHES),
              Map.entry("dev.berth.dockerfile.shell.BuildkitWords.HEREDOC_OPERATOR", Use.MATCHES),
              Map.entry("dev.berth.dockerfile.shell.BuildkitWords.SIMPLE_REF", Use.FIND),
              Map.entry("dev.berth.engine.suppress.PragmaSyntax.BERTH_HEAD", Use.FIND),
              Map.entry("dev.berth.engine.suppress.PragmaSyntax.BERTH_LOOSE", Use.FIND),
              Map.entry("dev.berth.engine.suppress.PragmaSyntax.DCLINT_HEAD", Use.FIND),
              Map.entry("dev.berth.engine.suppress.PragmaSyntax.HADOLINT_CODE", Use.MATCHES),
              Map.entry("dev.berth.engine.suppress.PragmaSyntax.HADOLINT_HEAD", Use.FIND),
              Map.entry("dev.berth.engine.suppress.PragmaSyntax.HADOLINT_SHELL", Use.MATCHES),
              Map.entry("dev.berth.engine.suppress.YamlLines.BLOCK_INDICATOR", Use.FIND),
              Map.entry("dev.berth.report.SarifReporter.SHELLCHECK_CODE", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.GoValues.BYTES", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.GoValues.DECIMAL", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.GoValues.DURATION_UNIT", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.GoValues.FLOAT", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.NoDangerousDevices.DISK", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.NoDangerousDevices.MEMORY", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.NoHardcodedSecrets.ENV_LINE", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.RequireQuotesInPorts.SEXAGESIMAL", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.ServiceContainerNameRegex.NAME", Use.FIND),
              Map.entry("dev.berth.rules.compose.ValidFileMode.DECIMAL_LOOKS_OCTAL", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.ValidFileMode.OCTAL_STRING", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.ValidProjectName.NAME", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.ValidRestartPolicy.CONDITION", Use.MATCHES),
              Map.entry("dev.berth.rules.compose.ValidRestartPolicy.RESTART", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.BuildkitSyntax.STAGE_NAME", Use.FIND),
              Map.entry("dev.berth.rules.dockerfile.DL3000.DRIVE", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.DL3011$Patterns.NUMBER", Use.FIND),
              Map.entry("dev.berth.rules.dockerfile.DL3064.ALLOWED", Use.FIND),
              Map.entry("dev.berth.rules.dockerfile.DL3064.SECRET", Use.FIND),
              Map.entry(
                  "dev.berth.rules.dockerfile.FlagValueInvalid$Patterns.CHECKSUM", Use.MATCHES),
              Map.entry(
                  "dev.berth.rules.dockerfile.FlagValueInvalid$Patterns.DURATION_PART",
                  Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.FlagValueInvalid$Patterns.FROM", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.FlagValueInvalid$Patterns.OCTAL", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.InvalidBaseImagePlatform.WINDOWS", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.JsonInSingleQuotes$Patterns.ITEMS", Use.FIND),
              Map.entry("dev.berth.rules.dockerfile.JsonInSingleQuotes$Patterns.LIST", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.LabelValues.EMAIL", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.ShellCheckScripts.NAME", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.LabelValues.GIT_HASH", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.LabelValues.RFC3339", Use.MATCHES),
              Map.entry("dev.berth.rules.dockerfile.LabelValues.SEMVER", Use.MATCHES)));

  /**
   * Patterns written inline ({@code replaceAll}, {@code split}) in code that reads file content;
   * they search. A grep in {@link #inlinePatternsAreAudited} keeps this list complete.
   */
  private static final Map<String, String> INLINE =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("(?m)^\\t+", "dockerfile/model/Heredoc.java"),
              Map.entry("RTMAX-([1-9]|1[0-4])", "rules/dockerfile/InvalidStopSignal.java"),
              Map.entry("RTMIN\\+([1-9]|1[0-5])", "rules/dockerfile/InvalidStopSignal.java"),
              Map.entry("[ \\t,]", "engine/suppress/DockerfilePragmas.java"),
              Map.entry("[ \\t]+", "engine/suppress/PragmaSyntax.java"),
              Map.entry("[+-]?[0-9]{1,9}", "rules/dockerfile/InvalidStopSignal.java"),
              Map.entry("[- \\t]", "engine/suppress/YamlLines.java"),
              Map.entry("[0-9A-Fa-f.:]+", "rules/dockerfile/InvalidPort.java"),
              Map.entry("[0-9]+", "rules/dockerfile/FlagValueInvalid.java"),
              Map.entry("[0-9]{1,9}", "rules/dockerfile/InvalidPort.java"),
              Map.entry("\\s+", "rules/dockerfile/ShellCheckScripts.java"),
              Map.entry("\\t", "shellcheck/ShellCheckCache.java")));

  /**
   * Strings that make backtracking matchers of this kind of pattern take quadratic or worse time.
   */
  static List<String> adversarial() {
    List<String> out = new ArrayList<>();
    for (String unit :
        new String[] {
          " ", "\t", "a", "0", "1", "#", "=", "<", "$", "{", "-", "- ", ".", "e", "|", ">", ",",
          "DL", "SC1", "a=", " =", "\n", " \n", "\r\n", "$a", "${", "<<", "# ", "x-", "/"
        }) {
      String run = unit.repeat(N / unit.length());
      out.add(run);
      out.add(run + "\u0000");
      out.add("# a=" + run + "x");
      out.add("# a=y" + run + "z");
      out.add("# check=" + run + "#");
      out.add(" check=y" + run + "z");
      out.add(" hadolint ignore=" + run + "!");
      out.add(" berth ignore=" + run + "!");
      out.add(" dclint disable " + run + "!");
      out.add("<<" + run + "<");
      out.add("1" + run + "e+");
      out.add("key: " + run + " |2-");
    }
    return out;
  }

  static Stream<String> audited() {
    return AUDITED.keySet().stream();
  }

  static Stream<String> inline() {
    return INLINE.keySet().stream();
  }

  private static Pattern constant(String qualified) throws ReflectiveOperationException {
    int dot = qualified.lastIndexOf('.');
    Field f =
        Class.forName(qualified.substring(0, dot)).getDeclaredField(qualified.substring(dot + 1));
    f.setAccessible(true);
    return (Pattern) f.get(null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("audited")
  void patternIsLinearOnAdversarialInput(String name) throws ReflectiveOperationException {
    assertLinear(constant(name), AUDITED.get(name), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inline")
  void inlinePatternIsLinearOnAdversarialInput(String regex) {
    assertLinear(Pattern.compile(regex), Use.FIND, regex + " in " + INLINE.get(regex));
  }

  private static void assertLinear(Pattern p, Use use, String name) {
    List<String> inputs = adversarial();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          for (String input : inputs) {
            Matcher m = p.matcher(input);
            if (use == Use.MATCHES) {
              m.matches();
              continue;
            }
            int found = 0;
            while (m.find() && found++ < N) {
              // searching the whole input, as replaceAll and split do
            }
          }
        },
        name + " backtracks on adversarial input");
  }

  /**
   * The README's table of audited patterns names the class of each one, so that a pattern added to
   * the audit is also explained to readers.
   */
  @Test
  void readmeTableNamesEveryAuditedClass() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("### Regular expressions on file content");
    int end = readme.indexOf("\n#", start + 1);
    String table = readme.substring(start, end < 0 ? readme.length() : end);
    java.util.Set<String> classes = new java.util.TreeSet<>();
    for (String constant : AUDITED.keySet()) {
      String owner = constant.substring(0, constant.lastIndexOf('.'));
      owner = owner.substring(owner.lastIndexOf('.') + 1);
      classes.add(owner.contains("$") ? owner.substring(0, owner.indexOf('$')) : owner);
    }
    for (String file : INLINE.values()) {
      classes.add(file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length()));
    }
    List<String> missing = classes.stream().filter(c -> !table.contains("`" + c + "`")).toList();
    assertEquals(
        List.of(), missing, "classes with audited patterns the README table does not name");
  }

  /** Every inline pattern of the product's sources is in {@link #INLINE}. */
  @Test
  void inlinePatternsAreAudited() throws IOException {
    Pattern call =
        Pattern.compile(
            "\\.(?:replaceAll|replaceFirst|split|matches)\\(\"((?:[^\"\\\\]|\\\\.)*)\"");
    Map<String, String> found = new TreeMap<>();
    Path root = Path.of("src/main/java/dev/berth");
    List<Path> sources;
    try (Stream<Path> s = Files.walk(root)) {
      sources = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      Matcher m = call.matcher(Files.readString(source));
      while (m.find()) {
        String regex = m.group(1).replace("\\\\", "\\");
        if (regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0) {
          continue; // a one-character split is a plain string search
        }
        found.put(regex, root.relativize(source).toString().replace('\\', '/'));
      }
    }
    Map<String, String> added = new TreeMap<>(found);
    added.entrySet().removeAll(INLINE.entrySet());
    Map<String, String> removed = new TreeMap<>(INLINE);
    removed.entrySet().removeAll(found.entrySet());
    assertEquals(
        INLINE,
        found,
        "an inline pattern was added or removed: audit it and update INLINE (new: "
            + added
            + ", gone: "
            + removed
            + ")");
  }

  @Test
  void everyPatternConstantIsAudited() throws IOException, ReflectiveOperationException {
    Path classes = Path.of("target/classes");
    Map<String, String> found = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(classes)) {
      files = s.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
      name = name.substring(0, name.length() - ".class".length());
      if (name.startsWith("dev.berth.dockerfile.parser.antlr.")) {
        continue;
      }
      Class<?> c = Class.forName(name, false, getClass().getClassLoader());
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == Pattern.class) {
          String key = c.getName() + "." + f.getName();
          found.put(key, Modifier.isStatic(f.getModifiers()) ? "static" : "instance");
        }
      }
    }
    Map<String, String> expected = new TreeMap<>();
    AUDITED.keySet().forEach(a -> expected.put(a, "static"));
    assertEquals(
        expected,
        found,
        "a Pattern field was added or removed: audit it for backtracking, add it to AUDITED and to"
            + " the README's table of regular expressions on file content");
  }

  /**
   * {@code exclude} patterns come from config files in the linted repository: many stars on a long
   * path made the regex translation take exponential time.
   */
  @Test
  void pathGlobsWithManyStarsAreLinear() {
    String path = "a".repeat(4000) + "/" + "a".repeat(4000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (String glob :
              new String[] {
                "*a*a*a*a*a*a*a*a*a*a*a*a*b",
                "**/*a*a*a*a*a*a*a*a*b",
                "**a**a**a**a**a**a**b/",
                "a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*[!a]"
              }) {
            PathGlob g = PathGlob.compile(glob);
            assertEquals(false, g.matches(path, false), glob);
            assertEquals(false, g.matches(path, true), glob);
          }
        });
  }
}
