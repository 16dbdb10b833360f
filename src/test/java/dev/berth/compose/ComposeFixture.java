package dev.berth.compose;

import static org.junit.jupiter.api.Assertions.fail;

import dev.berth.core.Position;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A compose fixture whose expectations sit inside it, as comments:
 *
 * <pre>
 * # env: TAG=1.2 EMPTY=                       variables for interpolation (header, any line)
 * # expect: no-duplicate-keys@3               a finding at column 3 of the next non-marker line
 * # expect+2: valid-interpolation@9 "${}"     ... of the line 2 below the marker; message contains
 * # expect-at: no-empty-file@1:1              ... at an absolute line and column
 * </pre>
 *
 * Every finding must be expected and every expectation found; a failure prints the fixture with the
 * actual findings inlined.
 */
public record ComposeFixture(
    Path path, SourceText source, Map<String, String> env, List<Expected> expected) {

  /** One expected finding. */
  public record Expected(String code, int line, int column, String messagePart) {
    boolean matches(String c, Position p, String message) {
      return code.equals(c)
          && line == p.line()
          && column == p.column()
          && (messagePart.isEmpty() || message.contains(messagePart));
    }

    @Override
    public String toString() {
      return code
          + "@"
          + line
          + ":"
          + column
          + (messagePart.isEmpty() ? "" : " \"" + messagePart + "\"");
    }
  }

  private static final Pattern MARKER =
      Pattern.compile(
          "#\\s*expect(?:(\\+\\d+)|(-at))?:\\s*([a-z0-9-]+)@(\\d+)(?::(\\d+))?(?:\\s+\"(.*)\")?\\s"
              + "*$");
  private static final Pattern ENV = Pattern.compile("#\\s*env:(.*)$");

  /** Every fixture file under a test resource directory, sorted. */
  public static Stream<Path> all(String resourceDir) {
    try {
      Path dir = Path.of(ComposeFixture.class.getResource(resourceDir).toURI());
      try (Stream<Path> s = Files.list(dir)) {
        return s
            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted()
            .toList()
            .stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ComposeFixture read(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      SourceText source = SourceText.of(path.getFileName().toString(), bytes);
      Map<String, String> env = new HashMap<>();
      List<Expected> expected = new ArrayList<>();
      for (int line = 1; line <= source.lineCount(); line++) {
        String text = source.lineText(line).trim();
        Matcher env1 = ENV.matcher(text);
        if (env1.find() && text.startsWith("#")) {
          for (String kv : env1.group(1).trim().split("\\s+")) {
            if (!kv.isEmpty()) {
              int eq = kv.indexOf('=');
              env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
          }
          continue;
        }
        Matcher m = MARKER.matcher(text);
        if (!text.startsWith("#") || !m.find()) {
          continue;
        }
        String message = m.group(6) == null ? "" : m.group(6).replace("\\\"", "\"");
        int a = Integer.parseInt(m.group(4));
        if (m.group(2) != null) {
          expected.add(new Expected(m.group(3), a, Integer.parseInt(m.group(5)), message));
        } else if (m.group(1) != null) {
          expected.add(
              new Expected(
                  m.group(3), line + Integer.parseInt(m.group(1).substring(1)), a, message));
        } else {
          int target = line + 1;
          while (target <= source.lineCount()
              && MARKER.matcher(source.lineText(target).trim()).find()) {
            target++;
          }
          expected.add(new Expected(m.group(3), target, a, message));
        }
      }
      return new ComposeFixture(path, source, Map.copyOf(env), List.copyOf(expected));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails unless the problems are exactly the expected ones. */
  public void check(List<Problem> problems) {
    List<Expected> missing = new ArrayList<>(expected);
    List<Problem> unexpected = new ArrayList<>();
    for (Problem p : problems) {
      Position pos = source.start(p.span());
      Expected hit = null;
      for (Expected e : missing) {
        if (e.matches(p.code(), pos, p.message())) {
          hit = e;
          break;
        }
      }
      if (hit != null) {
        missing.remove(hit);
      } else {
        unexpected.add(p);
      }
    }
    if (missing.isEmpty() && unexpected.isEmpty()) {
      return;
    }
    StringBuilder sb =
        new StringBuilder(path.getFileName() + ": findings differ from the markers\n");
    for (Expected e : missing) {
      sb.append("  missing:    ").append(e).append('\n');
    }
    for (Problem p : unexpected) {
      sb.append("  unexpected: ")
          .append(p.code())
          .append('@')
          .append(source.start(p.span()))
          .append(" \"")
          .append(p.message())
          .append("\"\n");
    }
    sb.append("--- fixture with actual findings ---\n");
    for (int line = 1; line <= source.lineCount(); line++) {
      sb.append(String.format("%4d| %s%n", line, source.lineText(line)));
      for (Problem p : problems) {
        Position pos = source.start(p.span());
        if (pos.line() == line) {
          sb.append("    ")
              .append(" ".repeat(Math.max(0, pos.column() - 1)))
              .append("^ ")
              .append(p.code())
              .append('@')
              .append(pos.column())
              .append(": ")
              .append(p.message())
              .append('\n');
        }
      }
    }
    fail(sb.toString());
  }
}
