package dev.berth.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written reader agrees with the regexp it replaces, and stays linear. */
class KeyValueCommentTest {
  /** BuildKit's directive regexp, as berth used it before (quadratic on long runs of blanks). */
  private static final Pattern REFERENCE =
      Pattern.compile("[ \\t]*([a-zA-Z][a-zA-Z0-9]*)[ \\t]*=[ \\t]*(.+?)[ \\t]*", Pattern.DOTALL);

  private static String describe(Optional<KeyValueComment> kv) {
    return kv.map(k -> k.keyStart() + "," + k.keyEnd() + "," + k.valueStart() + "," + k.valueEnd())
        .orElse("none");
  }

  private static String reference(String text) {
    Matcher m = REFERENCE.matcher(text);
    return m.matches() ? m.start(1) + "," + m.end(1) + "," + m.start(2) + "," + m.end(2) : "none";
  }

  @Test
  void agreesWithTheRegexp() {
    Random r = new Random(42);
    String alphabet = " \ta=Z9#\n\r-_";
    for (int k = 0; k < 200_000; k++) {
      StringBuilder t = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        t.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = t.toString();
      assertEquals(reference(text), describe(KeyValueComment.read(text, 0)), "'" + text + "'");
    }
    for (String text :
        new String[] {"escape=`", " check = skip=all ", "a=  ", "a=", "=a", "9a=b", "a b=c"}) {
      assertEquals(reference(text), describe(KeyValueComment.read(text, 0)), "'" + text + "'");
    }
  }

  @Test
  void longRunsOfBlanksInTheValueAreLinear() {
    String text = " escape=a" + " \t".repeat(1_000_000) + "b";
    KeyValueComment kv =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> KeyValueComment.read(text, 0).orElseThrow());
    assertEquals(text.length(), kv.valueEnd());
  }
}
