package dev.berth;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared}, the conformance data and corpus that CI provides next to the
 * repository. Tests that need it skip, with a message saying so, when it is absent (a fresh clone).
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("berth.shared");
    Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
    return p.toAbsolutePath().normalize();
  }

  /** The path under {@code ../shared}; skips the calling test when it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (Boolean.getBoolean("berth.requireShared") && !Files.exists(p)) {
      throw new AssertionError(
          p + " is missing, and -Dberth.requireShared=true says it must exist");
    }
    Assumptions.assumeTrue(
        Files.exists(p),
        "skipped: "
            + p
            + " not found (the shared conformance data and corpus live in ../shared;"
            + " CI provides it, a fresh clone does not)");
    return p;
  }

  /**
   * The YAML files of the shared corpus's compose part ({@code .yml}, {@code .yaml}), sorted; skips
   * the calling test when the corpus is absent.
   */
  public static List<Path> composeFiles() throws IOException {
    Path corpus = require("corpus/compose");
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    }
  }

  /**
   * Every key and scalar value of the corpus compose files, as loaded without interpolation; skips
   * the calling test when the corpus is absent.
   */
  public static List<String> composeKeysAndValues() throws IOException {
    List<String> out = new java.util.ArrayList<>();
    for (Path p : composeFiles()) {
      SourceText source = SourceText.of(p.toString(), Files.readAllBytes(p));
      Node root = ComposeLoading.load(source, ComposeLoadOptions.defaults()).root().orElse(null);
      java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
      if (root != null) {
        todo.push(root);
      }
      while (!todo.isEmpty()) {
        Node n = todo.pop();
        if (n instanceof MapNode m) {
          for (MapNode.Entry e : m.entries()) {
            out.add(e.key().value());
            todo.push(e.value());
          }
        } else if (n instanceof SeqNode seq) {
          seq.items().forEach(todo::push);
        } else if (n instanceof ScalarNode scalar) {
          out.add(scalar.value());
        }
      }
    }
    return out;
  }
}
