package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stage that needs itself: through {@code COPY --from} or a mount {@code from=} naming the stage
 * itself, or a later stage that in turn is built on or copies from it. BuildKit refuses the build
 * ("circular dependency detected"). Reported at each reference that closes a cycle. Values with
 * variables count with their default values.
 */
@RuleInfo(
    id = "CircularStageDependency",
    name = "circular-stage-dependency",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "No stage may depend on itself through FROM, COPY --from or a mount.")
public final class CircularStageDependency implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph g = ctx.stageGraph();
    Map<Stage, List<Stage>> edges = new IdentityHashMap<>();
    for (Stage s : g.stages()) {
      g.parent(s).ifPresent(p -> edges.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
    }
    for (StageGraph.Reference r : g.references()) {
      r.stage().ifPresent(t -> edges.computeIfAbsent(r.in(), k -> new ArrayList<>()).add(t));
    }
    for (StageGraph.Reference r : g.references()) {
      if (r.stage().isEmpty() || !reaches(edges, r.stage().get(), r.in())) {
        continue;
      }
      ctx.report(
          r.span(),
          "Stage "
              + describe(r.in())
              + " depends on itself through "
              + describe(r.stage().get())
              + "; BuildKit refuses the circular dependency, copy from an earlier stage instead");
    }
  }

  private static boolean reaches(Map<Stage, List<Stage>> edges, Stage from, Stage to) {
    Set<Stage> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Stage> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      Stage s = todo.pop();
      if (s == to) {
        return true;
      }
      if (seen.add(s)) {
        todo.addAll(edges.getOrDefault(s, List.of()));
      }
    }
    return false;
  }

  private static String describe(Stage s) {
    return s.name().map(w -> "'" + w.text() + "'").orElse(Integer.toString(s.index()));
  }
}
