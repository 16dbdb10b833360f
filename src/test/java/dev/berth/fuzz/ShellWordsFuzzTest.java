package dev.berth.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * BuildKit's word processing with random options, escape character and variables: only {@link
 * ShellSyntaxException} (or its {@link dev.berth.dockerfile.shell.ExpansionLimitException}) may
 * escape, its offset lies in the input; the words add no more than the expansion limit to the
 * input's length; there is one range per word and each lies in the input, in order (words split out
 * of one expansion may share its range); a variable is either matched (set) or unmatched (unset),
 * as the environment says.
 */
class ShellWordsFuzzTest {
  private static final String[] NAMES = {"A", "B", "HOME", "PATH", "_x", "a1", "1", "@", "#", "?"};

  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void process(FuzzedDataProvider data) {
    int escape = data.consumeBoolean() ? '\\' : '`';
    BuildkitWords.Options options =
        new BuildkitWords.Options(
            escape,
            data.consumeBoolean(),
            data.consumeBoolean(),
            data.consumeBoolean(),
            data.consumeBoolean() ? Long.MAX_VALUE : data.consumeLong(0, 200));
    Map<String, String> env = new HashMap<>();
    int variables = data.consumeInt(0, 4);
    for (int i = 0; i < variables; i++) {
      String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(4);
      env.put(name, data.consumeString(24));
    }
    String text = data.consumeRemainingAsString();
    check(text, env, options);
  }

  static void check(String text, Map<String, String> env, BuildkitWords.Options options) {
    try {
      BuildkitWords.Result r = BuildkitWords.process(text, env::get, options);
      Oracles.check(
          r.words().size() == r.wordRanges().size(),
          r.words().size() + " words but " + r.wordRanges().size() + " ranges");
      long produced = r.words().stream().mapToLong(String::length).sum();
      // As in BuildKit, a raw escape that escapes nothing inside double quotes is written twice.
      long doubled =
          options.rawEscapes() ? text.codePoints().filter(c -> c == options.escape()).count() : 0;
      Oracles.check(
          produced - text.length() - doubled <= options.maxExpansion(),
          produced
              + " chars from "
              + text.length()
              + " with at most "
              + options.maxExpansion()
              + " added");
      int[] previous = {0, 0};
      for (int[] range : r.wordRanges()) {
        Oracles.check(
            range.length == 2 && 0 <= range[0] && range[0] <= range[1] && range[1] <= text.length(),
            "word range "
                + range[0]
                + ".."
                + range[1]
                + " outside the input ("
                + text.length()
                + ")");
        // Words split out of one expansion share (part of) its range, so ranges may overlap; they
        // never go backwards.
        Oracles.check(
            range[0] >= previous[0] && range[1] >= previous[1],
            "word range "
                + range[0]
                + ".."
                + range[1]
                + " before the previous "
                + previous[0]
                + ".."
                + previous[1]);
        previous = range;
      }
      for (String name : r.matched()) {
        Oracles.check(env.containsKey(name), "matched " + name + ", which is not set");
      }
      for (String name : r.unmatched()) {
        Oracles.check(!env.containsKey(name), "unmatched " + name + ", which is set");
      }
    } catch (ShellSyntaxException e) {
      Oracles.check(
          0 <= e.offset() && e.offset() <= text.length(),
          "error offset " + e.offset() + " outside the input (" + text.length() + ")");
    }
    BuildkitWords.references(text, options.escape());
  }
}
