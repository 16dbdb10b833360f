package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage whose RUNs use both wget and curl: one download tool is enough. Reported once for each
 * RUN that uses either tool once both have appeared in the stage, at its first use. ONBUILD
 * triggers are checked apart from the stage's own RUNs, since they run in another build.
 */
@RuleInfo(
    id = "DL4001",
    name = "wget-and-curl",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Use either wget or curl in a stage, not both.")
public final class WgetAndCurl implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    // keyed by where the stream of RUNs is: its stage (-1 before any), and whether it holds
    // ONBUILD triggers
    Map<Integer, Map<String, Integer>> firstUse = new HashMap<>();
    for (ShellFacts.ShellRun run : ctx.shells().runs()) {
      int stream = run.stage().map(Stage::index).orElse(-1) * 2 + (run.onbuild() ? 1 : 0);
      Map<String, Integer> seen = firstUse.computeIfAbsent(stream, k -> new HashMap<>());
      List<ShellCommand> tools = run.script().commands("wget", "curl");
      for (ShellCommand cmd : tools) {
        seen.putIfAbsent(tool(cmd), ctx.source().line(cmd.span().start()));
      }
      if (seen.size() < 2 || tools.isEmpty()) {
        continue;
      }
      ShellCommand cmd = tools.get(0);
      String other = tool(cmd).equals("curl") ? "wget" : "curl";
      ctx.report(
          cmd.program().map(w -> w.span()).orElse(cmd.span()),
          "This stage uses both "
              + tool(cmd)
              + " and "
              + other
              + " (line "
              + seen.get(other)
              + "); use one download tool");
    }
  }

  private static String tool(ShellCommand cmd) {
    return cmd.is("curl") ? "curl" : "wget";
  }
}
