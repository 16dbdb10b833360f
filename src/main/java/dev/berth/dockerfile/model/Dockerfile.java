package dev.berth.dockerfile.model;

import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: the source, its parser directives, its comments, its instructions in file
 * order, the problems the parser found, and the stages the instructions form. Instructions before
 * the first FROM (global ARGs) are the {@code preamble}; a file with no FROM at all is one implicit
 * stage holding every instruction.
 *
 * <p>{@code escape} is the escape character in effect ({@code \} or a backtick).
 */
public record Dockerfile(
    SourceText source,
    int escape,
    List<Directive> directives,
    List<Comment> comments,
    List<Instruction> instructions,
    List<Problem> problems,
    List<Instruction> preamble,
    List<Stage> stages) {

  public static Dockerfile of(
      SourceText source,
      int escape,
      List<Directive> directives,
      List<Comment> comments,
      List<Instruction> instructions,
      List<Problem> problems) {
    List<Instruction> preamble = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    From from = null;
    List<Instruction> current = preamble;
    for (Instruction i : instructions) {
      if (i instanceof From f) {
        if (from != null) {
          stages.add(new Stage(stages.size(), Optional.of(from), List.copyOf(current)));
        }
        from = f;
        current = new ArrayList<>();
      } else {
        current.add(i);
      }
    }
    if (from != null) {
      stages.add(new Stage(stages.size(), Optional.of(from), List.copyOf(current)));
    } else if (!preamble.isEmpty()) {
      stages.add(new Stage(0, Optional.empty(), List.copyOf(preamble)));
      preamble = new ArrayList<>();
    }
    return new Dockerfile(
        source,
        escape,
        List.copyOf(directives),
        List.copyOf(comments),
        List.copyOf(instructions),
        List.copyOf(problems),
        List.copyOf(preamble),
        List.copyOf(stages));
  }

  /** Every instruction of one type, in file order (ONBUILD triggers not included). */
  public <T extends Instruction> List<T> instructions(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Instruction i : instructions) {
      if (type.isInstance(i)) {
        out.add(type.cast(i));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Every instruction of one type, including the triggers of ONBUILD instructions, which are linted
   * like top-level instructions.
   */
  public <T extends Instruction> List<T> instructionsWithTriggers(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Instruction i : instructions) {
      Instruction cur = i;
      while (cur instanceof Onbuild o && o.trigger().isPresent()) {
        cur = o.trigger().get();
      }
      if (type.isInstance(i)) {
        out.add(type.cast(i));
      } else if (cur != i && type.isInstance(cur)) {
        out.add(type.cast(cur));
      }
    }
    return out;
  }

  /** The stage that contains an instruction, if it is inside one. */
  public java.util.Optional<Stage> stageOf(Instruction instruction) {
    for (Stage s : stages) {
      if (s.from().map(f -> f == instruction).orElse(false)
          || s.instructions().stream().anyMatch(i -> i == instruction)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
