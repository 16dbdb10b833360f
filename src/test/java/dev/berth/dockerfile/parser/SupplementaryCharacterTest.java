package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.core.SourceText;
import dev.berth.core.Utf8;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ModelInvariants;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.ShellForm;
import dev.berth.dockerfile.model.TextMap;
import dev.berth.dockerfile.print.BuildkitDump;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A character beyond U+FFFF is two Java chars. When its low half lies in U+DC80-U+DCFF (the range
 * that stands for an invalid byte of the file), it is still one valid character.
 */
class SupplementaryCharacterTest {
  /** U+AB895: its low half is U+DC95, which alone would stand for the invalid byte 0x95. */
  private static final String FAR = new String(Character.toChars(0xAB895));

  @Test
  void escapedByteHelpersReadCodePoints() {
    String invalid = new String(Character.toChars(Utf8.ESCAPE_BASE + 0x95));
    assertEquals(FAR + "\uFFFD", Utf8.replaceInvalid(FAR + invalid));
    assertEquals(FAR + "\\x95", Utf8.printable(FAR + invalid));
  }

  /**
   * Found by fuzzing (LintPipelineFuzzTest#dockerfileStructured): LegacyKeyValueFormat's fix turned
   * {@code LABEL k v} into {@code LABEL k=v}, and a key=value value with this character came out as
   * a lone high surrogate and U+FFFD, so the fix seemed to change the label.
   */
  @Test
  void keyValueWordsKeepTheCharacter() {
    String text = "FROM a\nLABEL k=" + FAR + "x\nLABEL k " + FAR + "x\nRUN echo " + FAR + "\n";
    Dockerfile df = DockerfileParsing.parse(SourceText.of("Dockerfile", text));
    assertEquals(List.of(), ModelInvariants.check(df));
    assertEquals(
        "(from \"a\")\n"
            + "(label \"k\" \"\\U000ab895x\" \"=\")\n"
            + "(label \"k\" \"\\U000ab895x\" \"\")\n"
            + "(run \"echo \\U000ab895\")\n",
        BuildkitDump.dump(df));
    TextMap map = ((ShellForm) ((Run) df.instructions().get(3)).command().orElseThrow()).map();
    int at = map.text().indexOf(FAR);
    // The character is 4 bytes in the file, whichever of its halves a range ends on.
    assertEquals(4, map.span(at, at + 2).length());
    assertEquals(4, map.span(at, at + 1).length());
  }
}
