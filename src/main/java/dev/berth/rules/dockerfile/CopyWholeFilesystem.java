package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code COPY --from=stage / /} copies a whole root file system over another one, package databases
 * and all; copy the folders the image needs.
 */
@RuleInfo(
    id = "DL3067",
    name = "copy-whole-filesystem",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Do not COPY --from a stage's whole file system onto '/'.")
public final class CopyWholeFilesystem implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    Map<Instruction, StageGraph.Reference> references = null;
    for (Copy c : ctx.model().instructionsWithTriggers(Copy.class)) {
      if (c.flag("from").isEmpty()
          || c.destination().isEmpty()
          || !Values.unquoted(c.destination().get().text()).equals("/")) {
        continue;
      }
      if (references == null) {
        references = new IdentityHashMap<>();
        for (StageGraph.Reference r : ctx.stageGraph().references()) {
          references.putIfAbsent(r.instruction(), r);
        }
      }
      if (!fromStage(ctx, references.get(c))) {
        continue;
      }
      c.sources().stream()
          .filter(s -> Values.unquoted(s.text()).equals("/"))
          .findFirst()
          .ifPresent(
              s ->
                  ctx.report(
                      s.span().union(c.destination().get().span()),
                      "COPY --from copies a whole file system onto '/'; copy only the folders"
                          + " the image needs (e.g. COPY --from=build /app /app)"));
    }
  }

  /** Whether the COPY's {@code --from} names a stage of this file (or could, in a fragment). */
  private static boolean fromStage(DockerfileContext ctx, StageGraph.Reference reference) {
    return Optional.ofNullable(reference)
        .map(
            r ->
                r.target() == StageGraph.Target.STAGE && !isImageAlias(ctx, r.stage().get())
                    || r.target() == StageGraph.Target.SELF
                    || r.target() == StageGraph.Target.LATER_STAGE
                    || r.target() == StageGraph.Target.BAD_INDEX
                    || r.in().isImplicit() && r.target() != StageGraph.Target.UNKNOWN)
        .orElse(true);
  }

  /** A stage that only names an image ({@code FROM tonistiigi/xx AS xx}) stands for the image. */
  private static boolean isImageAlias(DockerfileContext ctx, Stage s) {
    return s.instructions().isEmpty() && ctx.stageGraph().parent(s).isEmpty();
  }
}
