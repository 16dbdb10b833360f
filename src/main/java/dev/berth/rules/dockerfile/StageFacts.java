package dev.berth.rules.dockerfile;

import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import java.util.List;
import java.util.Optional;

/** What a stage holds, counting the earlier stages it is built on. */
final class StageFacts {
  private StageFacts() {}

  /**
   * The last instruction of {@code type} in effect for the stage: its own last one, else the last
   * one of the nearest stage it is built on that has one.
   */
  static <T extends Instruction> Optional<T> last(StageGraph graph, Stage s, Class<T> type) {
    for (Stage c : graph.chain(s)) {
      List<T> found = c.instructions(type);
      if (!found.isEmpty()) {
        return Optional.of(found.get(found.size() - 1));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the stage builds a Windows image, as far as the file tells: the escape character is the
   * backtick, or the image at the root of its chain is a Windows one ({@code windows}, {@code
   * nanoserver} or {@code servercore} in its reference).
   */
  static boolean isWindows(StageGraph graph, Stage s, int escape) {
    if (escape == '`') {
      return true;
    }
    List<Stage> chain = graph.chain(s);
    String image =
        graph
            .base(chain.get(chain.size() - 1))
            .flatMap(b -> b.value())
            .map(v -> v.text().toLowerCase(java.util.Locale.ROOT))
            .orElse("");
    return image.contains("windows")
        || image.contains("nanoserver")
        || image.contains("servercore");
  }
}
