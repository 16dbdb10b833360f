package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.StopSignal;
import dev.berth.dockerfile.model.Word;
import java.util.Locale;
import java.util.Set;

/**
 * STOPSIGNAL must name a Linux signal ({@code SIGTERM}, {@code TERM}, {@code RTMIN+3}; any case,
 * {@code SIG} optional) or be a non-zero number, as the signal parser BuildKit uses demands. A
 * value holding a variable is not checked.
 */
@RuleInfo(
    id = "InvalidStopSignal",
    name = "invalid-stop-signal",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "STOPSIGNAL names a signal such as SIGTERM, or its non-zero number.")
public final class InvalidStopSignal implements DockerfileRule {
  private static final Set<String> NAMES =
      Set.of(
          "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT",
          "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM",
          "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ",
          "RTMIN", "RTMAX");

  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      if (!(i instanceof StopSignal s) || s.argument().isEmpty()) {
        continue;
      }
      Word w = s.argument().get();
      String v = w.text().strip();
      if (BuildkitSyntax.hasVariable(v) || valid(v)) {
        continue;
      }
      ctx.report(
          w.span(),
          "'" + v + "' is not a signal; write a signal name such as SIGTERM, or its number");
    }
  }

  static boolean valid(String v) {
    if (v.matches("[+-]?[0-9]{1,9}")) {
      return Integer.parseInt(v) != 0;
    }
    String name = v.toUpperCase(Locale.ROOT);
    if (name.startsWith("SIG")) {
      name = name.substring(3);
    }
    if (NAMES.contains(name)) {
      return true;
    }
    if (name.matches("RTMIN\\+([1-9]|1[0-5])") || name.matches("RTMAX-([1-9]|1[0-4])")) {
      return true;
    }
    return false;
  }
}
