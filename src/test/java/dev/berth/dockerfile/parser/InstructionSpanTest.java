package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.ModelInvariants;
import dev.berth.dockerfile.model.Onbuild;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An instruction's span covers all of its pieces. */
class InstructionSpanTest {
  private static Dockerfile parse(String text) {
    return DockerfileParsing.parse(SourceText.of("Dockerfile", text));
  }

  /**
   * Found by fuzzing: a keyword that ends with a line continuation at the end of the file holds the
   * continuation's newline, but the instruction's span stopped before it, so the keyword lay
   * outside its instruction (and the fixer's meaning check failed on the span).
   */
  @Test
  void aKeywordEndingInAContinuationAtTheEndOfTheFileLiesInsideItsInstruction() {
    for (String text :
        new String[] {"FROM a\n \\\n", "FROM a\nRUN\\\n", "FROM a\nRUN x \\\\\n \\\n"}) {
      Dockerfile df = parse(text);
      Instruction last = df.instructions().get(df.instructions().size() - 1);
      assertTrue(last.span().contains(last.keyword().span()), text);
      assertEquals(text.length(), last.span().end(), text);
      assertEquals(List.of(), ModelInvariants.check(df), text);
    }
    Dockerfile onbuild = parse("FROM a\nONBUILD RUN\\\n");
    Onbuild o = (Onbuild) onbuild.instructions().get(1);
    assertTrue(o.span().contains(o.trigger().get().keyword().span()));
    assertEquals(List.of(), ModelInvariants.check(onbuild));
  }

  /**
   * Found by fuzzing (with the stricter invariant): an unterminated heredoc's body runs to the end
   * of the file, its last newline included, past the end of its instruction.
   */
  @Test
  void anUnterminatedHeredocLiesInsideItsInstruction() {
    Dockerfile df = parse("FROM a\nRUN <<EOF\nx\n");
    Instruction run = df.instructions().get(1);
    assertEquals(new Span(7, 19), run.span());
    assertEquals(List.of(), ModelInvariants.check(df));
  }

  /**
   * Found by fuzzing (runs of 10 minutes): the same for a flag, key=value word or text that ends
   * with a continuation at the end of the file (and blank continuation lines after it), and for a
   * word in an unclosed quote, which keeps its trailing blanks.
   */
  @Test
  void aLastFlagOrWordLiesInsideItsInstruction() {
    for (String text :
        new String[] {
          "FROM a\nRUN --mount=\" \\\n  --from=build \\\n",
          "\uFEFFfrom\t--mount=\" \\\n  --from=build \\\n",
          "FROM a\nLABEL maintainer=\"already a label \n",
          "FROM a\nENV a=b \\\n",
          "FROM a\nWORKDIR [\"unterminated\\\n\\\n",
          "FROM a\nLABEL--x\\\n--from=\"a b\"\\\n  \n",
        }) {
      assertEquals(List.of(), ModelInvariants.check(parse(text)), text);
    }
  }

  /** The usual case keeps its span: the trailing continuation's newline is not part of it. */
  @Test
  void aContinuationAfterArgumentsAtTheEndOfTheFileIsNotIncluded() {
    Dockerfile df = parse("FROM a\nRUN x \\\n");
    assertEquals(new Span(7, 14), df.instructions().get(1).span());
  }
}
