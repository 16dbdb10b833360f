package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.Heredoc;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Shell;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.Option;
import dev.berth.dockerfile.shell.Script;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A RUN with a pipe whose shell does not fail when a command before the last one fails: {@code curl
 * ... | tar x} builds an empty image layer when the download fails. Accepted: a SHELL (of the
 * stage, or of the stage it is built on) that is bash, zsh, ash or ksh with {@code -o pipefail}, or
 * is PowerShell or cmd; {@code set -o pipefail} (or {@code set -eo pipefail}...) before the pipe in
 * the same RUN; a heredoc script whose shebang line sets {@code -o pipefail}. A pipe fed only by
 * {@code echo}, {@code printf}, {@code yes} or {@code true} is left alone, and so are stages built
 * on a Windows image (cmd and PowerShell have no pipefail). ONBUILD triggers are not checked.
 */
@RuleInfo(
    id = "DL4006",
    name = "pipe-without-pipefail",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Set -o pipefail before a RUN with a pipe.")
public final class PipeWithoutPipefail implements DockerfileRule {
  private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");
  private static final List<String> OTHER_SHELLS = List.of("pwsh", "powershell", "cmd");

  /**
   * Programs that do not fail before a pipe: pipefail protects nothing there, and {@code yes} would
   * even make the pipe fail when the reader stops early.
   */
  private static final String[] CANNOT_FAIL = {"echo", "printf", "yes", "true"};

  @Override
  public void check(DockerfileContext ctx) {
    Dockerfile file = ctx.model();
    StageParents parents = StageParents.of(file);
    for (Stage stage : file.stages()) {
      if (windows(parents, stage)) {
        continue;
      }
      Optional<Shell> shell = inheritedShell(parents, stage);
      for (Instruction i : stage.instructions()) {
        if (i instanceof Shell s) {
          shell = Optional.of(s);
        } else if (i instanceof Run run && !shell.map(PipeWithoutPipefail::safe).orElse(false)) {
          check(ctx, run);
        }
      }
    }
  }

  private static void check(DockerfileContext ctx, Run run) {
    if (shebangSetsPipefail(run)) {
      return;
    }
    Script script = ctx.shell(run);
    for (ShellCommand cmd : script.commands()) {
      if (!cmd.isNested() && setsPipefail(cmd)) {
        return;
      }
      String op = cmd.operatorAfter();
      if ((op.equals("|") || op.equals("|&")) && !cmd.is(CANNOT_FAIL)) {
        String name = cmd.program().map(ShellWord::value).orElse("the command");
        ctx.report(
            cmd.span(),
            "If '"
                + name
                + "' fails, this pipe still succeeds; put set -o pipefail before it, or"
                + " SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN");
        return;
      }
    }
  }

  /** A stage built on a Windows image, whose default shell is cmd: pipes work differently. */
  private static boolean windows(StageParents parents, Stage stage) {
    String image = parents.baseImage(stage).toLowerCase(java.util.Locale.ROOT);
    return image.contains("windows")
        || image.contains("nanoserver")
        || image.contains("servercore");
  }

  /** The last SHELL of the stages this one is built on, nearest first. */
  private static Optional<Shell> inheritedShell(StageParents parents, Stage stage) {
    List<Stage> chain = parents.chain(stage);
    for (Stage s : chain.subList(1, chain.size())) {
      List<Shell> shells = s.instructions(Shell.class);
      if (!shells.isEmpty()) {
        return Optional.of(shells.get(shells.size() - 1));
      }
    }
    return Optional.empty();
  }

  /** Whether a SHELL makes pipes fail: a pipefail shell with -o pipefail, or a Windows shell. */
  private static boolean safe(Shell shell) {
    if (!(shell.command().orElse(null) instanceof ExecForm exec) || exec.elements().isEmpty()) {
      return false;
    }
    List<String> words = exec.elements().stream().map(Word::text).toList();
    String program = basename(words.get(0));
    for (String other : OTHER_SHELLS) {
      if (program.toLowerCase(java.util.Locale.ROOT).startsWith(other)) {
        return true;
      }
    }
    return PIPEFAIL_SHELLS.contains(program) && pipefail(words.subList(1, words.size()));
  }

  /** {@code -o pipefail}, {@code -eo pipefail}, {@code -euxo pipefail} among shell options. */
  private static boolean pipefail(List<String> words) {
    for (int k = 0; k + 1 < words.size(); k++) {
      String w = words.get(k);
      if (w.startsWith("-") && !w.startsWith("--") && w.endsWith("o")) {
        if (words.get(k + 1).equals("pipefail")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean setsPipefail(ShellCommand cmd) {
    if (!cmd.is("set")) {
      return false;
    }
    for (Option o : cmd.options()) {
      if (o.is("-o") && o.value().map("pipefail"::equals).orElse(false)) {
        return true;
      }
    }
    List<String> words = cmd.args().stream().map(ShellWord::value).toList();
    return pipefail(words);
  }

  /** A RUN that is a heredoc script whose shebang line passes {@code -o pipefail}. */
  private static boolean shebangSetsPipefail(Run run) {
    if (run.heredocs().size() != 1) {
      return false;
    }
    Heredoc h = run.heredocs().get(0);
    String body = h.effectiveContent();
    if (!body.startsWith("#!")) {
      return false;
    }
    int end = body.indexOf('\n');
    List<String> words =
        List.of(body.substring(2, end < 0 ? body.length() : end).trim().split("\\s+"));
    return pipefail(words);
  }

  private static String basename(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(cut + 1);
  }
}
