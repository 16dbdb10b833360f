package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Cmd;
import dev.berth.dockerfile.model.Command;
import dev.berth.dockerfile.model.Entrypoint;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Shell;
import dev.berth.dockerfile.model.ShellForm;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CMD and ENTRYPOINT in shell form run under {@code /bin/sh -c}, which does not pass signals such
 * as SIGTERM to the program, so the container does not stop cleanly. As in BuildKit, a SHELL
 * instruction earlier in the stage, or in a stage it is built on, is taken as a deliberate choice
 * of shell and silences the rule. The fix writes the JSON form when the command is plain words
 * without any shell syntax.
 */
@RuleInfo(
    id = "DL3025",
    name = "json-args-recommended",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    fix = Fixability.SOMETIMES,
    aliases = {"JSONArgsRecommended"},
    summary = "Write CMD and ENTRYPOINT in JSON form so the program receives signals.")
public final class DL3025 implements DockerfileRule {

  @Override
  public void check(DockerfileContext ctx) {
    StageGraph g = ctx.stageGraph();
    for (Stage s : ctx.model().stages()) {
      boolean shell = false;
      for (Stage p : g.chain(s)) {
        if (p != s && !p.instructions(Shell.class).isEmpty()) {
          shell = true;
        }
      }
      for (Instruction i : s.instructions()) {
        if (i instanceof Shell) {
          shell = true;
        }
        Optional<Command> command = Optional.empty();
        if (i instanceof Cmd c) {
          command = c.command();
        } else if (i instanceof Entrypoint e) {
          command = e.command();
        }
        if (shell || command.isEmpty() || !(command.get() instanceof ShellForm sf)) {
          continue;
        }
        report(ctx, i, sf);
      }
    }
  }

  private static void report(DockerfileContext ctx, Instruction i, ShellForm sf) {
    String name = i.keyword().text();
    String message =
        name
            + " in shell form runs under /bin/sh -c, which does not pass signals on; write "
            + name
            + " [\"executable\", \"arg\", ...]";
    if (!sf.raw().equals(sf.text()) || !plain(sf.text())) {
      ctx.report(sf.span(), message);
      return;
    }
    List<String> quoted = new ArrayList<>();
    for (String w : sf.text().split(" ")) {
      quoted.add(GoText.quote(w));
    }
    String json = "[" + String.join(", ", quoted) + "]";
    ctx.report(sf.span(), message, Fix.unsafe("Write " + json, TextEdit.replace(sf.span(), json)));
  }

  /**
   * Words of letters, digits and {@code _./:=@%+,-} separated by single spaces: text with no shell
   * syntax, so the JSON form means the same. Read by hand (a repeated group recurses per word).
   */
  private static boolean plain(String t) {
    if (t.isEmpty() || t.startsWith(" ") || t.endsWith(" ") || t.contains("  ")) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean word =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "_./:=@%+,-".indexOf(c) >= 0;
      if (!word && c != ' ') {
        return false;
      }
    }
    return true;
  }
}
