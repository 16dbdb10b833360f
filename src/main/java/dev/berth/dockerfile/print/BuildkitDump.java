package dev.berth.dockerfile.print;

import dev.berth.core.GoText;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Cmd;
import dev.berth.dockerfile.model.Command;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Entrypoint;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.Expose;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Healthcheck;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.model.Maintainer;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Shell;
import dev.berth.dockerfile.model.ShellForm;
import dev.berth.dockerfile.model.StopSignal;
import dev.berth.dockerfile.model.UnknownInstruction;
import dev.berth.dockerfile.model.User;
import dev.berth.dockerfile.model.Volume;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.model.Workdir;
import java.util.List;
import java.util.Optional;

/**
 * Prints a Dockerfile in the s-expression format of BuildKit's parser tests ({@code Node.Dump()}):
 * one line per instruction, name lower-cased, flags and arguments as Go-quoted strings.
 */
public final class BuildkitDump {
  private BuildkitDump() {}

  /** The whole file's dump, one line per instruction, each ending in a line feed. */
  public static String dump(Dockerfile file) {
    StringBuilder sb = new StringBuilder();
    for (Instruction i : file.instructions()) {
      sb.append('(').append(GoText.trimSpace(instruction(i))).append(")\n");
    }
    return sb.toString();
  }

  /** One instruction without the surrounding parentheses. */
  public static String instruction(Instruction i) {
    StringBuilder sb = new StringBuilder(GoText.toLower(i.keyword().text()));
    List<Flag> flags = i.flags();
    if (!flags.isEmpty()) {
      sb.append(" [");
      for (int k = 0; k < flags.size(); k++) {
        if (k > 0) {
          sb.append(' ');
        }
        sb.append(GoText.quote(flags.get(k).text()));
      }
      sb.append(']');
    }
    if (i instanceof Onbuild o) {
      o.trigger()
          .ifPresent(t -> sb.append(" (").append(GoText.trimSpace(instruction(t))).append(')'));
      return sb.toString();
    }
    for (String arg : arguments(i)) {
      sb.append(' ').append(GoText.quote(arg));
    }
    return sb.toString();
  }

  /** The argument strings BuildKit's node chain holds for an instruction (ONBUILD: none). */
  public static List<String> arguments(Instruction i) {
    if (i instanceof From x) {
      return texts(x.args());
    }
    if (i instanceof Expose x) {
      return texts(x.ports());
    }
    if (i instanceof Run x) {
      return command(x.command());
    }
    if (i instanceof Cmd x) {
      return command(x.command());
    }
    if (i instanceof Entrypoint x) {
      return command(x.command());
    }
    if (i instanceof Shell x) {
      return command(x.command());
    }
    if (i instanceof Healthcheck x) {
      if (x.type().isEmpty()) {
        return List.of();
      }
      java.util.ArrayList<String> out = new java.util.ArrayList<>();
      out.add(x.type().get().text());
      out.addAll(command(x.command()));
      return out;
    }
    if (i instanceof Add x) {
      return texts(x.args());
    }
    if (i instanceof Copy x) {
      return texts(x.args());
    }
    if (i instanceof Volume x) {
      return texts(x.paths());
    }
    if (i instanceof Env x) {
      return pairs(x.pairs());
    }
    if (i instanceof Label x) {
      return pairs(x.pairs());
    }
    if (i instanceof Arg x) {
      return x.declarations().stream().map(ArgDeclaration::word).map(Word::text).toList();
    }
    if (i instanceof Maintainer x) {
      return optional(x.argument());
    }
    if (i instanceof User x) {
      return optional(x.argument());
    }
    if (i instanceof Workdir x) {
      return optional(x.argument());
    }
    if (i instanceof StopSignal x) {
      return optional(x.argument());
    }
    if (i instanceof UnknownInstruction) {
      return List.of("");
    }
    return List.of();
  }

  private static List<String> texts(List<Word> words) {
    return words.stream().map(Word::text).toList();
  }

  private static List<String> optional(Optional<Word> w) {
    return w.map(x -> List.of(x.text())).orElse(List.of());
  }

  private static List<String> command(Optional<Command> c) {
    if (c.isEmpty()) {
      return List.of();
    }
    if (c.get() instanceof ShellForm s) {
      return List.of(s.text());
    }
    return texts(((ExecForm) c.get()).elements());
  }

  private static List<String> pairs(List<KeyValue> pairs) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (KeyValue kv : pairs) {
      out.add(kv.key().text());
      out.add(kv.value().text());
      out.add(kv.legacy() ? "" : "=");
    }
    return out;
  }
}
