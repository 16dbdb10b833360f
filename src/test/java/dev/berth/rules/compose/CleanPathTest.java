package dev.berth.rules.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mount targets are compared as Go's {@code path.Clean} writes them, as Compose does. */
class CleanPathTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/data|/data",
        "/|/",
        "data/x|data/x",
        "/data/|/data",
        "//data//x//|/data/x",
        "/data/./x|/data/x",
        "/data/../x|/x",
        "/../x|/x",
        "../x|../x",
        "a/../../x|../x",
        "./|.",
        ".|.",
        "..|..",
        "/.hidden/..x/...|/.hidden/..x/...",
        "a/b/..|a",
      })
  void aPathIsCleanedAsGoCleansIt(String path, String clean) {
    assertEquals(clean, NoDuplicateMountTargets.clean(path));
  }

  @Test
  void theShortcutForCleanPathsAgreesWithCleaningBySegments() {
    Random random = new Random(7);
    int shortcuts = 0;
    String[] pieces = {"/", "/", "a", "bc", ".", "..", "...", ".x", "x."};
    for (int i = 0; i < 20_000; i++) {
      String p = RandomTexts.of(random, pieces, 7);
      String bySegments = NoDuplicateMountTargets.cleanBySegments(p);
      assertEquals(bySegments, NoDuplicateMountTargets.clean(p), p);
      if (NoDuplicateMountTargets.isClean(p)) {
        assertEquals(p, bySegments);
        shortcuts++;
      }
    }
    assertTrue(shortcuts > 1_000, "paths that took the shortcut: " + shortcuts);
  }
}
