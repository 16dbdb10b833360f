package dev.berth.engine.fix;

import dev.berth.core.GoText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.model.Maintainer;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a fixed Dockerfile means the same to BuildKit as the original, instruction by
 * instruction: same instructions; same ENV and LABEL values after BuildKit's word processing;
 * MAINTAINER text in a maintainer label; RUN commands equal but for the options the package-manager
 * fixes add; everything else equal but for keyword case.
 */
public final class FixMeaning {
  private FixMeaning() {}

  /** Null when both files mean the same to BuildKit, else the first difference. */
  public static String difference(Dockerfile before, Dockerfile after) {
    List<Instruction> a = before.instructions();
    List<Instruction> b = after.instructions();
    if (a.size() != b.size()) {
      return "instruction count " + a.size() + " became " + b.size();
    }
    for (int i = 0; i < a.size(); i++) {
      String x = meaning(a.get(i), before);
      String y = meaning(b.get(i), after);
      if (!x.equals(y)) {
        return "instruction " + (i + 1) + ": " + x + " became " + y;
      }
    }
    return null;
  }

  private static String meaning(Instruction i, Dockerfile file) {
    int escape = file.escape();
    if (i instanceof Env e) {
      return "ENV " + pairs(e.pairs(), escape);
    }
    if (i instanceof Label l) {
      return "LABEL " + pairs(l.pairs(), escape);
    }
    if (i instanceof Maintainer m) {
      return "LABEL [maintainer=" + m.argument().map(Word::text).orElse("") + "]";
    }
    if (i instanceof Onbuild o) {
      return "ONBUILD " + o.trigger().map(t -> meaning(t, file)).orElse("");
    }
    if (i instanceof From f) {
      return "FROM "
          + f.flags().stream().map(Flag::text).toList()
          + f.args().stream().map(w -> w.text().equalsIgnoreCase("as") ? "AS" : w.text()).toList();
    }
    String rest = file.source().slice(new Span(i.keyword().span().end(), i.span().end()));
    if (i instanceof Run) {
      rest = withoutPackageFixes(rest);
    }
    // BuildKit knows an instruction by its lowercased keyword (Go's strings.ToLower): ϴrue and θrue
    // are the same unknown instruction, though Java upper-cases them differently.
    return GoText.toLower(i.keyword().text()) + rest;
  }

  /** Options the package-manager fixes add on purpose: the only change a fix may make to a RUN. */
  private static final List<String> ADDED_OPTIONS =
      List.of(" --no-install-recommends", " --no-cache-dir", " --no-cache", " -y", " -n");

  /**
   * A RUN's text with the deliberate edits of the package-manager fixes undone: the options they
   * insert removed ({@code -y}, {@code -n}, {@code --no-install-recommends}, {@code
   * --no-cache-dir}, {@code --no-cache}) and {@code apt-get} read as {@code apt}.
   */
  static String withoutPackageFixes(String run) {
    String out = run.replace("apt-get", "apt");
    for (String option : ADDED_OPTIONS) {
      StringBuilder sb = new StringBuilder();
      int from = 0;
      int at;
      while ((at = out.indexOf(option, from)) >= 0) {
        int end = at + option.length();
        boolean whole = end == out.length() || " \t\\\n\r'\";&|".indexOf(out.charAt(end)) >= 0;
        sb.append(out, from, whole ? at : end);
        from = end;
      }
      out = sb.append(out.substring(from)).toString();
    }
    return out;
  }

  private static List<String> pairs(List<KeyValue> pairs, int escape) {
    List<String> out = new ArrayList<>();
    for (KeyValue kv : pairs) {
      out.add(processed(kv.key().text(), escape) + "=" + processed(kv.value().text(), escape));
    }
    return out;
  }

  private static String processed(String word, int escape) {
    try {
      return BuildkitWords.process(
              word, name -> "<" + name + ">", BuildkitWords.Options.defaults(escape))
          .word();
    } catch (ShellSyntaxException e) {
      return "error: " + e.getMessage();
    }
  }
}
