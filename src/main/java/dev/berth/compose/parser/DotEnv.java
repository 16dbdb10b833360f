package dev.berth.compose.parser;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code .env} file the way Compose does. Never throws: syntax errors become {@code
 * valid-env-file} problems, with spans in the {@code .env} file.
 *
 * <ul>
 *   <li>One {@code KEY=value} per line; blank lines and lines starting with {@code #} are skipped;
 *       a leading {@code export } is ignored; {@code KEY: value} works too.
 *   <li>A name may contain letters, digits, {@code _}, {@code .}, {@code -}, {@code [} and {@code
 *       ]}; spaces around the name are dropped, a space inside it is an error.
 *   <li>{@code KEY} alone on a line takes KEY's value from the environment, if it is set there.
 *   <li>Unquoted values end at the line's end; {@code #} after a blank starts a comment; blanks
 *       around the value are dropped.
 *   <li>Single-quoted values are taken literally and may span lines.
 *   <li>Double-quoted values may span lines and understand {@code \n}, {@code \r}, {@code \t},
 *       {@code \\}, {@code \"} and {@code \$} (any other {@code \x} stands for {@code x}).
 *   <li>Unquoted and double-quoted values are interpolated ({@code ${VAR:-default}} and the other
 *       forms of {@link Interpolation}) with the environment first, then the variables defined
 *       above in the file.
 *   <li>An unterminated quote is an error and ends the reading.
 * </ul>
 */
public final class DotEnv {
  private final SourceText source;
  private final int[] text;
  private final Map<String, String> environment;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private int i;

  private DotEnv(SourceText source, Map<String, String> environment) {
    this.source = source;
    this.text = source.text().codePoints().toArray();
    this.environment = environment;
  }

  /**
   * Parses a {@code .env} file; {@code environment} is the process environment, used for {@code
   * KEY} lines without a value and for interpolation.
   */
  public static DotEnvFile parse(SourceText source, Map<String, String> environment) {
    DotEnv p = new DotEnv(source, environment);
    if (source.hasInvalidUtf8()) {
      p.problems.add(
          new Problem(
              ComposeProblemCodes.VALID_ENV_FILE,
              Level.ERROR,
              source.invalidUtf8().get(0),
              "These bytes are not valid UTF-8; save the .env file as UTF-8."));
    }
    p.run();
    return new DotEnvFile(source, p.values, p.problems);
  }

  private int at(int k) {
    return k < text.length ? text[k] : -1;
  }

  private static boolean isBreak(int c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isNameChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
  }

  private void run() {
    while (i < text.length) {
      int c = text[i];
      if (isBlank(c) || isBreak(c)) {
        i++;
        continue;
      }
      if (c == '#') {
        skipLine();
        continue;
      }
      if (!entry()) {
        return;
      }
    }
  }

  private void skipLine() {
    while (i < text.length && !isBreak(text[i])) {
      i++;
    }
  }

  /** Reads one entry; false when reading must stop (an unterminated quote). */
  private boolean entry() {
    if (startsWith("export") && isBlank(at(i + 6))) {
      i += 6;
      while (isBlank(at(i))) {
        i++;
      }
    }
    int nameStart = i;
    int nameEnd = i;
    int blankAt = -1;
    while (i < text.length && text[i] != '=' && text[i] != ':' && !isBreak(text[i])) {
      int c = text[i];
      if (isBlank(c)) {
        if (blankAt < 0) {
          blankAt = i;
        }
      } else if (!isNameChar(c)) {
        error(
            i,
            i + 1,
            "Unexpected character '"
                + new String(Character.toChars(c))
                + "' in the variable name; names may contain letters, digits, `_`, `.`, `-`, `[`"
                + " and `]`.");
        skipLine();
        return true;
      } else if (blankAt >= 0) {
        error(blankAt, blankAt + 1, "A variable name cannot contain a space; write KEY=value.");
        skipLine();
        return true;
      } else {
        nameEnd = i + 1;
      }
      i++;
    }
    String name = string(nameStart, nameEnd);
    if (i >= text.length || isBreak(text[i])) {
      Optional.ofNullable(environment.get(name)).ifPresent(v -> values.put(name, v));
      return true;
    }
    if (name.isEmpty()) {
      error(i, i + 1, "The variable name is missing before '" + (char) text[i] + "'.");
      skipLine();
      return true;
    }
    i++;
    while (isBlank(at(i))) {
      i++;
    }
    int c = at(i);
    if (c == '\'') {
      int close = find('\'', i + 1, false);
      if (close < 0) {
        return unterminated(i, '\'');
      }
      values.put(name, string(i + 1, close));
      i = close + 1;
      skipLine();
      return true;
    }
    if (c == '"') {
      int close = find('"', i + 1, true);
      if (close < 0) {
        return unterminated(i, '"');
      }
      values.put(name, expand(unescape(i + 1, close), i, close + 1, false));
      i = close + 1;
      skipLine();
      return true;
    }
    int valueStart = i;
    int valueEnd = i;
    while (i < text.length && !isBreak(text[i])) {
      if (text[i] == '#' && i > 0 && isBlank(text[i - 1])) {
        break;
      }
      if (!isBlank(text[i])) {
        valueEnd = i + 1;
      }
      i++;
    }
    skipLine();
    values.put(name, expand(string(valueStart, valueEnd), valueStart, valueEnd, true));
    return true;
  }

  private boolean startsWith(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (at(i + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int find(char quote, int from, boolean escapes) {
    for (int k = from; k < text.length; k++) {
      if (escapes && text[k] == '\\') {
        k++;
      } else if (text[k] == quote) {
        return k;
      }
    }
    return -1;
  }

  private boolean unterminated(int open, char quote) {
    error(
        open,
        open + 1,
        "This "
            + (quote == '"' ? "double" : "single")
            + "-quoted value is never closed; add the"
            + " closing "
            + quote
            + ".");
    return false;
  }

  /** The value of a double-quoted string, with {@code \$} turned into {@code $$} for expansion. */
  private String unescape(int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      int c = text[k];
      if (c == '\\' && k + 1 < to) {
        int e = text[++k];
        switch (e) {
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case '$':
            sb.append("$$");
            break;
          default:
            sb.appendCodePoint(e);
            break;
        }
      } else if (c == '$') {
        sb.append('$');
      } else {
        sb.appendCodePoint(c);
      }
    }
    return sb.toString();
  }

  /**
   * Interpolates a value. {@code exact} says that the value's chars are the source's chars from
   * {@code start}, so that a syntax error can be placed exactly; otherwise it covers the value.
   */
  private String expand(String value, int start, int end, boolean exact) {
    InterpolationResult r =
        Interpolation.substitute(
            value,
            name -> {
              String v = environment.get(name);
              return Optional.ofNullable(v != null ? v : values.get(name));
            });
    for (InterpolationIssue issue : r.issues()) {
      if (issue.kind() == InterpolationIssue.Kind.UNSET_VARIABLE) {
        continue;
      }
      int from = start;
      int to = end;
      if (exact) {
        from = start + value.codePointCount(0, issue.start());
        to = start + value.codePointCount(0, issue.end());
      }
      String code =
          issue.kind() == InterpolationIssue.Kind.SYNTAX
              ? ComposeProblemCodes.VALID_ENV_FILE
              : ComposeProblemCodes.NO_MISSING_REQUIRED_VARIABLE;
      problems.add(new Problem(code, Level.ERROR, span(from, to), issue.message()));
    }
    return r.value();
  }

  private String string(int from, int to) {
    return new String(text, from, to - from);
  }

  private Span span(int from, int to) {
    int end = Math.min(to, text.length);
    int start = Math.min(from, end);
    return new Span(source.byteOffset(start), source.byteOffset(end));
  }

  private void error(int from, int to, String message) {
    problems.add(
        new Problem(ComposeProblemCodes.VALID_ENV_FILE, Level.ERROR, span(from, to), message));
  }
}
