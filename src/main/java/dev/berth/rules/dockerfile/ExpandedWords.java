package dev.berth.rules.dockerfile;

import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.Expose;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.StopSignal;
import dev.berth.dockerfile.model.User;
import dev.berth.dockerfile.model.Volume;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.model.Workdir;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of an instruction that BuildKit itself expands ({@code $VAR}, {@code ${VAR:-x}}), as
 * opposed to the shell: FROM's image and {@code --platform}; ADD and COPY arguments and their
 * {@code --chown}, {@code --chmod}, {@code --from} and {@code --checksum}; ENV and LABEL pairs; ARG
 * defaults; WORKDIR, USER, VOLUME, STOPSIGNAL and EXPOSE; RUN {@code --mount}. Flag values are
 * returned as words of their own text, spanning the flag.
 */
final class ExpandedWords {
  private ExpandedWords() {}

  private static final Set<String> FILE_FLAGS = Set.of("chown", "chmod", "from", "checksum");

  /** The expanded words of {@code i}, ENV and LABEL keys included when {@code keys}. */
  static List<Word> of(Instruction i, boolean keys) {
    List<Word> out = new ArrayList<>();
    if (i instanceof From f) {
      f.image().ifPresent(out::add);
      flags(i, Set.of("platform"), out);
    } else if (i instanceof Add a) {
      out.addAll(a.execForm() ? a.args() : literalArgs(a.args()));
      flags(i, FILE_FLAGS, out);
    } else if (i instanceof Copy c) {
      out.addAll(c.execForm() ? c.args() : literalArgs(c.args()));
      flags(i, FILE_FLAGS, out);
    } else if (i instanceof Env e) {
      pairs(e.pairs(), keys, out);
    } else if (i instanceof Label l) {
      pairs(l.pairs(), keys, out);
    } else if (i instanceof Arg a) {
      for (ArgDeclaration d : a.declarations()) {
        d.defaultValue().ifPresent(out::add);
      }
    } else if (i instanceof Workdir w) {
      w.argument().ifPresent(out::add);
    } else if (i instanceof User u) {
      u.argument().ifPresent(out::add);
    } else if (i instanceof StopSignal s) {
      s.argument().ifPresent(out::add);
    } else if (i instanceof Volume v) {
      out.addAll(v.paths());
    } else if (i instanceof Expose e) {
      out.addAll(e.ports());
    } else if (i instanceof Run) {
      flags(i, Set.of("mount"), out);
    }
    return out;
  }

  /** Shell-form file arguments without heredoc operators, whose bodies BuildKit does not expand. */
  private static List<Word> literalArgs(List<Word> args) {
    return args.stream().filter(w -> !w.text().startsWith("<<")).toList();
  }

  private static void pairs(List<KeyValue> pairs, boolean keys, List<Word> out) {
    for (KeyValue kv : pairs) {
      if (keys) {
        out.add(kv.key());
      }
      out.add(kv.value());
    }
  }

  private static void flags(Instruction i, Set<String> names, List<Word> out) {
    for (Flag f : i.flags()) {
      if (names.contains(f.name()) && f.value().isPresent()) {
        out.add(new Word(f.span(), f.raw(), f.value().get()));
      }
    }
  }
}
