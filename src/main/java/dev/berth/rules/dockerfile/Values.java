package dev.berth.rules.dockerfile;

import dev.berth.api.DockerfileContext;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The values of instruction words as BuildKit reads them: quotes removed, variables expanded. */
final class Values {
  private Values() {}

  /**
   * The value of {@code word} in {@code at}, with the ARG and ENV defaults known there; empty when
   * it uses a variable whose value is unknown (an ARG without default, the base image's ENV, any
   * variable in an ONBUILD trigger) or is not valid.
   */
  static Optional<String> of(DockerfileContext ctx, Instruction at, Word word) {
    return ctx.environment()
        .expand(at, word.text())
        .filter(StageGraph.Value::complete)
        .map(StageGraph.Value::text);
  }

  /**
   * The file's instructions in order, each ONBUILD replaced by its trigger (instructions in
   * triggers are checked like the others by the rules where that makes sense).
   */
  static List<Instruction> withTriggers(Dockerfile file) {
    List<Instruction> out = new ArrayList<>();
    for (Instruction i : file.instructions()) {
      Instruction cur = i;
      while (cur instanceof Onbuild o && o.trigger().isPresent()) {
        cur = o.trigger().get();
      }
      out.add(cur);
    }
    return out;
  }

  /** Whether {@code word} is written without variables, quotes or escapes. */
  static boolean isPlain(Word word, int escape) {
    String t = word.raw();
    return t.equals(word.text())
        && t.indexOf('$') < 0
        && t.indexOf('"') < 0
        && t.indexOf('\'') < 0
        && t.indexOf(escape) < 0;
  }

  /** hadolint's reading of a path: surrounding single or double quotes removed. */
  static String unquoted(String text) {
    if (text.length() >= 2) {
      char first = text.charAt(0);
      char last = text.charAt(text.length() - 1);
      if ((first == '"' || first == '\'') && last == first) {
        return text.substring(1, text.length() - 1);
      }
    }
    return text;
  }
}
