package dev.berth.rules.dockerfile;

import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which earlier stage a stage is built on ({@code FROM builder}), as BuildKit resolves names. */
final class StageParents {
  private StageParents() {}

  /** The earlier stage whose name the stage's FROM names, if any. */
  static Optional<Stage> parent(Dockerfile file, Stage stage) {
    Optional<String> base =
        stage.from().flatMap(From::image).map(Word::text).map(StageParents::lower);
    if (base.isEmpty()) {
      return Optional.empty();
    }
    Optional<Stage> found = Optional.empty();
    for (Stage s : file.stages()) {
      if (s.index() >= stage.index()) {
        break;
      }
      if (s.normalizedName().equals(base)) {
        found = Optional.of(s);
      }
    }
    return found;
  }

  /** The stage and the stages it is built on, nearest first. */
  static List<Stage> chain(Dockerfile file, Stage stage) {
    List<Stage> out = new ArrayList<>();
    Optional<Stage> cur = Optional.of(stage);
    while (cur.isPresent() && out.size() <= file.stages().size()) {
      out.add(cur.get());
      cur = parent(file, cur.get());
    }
    return out;
  }

  /** The base image as written at the end of the chain (not a stage name); "" for none. */
  static String baseImage(Dockerfile file, Stage stage) {
    List<Stage> chain = chain(file, stage);
    return chain.get(chain.size() - 1).from().flatMap(From::image).map(Word::text).orElse("");
  }

  private static String lower(String s) {
    return dev.berth.core.GoText.toLower(s);
  }
}
