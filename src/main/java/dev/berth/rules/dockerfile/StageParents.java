package dev.berth.rules.dockerfile;

import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which earlier stage each stage of a file is built on ({@code FROM builder}), as BuildKit resolves
 * names: the last earlier stage of that name. Built once per file, in one pass, so that asking for
 * every stage costs linear time.
 */
final class StageParents {
  private final Dockerfile file;

  /** The parent of each stage, by stage index; null for none. */
  private final Stage[] parents;

  private StageParents(Dockerfile file) {
    this.file = file;
    this.parents = new Stage[file.stages().size()];
    Map<String, Stage> lastByName = new HashMap<>();
    for (Stage s : file.stages()) {
      // plain ifs, not Optional chains: every run's first lint pays a bootstrap per lambda
      if (s.from().isPresent() && s.from().get().image().isPresent()) {
        String base = dev.berth.core.GoText.toLower(s.from().get().image().get().text());
        parents[s.index()] = lastByName.get(base);
      }
      if (s.normalizedName().isPresent()) {
        lastByName.put(s.normalizedName().get(), s);
      }
    }
  }

  static StageParents of(Dockerfile file) {
    return new StageParents(file);
  }

  /** The earlier stage whose name the stage's FROM names, if any. */
  Optional<Stage> parent(Stage stage) {
    return Optional.ofNullable(parents[stage.index()]);
  }

  /** The stage and the stages it is built on, nearest first. */
  List<Stage> chain(Stage stage) {
    List<Stage> out = new ArrayList<>();
    Optional<Stage> cur = Optional.of(stage);
    while (cur.isPresent() && out.size() <= file.stages().size()) {
      out.add(cur.get());
      cur = parent(cur.get());
    }
    return out;
  }

  /** The base image as written at the end of the chain (not a stage name); "" for none. */
  String baseImage(Stage stage) {
    List<Stage> chain = chain(stage);
    return chain.get(chain.size() - 1).from().flatMap(From::image).map(Word::text).orElse("");
  }
}
