package dev.berth.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.cli.CliRunner;
import dev.berth.report.SarifSchemas;
import dev.berth.report.XmlParse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CI and editor set-ups under {@code samples/integrations}, as the README shows them: each file
 * appears in the README verbatim, each {@code berth lint} command line in it runs against {@code
 * samples/} and produces a report its consumer can read, and the patterns the editors match the
 * {@code gnu} format with match every line berth prints.
 */
class IntegrationSnippetsTest {
  private static final Path SNIPPETS = Path.of("samples/integrations");
  private static final Pattern COMMAND = Pattern.compile("berth(\\\\ | )lint([^'\"\\n]*)");

  @TempDir Path dir;

  static Stream<String> snippets() throws IOException {
    try (Stream<Path> s = Files.list(SNIPPETS)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void readmeShowsTheSnippetVerbatim(String name) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String snippet = Files.readString(SNIPPETS.resolve(name), StandardCharsets.UTF_8);
    assertTrue(readme.contains(snippet), "README.md does not show " + SNIPPETS.resolve(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void everyCommandLineRunsAgainstTheSamples(String name) throws IOException {
    String snippet = Files.readString(SNIPPETS.resolve(name), StandardCharsets.UTF_8);
    Matcher m = COMMAND.matcher(snippet);
    int commands = 0;
    while (m.find()) {
      commands++;
      List<String> args = new ArrayList<>(List.of("lint", "--no-shellcheck"));
      String format = "gnu";
      Path output = null;
      String[] words = m.group(2).trim().replace("\\ ", " ").split(" +");
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        if (w.equals("--output")) {
          output = dir.resolve(words[++i]);
          args.add(w);
          args.add(output.toString());
        } else if (w.equals("--format")) {
          format = words[i + 1];
          args.add(w);
        } else if (w.equals(".")
            || w.equals("%")
            || w.equals("$FilePath$")
            || w.equals("${workspaceFolder}")) {
          args.add("samples/"); // the path the user's set-up lints
        } else {
          args.add(w);
        }
      }
      CliRunner.Run run =
          CliRunner.run(
              Path.of("").toAbsolutePath(), new byte[0], Map.of(), args.toArray(String[]::new));
      assertTrue(run.exit() == 0 || run.exit() == 1, name + ": " + args + "\n" + run.err());
      String report = output == null ? run.out() : Files.readString(output);
      assertFalse(report.isBlank(), name + ": " + args + " printed nothing");
      checkReadable(format, report);
    }
    assertTrue(commands > 0, name + " runs no berth lint command");
  }

  private static void checkReadable(String format, String report) throws IOException {
    switch (format) {
      case "sarif" -> SarifSchemas.oasis().validate(new JSONObject(report));
      case "codeclimate" -> {
        JSONArray issues = new JSONArray(report);
        assertTrue(issues.length() > 0);
        JSONObject first = issues.getJSONObject(0);
        assertTrue(first.has("fingerprint") && first.has("location"), first.toString());
      }
      case "checkstyle" -> XmlParse.parse(report);
      case "github" -> {
        for (String line : report.split("\n")) {
          assertTrue(line.matches("::(error|warning|notice) file=[^,]+,line=\\d+.*"), line);
        }
      }
      default -> {
        for (String line : report.split("\n")) {
          assertTrue(line.matches("[^:]+:\\d+:\\d+: [a-z]+: .*"), line);
        }
      }
    }
  }

  /** The gnu lines of the samples, with what each must say: file, line, column, level. */
  private record Line(String text, String file, int line, int column, String level) {}

  private static List<Line> gnuLines() {
    CliRunner.Run run =
        CliRunner.run(
            Path.of("").toAbsolutePath(),
            new byte[0],
            Map.of(),
            "lint",
            "--no-shellcheck",
            "--format",
            "json",
            "samples/");
    JSONArray findings = new JSONArray(run.out());
    CliRunner.Run gnu =
        CliRunner.run(
            Path.of("").toAbsolutePath(),
            new byte[0],
            Map.of(),
            "lint",
            "--no-shellcheck",
            "--format",
            "gnu",
            "samples/");
    String[] texts = gnu.out().split("\n");
    assertEquals(findings.length(), texts.length, gnu.out());
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      JSONObject f = findings.getJSONObject(i);
      out.add(
          new Line(
              texts[i],
              f.getString("file"),
              f.getInt("line"),
              f.getInt("column"),
              f.getString("level")));
    }
    assertTrue(out.size() > 10, "the samples show too few findings to test the patterns");
    return out;
  }

  @Test
  void vscodeProblemMatcherReadsEveryLine() throws IOException {
    JSONObject tasks = new JSONObject(Files.readString(SNIPPETS.resolve("vscode-tasks.json")));
    JSONObject pattern =
        tasks
            .getJSONArray("tasks")
            .getJSONObject(0)
            .getJSONObject("problemMatcher")
            .getJSONObject("pattern");
    Pattern p = Pattern.compile(pattern.getString("regexp"));
    for (Line l : gnuLines()) {
      Matcher m = p.matcher(l.text());
      assertTrue(m.matches(), l.text());
      assertEquals(l.file(), m.group(pattern.getInt("file")));
      assertEquals(l.line(), Integer.parseInt(m.group(pattern.getInt("line"))));
      assertEquals(l.column(), Integer.parseInt(m.group(pattern.getInt("column"))));
      assertEquals(l.level(), m.group(pattern.getInt("severity")));
    }
  }

  @Test
  void intellijOutputFilterReadsEveryLine() throws IOException {
    String xml = Files.readString(SNIPPETS.resolve("intellij-external-tool.xml"));
    Matcher regexp = Pattern.compile("name=\"REGEXP\" value=\"([^\"]*)\"").matcher(xml);
    assertTrue(regexp.find());
    // IntelliJ's macros: $FILE_PATH$ a path, $LINE$ and $COLUMN$ numbers.
    String filter =
        regexp
            .group(1)
            .replace("$FILE_PATH$", "(?<file>[^:]+)")
            .replace("$LINE$", "(?<line>[0-9]+)")
            .replace("$COLUMN$", "(?<column>[0-9]+)");
    Pattern p = Pattern.compile(filter);
    for (Line l : gnuLines()) {
      Matcher m = p.matcher(l.text());
      assertTrue(m.matches(), l.text());
      assertEquals(l.file(), m.group("file"));
      assertEquals(l.line(), Integer.parseInt(m.group("line")));
      assertEquals(l.column(), Integer.parseInt(m.group("column")));
    }
  }

  @Test
  void vimErrorformatReadsEveryLine() throws IOException {
    String vimrc = Files.readString(SNIPPETS.resolve("vimrc"));
    Matcher efm = Pattern.compile("errorformat=(.+)").matcher(vimrc);
    assertTrue(efm.find());
    List<Pattern> formats = new ArrayList<>();
    for (String format : efm.group(1).split(",")) {
      formats.add(Pattern.compile(vimToRegex(format.replace("\\ ", " "))));
    }
    for (Line l : gnuLines()) {
      Matcher hit = null;
      for (Pattern p : formats) {
        Matcher m = p.matcher(l.text());
        if (m.matches()) {
          hit = m;
          break;
        }
      }
      assertTrue(hit != null, l.text());
      assertEquals(l.file(), hit.group("file"));
      assertEquals(l.line(), Integer.parseInt(hit.group("line")));
      assertEquals(l.column(), Integer.parseInt(hit.group("column")));
      String type = l.level().equals("style") ? null : l.level().substring(0, 1);
      assertEquals(type, hit.pattern().pattern().contains("(?<type>") ? hit.group("type") : null);
    }
  }

  /** Vim's %f, %l, %c, %t and %m items as regular expressions; other text literally. */
  private static String vimToRegex(String format) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '%' && i + 1 < format.length()) {
        char item = format.charAt(++i);
        re.append(
            switch (item) {
              case 'f' -> "(?<file>[^:]+)";
              case 'l' -> "(?<line>[0-9]+)";
              case 'c' -> "(?<column>[0-9]+)";
              case 't' -> "(?<type>.)";
              case 'm' -> "(?<message>.*)";
              default -> Pattern.quote("%" + item);
            });
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }
}
