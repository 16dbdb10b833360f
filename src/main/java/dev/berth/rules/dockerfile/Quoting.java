package dev.berth.rules.dockerfile;

import dev.berth.core.GoText;
import dev.berth.core.Utf8;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Writing values for ENV and LABEL so that BuildKit reads them back exactly: how its parser splits
 * the words of {@code key=value} pairs (whitespace outside quotes separates; the escape character
 * keeps the next character in the word) and how it then processes each value (quote removal,
 * escapes, variable expansion; see {@link BuildkitWords}).
 */
final class Quoting {
  private Quoting() {}

  /** Two environments for comparing processed words: every variable unset, and every one set. */
  private static final List<BuildkitWords.Env> PROBES =
      List.of(BuildkitWords.EMPTY, name -> "\u0001" + name + "\u0002");

  /**
   * Whether the text holds bytes that are not UTF-8. BuildKit keeps them in a legacy {@code ENV}
   * key or value and in MAINTAINER text, but reads the key=value form rune by rune and so turns
   * each into U+FFFD: a rewrite into that form would change the name or the value.
   */
  static boolean hasInvalidUtf8(String text) {
    return text.codePoints().anyMatch(Utf8::isEscapedByte);
  }

  /** Whether source text runs over more than one line (a continued instruction). */
  static boolean spansLines(String raw) {
    return raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0;
  }

  /** {@code text} as a double-quoted word whose processed value is exactly {@code text}. */
  static String literal(String text, int escape) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    text.codePoints().forEach(c -> appendLiteral(sb, c, escape));
    return sb.append('"').toString();
  }

  /** Appends {@code c} so that it stands for itself inside double quotes. */
  private static void appendLiteral(StringBuilder sb, int c, int escape) {
    if (c == '"' || c == '$' || c == escape) {
      sb.appendCodePoint(escape);
    }
    sb.appendCodePoint(c);
  }

  /**
   * Whether BuildKit's parser reads {@code text} as exactly one word: no whitespace outside quotes,
   * and no escape character left without a character to escape.
   */
  static boolean isOneWord(String text, int escape) {
    if (text.isEmpty()) {
      return false;
    }
    int quote = 0;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (quote == 0 && GoText.isSpace(c)) {
        return false;
      }
      if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (quote != 0 && c == quote) {
        quote = 0;
      } else if (c == escape && quote != '\'') {
        if (i >= text.length()) {
          return false;
        }
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return true;
  }

  /**
   * {@code text} rewritten as one double-quoted word with the same value: unquoted and
   * single-quoted parts become literal text inside the double quotes, double-quoted parts and
   * variable references are kept. Empty when a part cannot be carried over (a quote or escape
   * inside {@code ${...}}, an unterminated quote).
   */
  static Optional<String> asDoubleQuoted(String text, int escape) {
    StringBuilder sb = new StringBuilder(text.length() + 8).append('"');
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == '\'') {
        int close = text.indexOf('\'', next);
        if (close < 0) {
          return Optional.empty();
        }
        text.substring(next, close).codePoints().forEach(x -> appendLiteral(sb, x, escape));
        i = close + 1;
      } else if (c == '"') {
        int close = closingDoubleQuote(text, next, escape);
        if (close < 0) {
          return Optional.empty();
        }
        sb.append(text, next, close);
        i = close + 1;
      } else if (c == escape) {
        if (next >= text.length()) {
          return Optional.empty();
        }
        int escaped = text.codePointAt(next);
        appendLiteral(sb, escaped, escape);
        i = next + Character.charCount(escaped);
      } else if (c == '$' && next < text.length() && text.charAt(next) == '{') {
        int close = text.indexOf('}', next);
        if (close < 0) {
          return Optional.empty();
        }
        String reference = text.substring(i, close + 1);
        if (reference.indexOf('"') >= 0
            || reference.indexOf('\'') >= 0
            || reference.indexOf(escape) >= 0) {
          return Optional.empty();
        }
        sb.append(reference);
        i = close + 1;
      } else {
        sb.appendCodePoint(c);
        i = next;
      }
    }
    return Optional.of(sb.append('"').toString());
  }

  private static int closingDoubleQuote(String text, int from, int escape) {
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (c == '"') {
        return i;
      }
      i += Character.charCount(c);
      if (c == escape && i < text.length()) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return -1;
  }

  /**
   * Whether BuildKit gives both words the same value, whether their variables are set or not. False
   * when either does not process (a bad substitution, an unterminated quote), so {@code
   * sameValue(w, w, escape)} tells whether {@code w} processes at all.
   */
  static boolean sameValue(String a, String b, int escape) {
    BuildkitWords.Options options = BuildkitWords.Options.defaults(escape);
    try {
      for (BuildkitWords.Env env : PROBES) {
        if (!BuildkitWords.process(a, env, options)
            .word()
            .equals(BuildkitWords.process(b, env, options).word())) {
          return false;
        }
      }
      return true;
    } catch (ShellSyntaxException e) {
      return false;
    }
  }
}
