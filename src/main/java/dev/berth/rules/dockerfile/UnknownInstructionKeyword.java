package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Spelling;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.InstructionKind;
import dev.berth.dockerfile.model.Keyword;
import dev.berth.dockerfile.model.Onbuild;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A word in instruction position that is none of the eighteen instructions. BuildKit refuses the
 * file ("unknown instruction"); an ONBUILD trigger is checked too, since BuildKit refuses it when a
 * child image is built. The message suggests the nearest instruction when one is close.
 */
@RuleInfo(
    id = "UnknownInstruction",
    name = "unknown-instruction",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Every instruction keyword must be one of the eighteen Dockerfile instructions.")
public final class UnknownInstructionKeyword implements DockerfileRule {
  /** Suggestions further than this many edits away from the keyword are not worth showing. */
  private static final int MAX_SUGGESTION_DISTANCE = 2;

  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : ctx.model().instructions()) {
      check(ctx, i);
      if (i instanceof Onbuild o) {
        o.trigger().ifPresent(t -> check(ctx, t));
      }
    }
  }

  private static void check(DockerfileContext ctx, Instruction i) {
    Keyword k = i.keyword();
    if (k.kind() != InstructionKind.UNKNOWN) {
      return;
    }
    String message = "'" + k.text() + "' is not a Dockerfile instruction";
    message +=
        suggestion(k.name())
            .map(s -> "; did you mean '" + s + "'?")
            .orElse(
                "; check the spelling, or whether the line before should end with a continuation");
    ctx.report(k.span(), message);
  }

  /** The instruction closest to {@code word} by edit distance, when it is close enough. */
  static Optional<String> suggestion(String word) {
    List<String> names = new ArrayList<>();
    for (InstructionKind kind : InstructionKind.values()) {
      if (kind != InstructionKind.UNKNOWN) {
        names.add(kind.name());
      }
    }
    return Spelling.closest(word, names, MAX_SUGGESTION_DISTANCE);
  }
}
