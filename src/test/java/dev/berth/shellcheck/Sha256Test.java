package dev.berth.shellcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** berth's SHA-256 gives the JDK's digest, at every length around the block boundaries. */
class Sha256Test {
  @Test
  void sameDigestAsTheJdk() throws Exception {
    Random random = new Random(256);
    for (int length = 0; length < 300; length++) {
      byte[] data = new byte[length];
      random.nextBytes(data);
      assertArrayEquals(
          MessageDigest.getInstance("SHA-256").digest(data), Sha256.digest(data), "" + length);
    }
    byte[] large = new byte[1 << 20];
    random.nextBytes(large);
    assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(large), Sha256.digest(large));
  }
}
