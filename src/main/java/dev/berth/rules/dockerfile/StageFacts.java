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
}
