package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.engine.FileDiscovery;
import dev.berth.engine.ListedFolders;
import dev.berth.engine.PathGlob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Config discovery that reads what the file walk saw finds exactly what it finds by asking the
 * filesystem, over random trees of config files, config-named folders, links to files and broken
 * links, {@code .git} folders, files and links, and excluded folders.
 */
class ListedConfigDiscoveryTest {
  @TempDir Path dir;

  private static final List<String> NAMES =
      List.of(
          ".berth.yaml",
          ".berth.yml",
          ".hadolint.yaml",
          ".hadolint.yml",
          ".dclintrc",
          ".dclintrc.json",
          ".dclintrc.yaml",
          ".dclintrc.yml",
          ".git");

  @Test
  void theWalksAnswersAreTheFilesystems() throws Exception {
    Random random = new Random(20261206);
    int compared = 0;
    int answeredByTheWalk = 0;
    for (int tree = 0; tree < 60; tree++) {
      Path root = Files.createDirectories(dir.resolve("t" + tree + "/repo"));
      List<Path> folders = new ArrayList<>(List.of(root));
      for (int i = 0; i < 12; i++) {
        Path parent = folders.get(random.nextInt(folders.size()));
        folders.add(Files.createDirectories(parent.resolve((i % 3 == 0 ? "skip" : "d") + i)));
      }
      Path elsewhere = Files.createFile(dir.resolve("t" + tree + "/target.yaml"));
      for (Path folder : folders) {
        Files.writeString(folder.resolve("Dockerfile"), "FROM alpine:3.20\n");
        for (String name : NAMES) {
          Path p = folder.resolve(name);
          switch (random.nextInt(12)) {
            case 0 -> Files.writeString(p, "{}\n");
            case 1 -> Files.createDirectories(p);
            case 2 -> Files.createSymbolicLink(p, elsewhere);
            case 3 -> Files.createSymbolicLink(p, folder.resolve("no-such-file"));
            default -> {}
          }
        }
      }
      ListedFolders listed = new ListedFolders(ConfigDiscovery.namesToList());
      new FileDiscovery(Optional.empty(), PathGlob.compileAll(List.of("**/skip*")), root, listed)
          .discover(List.of("."), null);
      ConfigDiscovery fromWalk = new ConfigDiscovery(Optional.empty(), listed);
      ConfigDiscovery fromFilesystem = new ConfigDiscovery(Optional.empty(), ListedFolders.NONE);
      for (Path folder : folders) {
        for (String name : NAMES) {
          if (listed.kind(folder, name) != ListedFolders.Kind.UNKNOWN) {
            answeredByTheWalk++;
          }
        }
        assertEquals(fromFilesystem.find(folder), fromWalk.find(folder), folder.toString());
        compared++;
      }
    }
    assertEquals(60 * 13, compared);
    assertTrue(answeredByTheWalk > 60 * 9 * 3, "the walk answered " + answeredByTheWalk);
  }

  @Test
  void theWalkTellsEachKindOfEntry() throws Exception {
    Path root = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(root.resolve(".berth.yaml"), "{}\n");
    Files.createDirectories(root.resolve(".hadolint.yaml"));
    Files.createSymbolicLink(root.resolve(".dclintrc"), root.resolve(".berth.yaml"));
    Files.createDirectories(root.resolve("excluded"));
    Files.writeString(root.resolve("excluded/.berth.yaml"), "{}\n");
    ListedFolders listed = new ListedFolders(ConfigDiscovery.namesToList());
    new FileDiscovery(Optional.empty(), PathGlob.compileAll(List.of("excluded")), root, listed)
        .discover(List.of("."), null);
    assertEquals(ListedFolders.Kind.FILE, listed.kind(root, ".berth.yaml"));
    assertEquals(ListedFolders.Kind.OTHER, listed.kind(root, ".hadolint.yaml"));
    assertEquals(ListedFolders.Kind.UNKNOWN, listed.kind(root, ".dclintrc"), "a link");
    assertEquals(ListedFolders.Kind.ABSENT, listed.kind(root, ".git"));
    assertEquals(ListedFolders.Kind.UNKNOWN, listed.kind(root, "Dockerfile"), "not remembered");
    assertEquals(
        ListedFolders.Kind.UNKNOWN,
        listed.kind(root.resolve("excluded"), ".berth.yaml"),
        "skipped");
    assertEquals(ListedFolders.Kind.UNKNOWN, ListedFolders.NONE.kind(root, ".berth.yaml"));
  }
}
