package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.model.Workdir;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first WORKDIR of a stage is a relative path while nothing earlier set an absolute one, so it
 * depends on the base image's working directory. As BuildKit does, only that first WORKDIR is
 * reported (later relative ones build on it), and an absolute WORKDIR in a stage this one is built
 * on counts. Windows drive paths are absolute; a path starting with a variable is not judged.
 */
@RuleInfo(
    id = "DL3000",
    name = "workdir-relative-path",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    aliases = {"WorkdirRelativePath"},
    summary = "Make the first WORKDIR of a stage an absolute path.")
public final class DL3000 implements DockerfileRule {
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:([\\\\/].*)?", Pattern.DOTALL);

  @Override
  public void check(DockerfileContext ctx) {
    StageGraph g = ctx.stageGraph();
    for (Stage s : ctx.model().stages()) {
      boolean set = false;
      List<Stage> chain = g.chain(s);
      for (Stage p : chain.subList(1, chain.size())) {
        set |= !p.instructions(Workdir.class).isEmpty();
      }
      for (Workdir w : s.instructions(Workdir.class)) {
        if (set || w.argument().isEmpty()) {
          break;
        }
        set = true;
        Word path = w.argument().get();
        String p = unquote(path.text().strip());
        if (p.startsWith("/") || p.startsWith("$") || DRIVE.matcher(p).matches()) {
          continue;
        }
        ctx.report(
            path.span(),
            "WORKDIR "
                + p
                + " is relative to the base image's working directory; write an absolute path");
      }
    }
  }

  private static String unquote(String p) {
    if (p.length() >= 2
        && (p.startsWith("\"") && p.endsWith("\"") || p.startsWith("'") && p.endsWith("'"))) {
      return p.substring(1, p.length() - 1);
    }
    return p;
  }
}
