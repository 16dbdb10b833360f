package dev.berth.rules.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.RandomTexts;
import dev.berth.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words of a variable name, split by hand, are those the regex split gave before: on made-up
 * names around the edges and on every key and string of the corpus.
 */
class SecretKeyWordsTest {
  private static final Pattern WORD_BREAK = Pattern.compile("[_\\-.]+|(?<=[a-z0-9])(?=[A-Z])");

  private static List<String> reference(String key) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAK.split(key.trim())) {
      if (!w.isEmpty()) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static void assertSameAsSplit(String key) {
    assertEquals(reference(key), NoHardcodedSecrets.words(key), "[" + key + "]");
  }

  @Test
  void madeUpNamesSplitAsTheRegexSplit() {
    String[] pieces = {
      "",
      "a",
      "z",
      "A",
      "Z",
      "0",
      "9",
      "_",
      "-",
      ".",
      "__",
      " ",
      "\t",
      "\n",
      "\u00e9",
      "\u00c9",
      "db",
      "Password",
      "API",
      "key",
      "x",
      "\u0130",
      "@",
      "$"
    };
    Random random = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      assertSameAsSplit(RandomTexts.of(random, pieces, 6));
    }
    assertEquals(List.of("db", "password"), NoHardcodedSecrets.words("dbPassword"));
    assertEquals(List.of("aws", "secret", "key"), NoHardcodedSecrets.words(" AWS__SECRET.key "));
  }

  @Test
  void corpusKeysAndStringsSplitAsTheRegexSplit() throws IOException {
    SharedData.composeKeysAndValues().forEach(SecretKeyWordsTest::assertSameAsSplit);
  }
}
