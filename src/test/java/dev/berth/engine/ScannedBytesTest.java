package dev.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.TestFiles;
import dev.berth.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over several compose files lints the bytes the look for includes already read instead of
 * reading each file again: each file's findings are those of a run over that file alone (which
 * reads it itself), a file over the size limit included.
 */
class ScannedBytesTest {
  @TempDir Path dir;

  private List<String> lint(String... files) {
    List<String> args = new ArrayList<>(List.of("lint", "-f", "gnu", "--max-file-size", "400"));
    args.addAll(List.of(files));
    CliRunner.Run run = CliRunner.run(dir, "", args.toArray(String[]::new));
    assertTrue(run.exit() == 0 || run.exit() == 1, "exit " + run.exit() + ": " + run.err());
    assertEquals("", run.err());
    return List.of(run.out().split("\n"));
  }

  private void write(String name, String text) throws IOException {
    TestFiles.write(dir, name, text);
  }

  @Test
  void eachFileIsLintedAsWhenItIsReadAlone() throws IOException {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String name = "p" + i + "/compose.yaml";
      write(
          name,
          "services:\n  web"
              + i
              + ":\n    image: nginx"
              + (i % 2 == 0 ? ":latest" : "")
              + "\n    ports:\n      - "
              + (8000 + i)
              + ":80\n"
              + (i == 3 ? "    privileged: true\n" : ""));
      files.add(name);
    }
    write("big/compose.yaml", "services:\n  web:\n    image: nginx\n" + "# filler\n".repeat(60));
    files.add("big/compose.yaml");
    write("inc/compose.yaml", "include:\n  - ../p0/compose.yaml\nservices:\n  x:\n    image: a\n");
    files.add("inc/compose.yaml");
    TreeSet<String> alone = new TreeSet<>();
    for (String f : files) {
      alone.addAll(lint(f));
    }
    TreeSet<String> together = new TreeSet<>(lint(files.toArray(String[]::new)));
    // p0 is part of inc's project when both are linted: its own findings stay, inc's may differ
    together.removeIf(l -> l.startsWith("inc/"));
    alone.removeIf(l -> l.startsWith("inc/"));
    assertTrue(together.stream().anyMatch(l -> l.startsWith("big/")), together.toString());
    assertTrue(together.stream().anyMatch(l -> l.startsWith("p3/")), together.toString());
    assertEquals(alone, together);
  }
}
