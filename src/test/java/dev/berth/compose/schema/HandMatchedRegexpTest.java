package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.berth.RandomTexts;
import dev.berth.SharedData;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.everit.json.schema.regexp.Regexp;
import org.junit.jupiter.api.Test;

/**
 * The schema's simple patterns matched by hand answer as RE2/J (everit's regexp, which the loader
 * builds) answers, on made-up texts around their edges and on every key and string of the corpus.
 */
class HandMatchedRegexpTest {
  private static final List<String> SIMPLE =
      List.of("^x-", "^[a-zA-Z0-9._-]+$", "^[a-z]+$", "^.+$", ".+");

  private static final RE2JRegexpFactory RE2J = new RE2JRegexpFactory();

  private static final List<Regexp> HAND = SIMPLE.stream().map(HandMatchedRegexp::of).toList();

  private static final List<Regexp> REFERENCE = SIMPLE.stream().map(RE2J::createHandler).toList();

  private static void assertSameAsRe2j(String text) {
    for (int i = 0; i < SIMPLE.size(); i++) {
      String pattern = SIMPLE.get(i);
      Regexp hand = HAND.get(i);
      Regexp re2j = REFERENCE.get(i);
      assertEquals(
          re2j.patternMatchingFailure(text).isPresent(),
          hand.patternMatchingFailure(text).isPresent(),
          pattern + " on [" + text.replace("\n", "\\n") + "]");
      assertEquals(pattern, hand.toString());
      assertEquals(re2j.hashCode(), hand.hashCode(), pattern + ": hash (orders everit's checks)");
    }
  }

  @Test
  void onlyTheSimplePatternsAreMatchedByHand() {
    for (String pattern : SIMPLE) {
      assertNotNull(HandMatchedRegexp.of(pattern), pattern);
    }
    assertNull(HandMatchedRegexp.of("[a-zA-Z0-9][a-zA-Z0-9_.-]+"));
    assertNull(HandMatchedRegexp.of("^x"));
  }

  @Test
  void madeUpTextsMatchAsInRe2j() {
    String[] pieces = {
      "",
      "x",
      "-",
      "x-",
      "X-",
      "a",
      "Z",
      "0",
      "9",
      ".",
      "_",
      " ",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\u0085",
      "\u2028",
      "\u00e9",
      "\uD83D\uDE00",
      "\uD83D",
      "/",
      ":",
      "$",
      "^",
      "`",
      "{",
      "@",
      "[",
      "A"
    };
    Random random = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      assertSameAsRe2j(RandomTexts.of(random, pieces, 5));
    }
    for (char c = 0; c < 0x3000; c++) {
      assertSameAsRe2j(String.valueOf(c));
      assertSameAsRe2j("a" + c);
      assertSameAsRe2j(c + "\n");
    }
  }

  @Test
  void corpusKeysAndStringsMatchAsInRe2j() throws IOException {
    SharedData.composeKeysAndValues().forEach(HandMatchedRegexpTest::assertSameAsRe2j);
  }
}
