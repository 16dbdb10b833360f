package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.model.Transfer;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.model.Workdir;

/**
 * A relative COPY or ADD destination lands in the working directory, which nobody set when no
 * WORKDIR comes before it in the stage or in the stages it is built on: the base image's, often
 * {@code /}. Destinations starting with {@code /}, a variable or a drive letter are absolute.
 * ONBUILD triggers run in another image and are not checked.
 */
@RuleInfo(
    id = "DL3045",
    name = "copy-relative-without-workdir",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Set WORKDIR before copying to a relative destination.")
public final class CopyRelativeWithoutWorkdir implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph graph = ctx.stageGraph();
    for (Stage s : graph.stages()) {
      boolean workdir =
          graph.chain(s).stream().skip(1).anyMatch(p -> !p.instructions(Workdir.class).isEmpty());
      for (Instruction i : s.instructions()) {
        if (i instanceof Workdir) {
          workdir = true;
        }
        if (workdir || !(i instanceof Transfer t) || t.destination().isEmpty()) {
          continue;
        }
        Word dst = t.destination().get();
        if (isRelative(dst.text().replace("\"", "").replace("'", ""))) {
          ctx.report(
              dst.span(),
              "Relative destination "
                  + dst.text()
                  + " with no WORKDIR set in this stage; set WORKDIR first or write an absolute"
                  + " path");
        }
      }
    }
  }

  static boolean isRelative(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.startsWith("$")) {
      return false;
    }
    boolean drive =
        path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
    return !drive && !path.startsWith("\\");
  }
}
