package dev.berth;

import java.util.Random;

/** Texts made of random pieces, for tests that compare a shortcut with the code it replaces. */
public final class RandomTexts {
  private RandomTexts() {}

  /** Fewer than {@code bound} pieces, each drawn from {@code pieces}, joined. */
  public static String of(Random random, String[] pieces, int bound) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(bound); k > 0; k--) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }
}
