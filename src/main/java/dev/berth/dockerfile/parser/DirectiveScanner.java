package dev.berth.dockerfile.parser;

import dev.berth.core.GoText;
import dev.berth.core.KeyValueComment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the parser directives at the top of a Dockerfile before it is lexed, since the {@code
 * escape} directive changes how the rest of the file is lexed. Follows BuildKit: directives are
 * comments of the form {@code # key=value} with key {@code syntax}, {@code escape} or {@code check}
 * (any case); an optional {@code #!} line may come first; scanning stops for good at the first line
 * that is anything else, blank lines included.
 */
final class DirectiveScanner {
  private static final Set<String> KNOWN = Set.of("syntax", "escape", "check");

  /** A directive by code point ranges of the decoded text. */
  record Found(
      String name,
      String value,
      int lineStart,
      int lineEnd,
      int nameStart,
      int nameEnd,
      int valueStart,
      int valueEnd) {}

  /** A problem by code point range. */
  record Problem(String message, int start, int end) {}

  /**
   * {@code commentLines} holds the code point ranges of lines among the directives that are
   * comments to the model: a {@code #!} first line, and a directive that repeats an earlier one
   * (BuildKit refuses it; it is reported).
   */
  record Result(
      int escape,
      List<Found> directives,
      List<Problem> problems,
      List<int[]> commentLines,
      int endIndex) {}

  private DirectiveScanner() {}

  static Result scan(int[] cps) {
    int escape = '\\';
    List<Found> found = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<int[]> commentLines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int i = 0;
    int lineNo = 0;
    int end = 0;
    while (i < cps.length) {
      int lineStart = i;
      int e = i;
      while (e < cps.length && !EscapeMarker.isNewline(cps[e])) {
        e++;
      }
      int next = e;
      if (next < cps.length && cps[next] == '\r') {
        next++;
        if (next < cps.length && cps[next] == '\n') {
          next++;
        }
      } else if (next < cps.length) {
        next++;
      }
      lineNo++;
      int s = lineStart;
      while (s < e && GoText.isSpace(cps[s])) {
        s++;
      }
      String line = new String(cps, s, e - s);
      if (lineNo == 1 && line.startsWith("#!")) {
        commentLines.add(new int[] {s, e});
        i = next;
        end = next;
        continue;
      }
      Optional<KeyValueComment> m =
          line.startsWith("#") ? KeyValueComment.read(line, 1) : Optional.empty();
      if (m.isEmpty()) {
        break;
      }
      KeyValueComment kv = m.get();
      String key = line.substring(kv.keyStart(), kv.keyEnd()).toLowerCase(Locale.ROOT);
      if (!KNOWN.contains(key)) {
        break;
      }
      int nameStart = s + line.codePointCount(0, kv.keyStart());
      int nameEnd = s + line.codePointCount(0, kv.keyEnd());
      int valueStart = s + line.codePointCount(0, kv.valueStart());
      int valueEnd = s + line.codePointCount(0, kv.valueEnd());
      if (!seen.add(key)) {
        problems.add(new Problem("only one " + key + " parser directive can be used", s, e));
        commentLines.add(new int[] {s, e});
      } else {
        String value = line.substring(kv.valueStart(), kv.valueEnd());
        if (key.equals("escape")) {
          if (value.equals("`")) {
            escape = '`';
          } else if (!value.equals("\\")) {
            problems.add(
                new Problem(
                    "invalid escape token '" + value + "' does not match ` or \\",
                    valueStart,
                    valueEnd));
          }
        }
        found.add(new Found(key, value, s, e, nameStart, nameEnd, valueStart, valueEnd));
      }
      i = next;
      end = next;
    }
    return new Result(escape, found, problems, commentLines, end);
  }
}
