package dev.berth.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A word is in a case when mapping it to that case changes nothing, code point by code point. */
class CasingTest {
  @Test
  void aWordIsInACaseWhenMappingItChangesNothing() {
    String[] pieces = {
      "a",
      "A",
      "run",
      "RUN",
      "1",
      "-",
      "\u017f",
      "\u00df",
      "\u03a3",
      "\u03c3",
      "\u0130",
      "\u0131",
      "\ud801\udc00",
      "\ud801\udc28",
      "\ud800",
      "\udc00",
      "\u01c5",
      " "
    };
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      String w = RandomTexts.of(random, pieces, 5);
      assertEquals(Casing.lower(w).equals(w), Casing.isLower(w), w);
      assertEquals(Casing.upper(w).equals(w), Casing.isUpper(w), w);
    }
  }
}
