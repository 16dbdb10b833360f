package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import java.util.Optional;

/**
 * {@code COPY --from} (and a mount's {@code from=}) names an earlier stage, a stage index, or an
 * image. Reported: a stage defined later in the file, an index past the last stage, and a plain
 * word ({@code --from=buidl}) that is no stage: with no {@code :}, {@code /} or {@code @} it is
 * more likely a misspelt stage than an image meant to be pulled. Names compare case-insensitively,
 * as BuildKit compares them. Values with unknown variables are not judged; neither is a fragment
 * without FROM, whose stages are elsewhere.
 */
@RuleInfo(
    id = "DL3022",
    name = "copy-from-unknown-stage",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "COPY --from should name an earlier stage or a full image reference.")
public final class CopyFromUnknownStage implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph graph = ctx.stageGraph();
    for (StageGraph.Reference r : graph.references()) {
      if (r.in().isImplicit() || r.value().isEmpty()) {
        continue;
      }
      String v = r.value().get().text();
      switch (r.target()) {
        case LATER_STAGE ->
            ctx.report(
                r.span(),
                "Stage '" + v + "' is defined after this instruction; move that stage before it");
        case BAD_INDEX ->
            ctx.report(
                r.span(),
                "There is no stage "
                    + v
                    + "; stages are numbered from 0 to "
                    + (graph.stages().size() - 1));
        case IMAGE -> {
          if (looksLikeStage(v)) {
            ctx.report(r.span(), "'" + v + "' is no stage of this file" + suggestion(graph, v));
          }
        }
        default -> {}
      }
    }
  }

  private static boolean looksLikeStage(String v) {
    return v.indexOf(':') < 0 && v.indexOf('/') < 0 && v.indexOf('@') < 0;
  }

  private static String suggestion(StageGraph graph, String v) {
    Optional<String> best = Optional.empty();
    int bestDistance = 3;
    for (Stage s : graph.stages()) {
      if (s.normalizedName().isEmpty()) {
        continue;
      }
      int d =
          UnknownInstruction.distance(
              s.normalizedName().get(), v.toLowerCase(java.util.Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = s.name().map(w -> w.text());
      }
    }
    String lower = v.toLowerCase(java.util.Locale.ROOT);
    for (Stage s : graph.stages()) {
      Optional<String> n = s.normalizedName();
      if (best.isEmpty()
          && n.isPresent()
          && (n.get().endsWith("-" + lower) || n.get().startsWith(lower + "-"))) {
        best = s.name().map(w -> w.text());
      }
    }
    return best.map(b -> "; did you mean '" + b + "'?")
        .orElse("; name an earlier stage, or a full image reference such as " + v + ":<tag>");
  }
}
