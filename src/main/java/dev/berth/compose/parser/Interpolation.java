package dev.berth.compose.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compose's variable substitution in values.
 *
 * <ul>
 *   <li>{@code $VAR} and {@code ${VAR}}: the variable's value; an unset variable gives an empty
 *       string and an {@link InterpolationIssue.Kind#UNSET_VARIABLE} issue.
 *   <li>{@code ${VAR:-default}} (unset or empty) and {@code ${VAR-default}} (unset): the default.
 *   <li>{@code ${VAR:?message}} (unset or empty) and {@code ${VAR?message}} (unset): an {@link
 *       InterpolationIssue.Kind#REQUIRED_VARIABLE_MISSING} issue.
 *   <li>{@code ${VAR:+alternative}} (set and not empty) and {@code ${VAR+alternative}} (set): the
 *       alternative, else an empty string.
 *   <li>Defaults, messages and alternatives are templates themselves: {@code ${A:-${B:-x}}}.
 *   <li>{@code $$} is a literal {@code $}; a {@code $} followed by neither a name nor {@code {} is
 *       kept as it is.
 *   <li>Names are {@code [_a-zA-Z][_a-zA-Z0-9]*}. A {@code ${} without a valid name, with an
 *       operator other than the six above (bash forms such as {@code ${VAR/a/b}} or {@code
 *       ${VAR:0:2}}) or without its closing brace is a {@link InterpolationIssue.Kind#SYNTAX}
 *       issue; the expression is then kept as written.
 * </ul>
 *
 * Syntax issues are reported in every branch, even a default that is not used; unset and required
 * variables only in the branch that takes effect.
 */
public final class Interpolation {
  /** Deeper nesting of {@code ${...}} inside defaults is reported instead of followed. */
  static final int MAX_NESTING = 32;

  private final String text;
  private final Function<String, Optional<String>> lookup;
  private final List<InterpolationIssue> issues = new ArrayList<>();

  private Interpolation(String text, Function<String, Optional<String>> lookup) {
    this.text = text;
    this.lookup = lookup;
  }

  /** Substitutes variables from a map; a name absent from the map is unset. */
  public static InterpolationResult substitute(String template, Map<String, String> variables) {
    return substitute(template, name -> Optional.ofNullable(variables.get(name)));
  }

  /** Substitutes variables found by {@code lookup}; an empty result means unset. */
  public static InterpolationResult substitute(
      String template, Function<String, Optional<String>> lookup) {
    if (template.indexOf('$') < 0) {
      return new InterpolationResult(template, List.of());
    }
    Interpolation run = new Interpolation(template, lookup);
    String value = run.expand(0, template.length(), true, 0);
    return new InterpolationResult(value, run.issues);
  }

  static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  private String expand(int from, int to, boolean live, int depth) {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= to) {
        out.append(c);
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        i = braced(i, to, out, live, depth);
      } else if (isNameStart(next)) {
        int j = i + 2;
        while (j < to && isNameChar(text.charAt(j))) {
          j++;
        }
        out.append(variable(text.substring(i + 1, j), i, j, live));
        i = j;
      } else {
        out.append('$');
        i++;
      }
    }
    return out.toString();
  }

  /** Expands the {@code ${...}} starting at {@code at}; returns the index after it. */
  private int braced(int at, int to, StringBuilder out, boolean live, int depth) {
    int nameStart = at + 2;
    int close = closingBrace(nameStart, to);
    int nameEnd = nameStart;
    if (nameStart < to && isNameStart(text.charAt(nameStart))) {
      nameEnd++;
      while (nameEnd < to && isNameChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
    }
    if (nameEnd == nameStart) {
      int end = close < 0 ? to : close + 1;
      String expr = text.substring(at, end);
      String shown = shown(at, end);
      String why;
      if (close == nameStart) {
        why = "`${}` has no variable name";
      } else if (close < 0) {
        why = "`" + shown + "` is not closed and has no valid variable name";
      } else {
        why =
            "`"
                + shown
                + "` has no valid variable name: a name starts with a letter or `_` and contains"
                + " only letters, digits and `_`";
      }
      syntax(at, end, "", why + ". Write `$$` for a literal `$`.");
      out.append(expr);
      return end;
    }
    String name = text.substring(nameStart, nameEnd);
    if (close < 0) {
      syntax(
          at,
          to,
          name,
          "`"
              + shown(at, to)
              + "` is not closed: add the missing `}`, or write `$$` for a"
              + " literal `$`.");
      out.append(text, at, to);
      return to;
    }
    if (nameEnd == close) {
      out.append(variable(name, at, close + 1, live));
      return close + 1;
    }
    String op;
    char first = text.charAt(nameEnd);
    if (first == ':' && nameEnd + 1 < close && "-?+".indexOf(text.charAt(nameEnd + 1)) >= 0) {
      op = text.substring(nameEnd, nameEnd + 2);
    } else if ("-?+".indexOf(first) >= 0) {
      op = String.valueOf(first);
    } else {
      syntax(
          at,
          close + 1,
          name,
          "`"
              + shown(at, close + 1)
              + "` is not a substitution Compose supports: after the name only `}`, `:-`, `-`,"
              + " `:?`, `?`, `:+` or `+` may follow (bash forms such as ${VAR/a/b} or ${VAR:0:2}"
              + " do not work).");
      out.append(text, at, close + 1);
      return close + 1;
    }
    int operandStart = nameEnd + op.length();
    if (depth >= MAX_NESTING) {
      syntax(at, close + 1, name, "Too many nested `${...}` expressions; simplify this value.");
      out.append(text, at, close + 1);
      return close + 1;
    }
    Optional<String> value = lookup.apply(name);
    boolean set = value.isPresent();
    boolean nonEmpty = set && !value.get().isEmpty();
    boolean colon = op.length() == 2;
    switch (op.charAt(op.length() - 1)) {
      case '-':
        {
          boolean useDefault = colon ? !nonEmpty : !set;
          String fallback = expand(operandStart, close, live && useDefault, depth + 1);
          out.append(useDefault ? fallback : value.get());
          break;
        }
      case '?':
        {
          boolean missing = colon ? !nonEmpty : !set;
          String message = expand(operandStart, close, live && missing, depth + 1);
          if (missing && live) {
            issues.add(
                new InterpolationIssue(
                    InterpolationIssue.Kind.REQUIRED_VARIABLE_MISSING,
                    at,
                    close + 1,
                    name,
                    "Required variable "
                        + name
                        + (colon ? " is not set or empty" : " is not set")
                        + (message.isEmpty() ? "" : ": " + message)
                        + ". Set it in the environment or in the .env file."));
          }
          out.append(set ? value.get() : "");
          break;
        }
      default:
        {
          boolean useAlternative = colon ? nonEmpty : set;
          String alternative = expand(operandStart, close, live && useAlternative, depth + 1);
          out.append(useAlternative ? alternative : "");
          break;
        }
    }
    return close + 1;
  }

  /** Index of the {@code }} closing a {@code ${} whose content starts at {@code from}, or -1. */
  private int closingBrace(int from, int to) {
    int open = 1;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < to && text.charAt(i + 1) == '$') {
        i += 2;
        continue;
      }
      if (c == '$' && i + 1 < to && text.charAt(i + 1) == '{') {
        open++;
        i += 2;
        continue;
      }
      if (c == '}' && --open == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }

  private String variable(String name, int start, int end, boolean live) {
    Optional<String> value = lookup.apply(name);
    if (value.isPresent()) {
      return value.get();
    }
    if (live) {
      issues.add(
          new InterpolationIssue(
              InterpolationIssue.Kind.UNSET_VARIABLE,
              start,
              end,
              name,
              "Variable "
                  + name
                  + " is not set, so Compose substitutes an empty string. Set it in the environment"
                  + " or in the .env file, or give a default: ${"
                  + name
                  + ":-default}."));
    }
    return "";
  }

  /** The text of an expression for a message: one line, at most 40 characters. */
  private String shown(int start, int end) {
    String s = text.substring(start, end).replace("\r", "").replace("\n", "\\n");
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private void syntax(int start, int end, String name, String message) {
    issues.add(
        new InterpolationIssue(
            InterpolationIssue.Kind.SYNTAX, start, end, name, "Invalid interpolation: " + message));
  }
}
