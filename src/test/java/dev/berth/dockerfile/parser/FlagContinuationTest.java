package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ModelInvariants;
import dev.berth.dockerfile.print.BuildkitDump;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BuildKit joins continued lines before it reads flags, so a line continuation may fall anywhere in
 * a flag, even between its two dashes.
 */
class FlagContinuationTest {
  private static Dockerfile parse(String text) {
    Dockerfile df = DockerfileParsing.parse(SourceText.of("Dockerfile", text));
    assertEquals(List.of(), df.problems(), text);
    assertEquals(List.of(), ModelInvariants.check(df), text);
    return df;
  }

  @Test
  void aContinuationInsideAFlagNameIsPartOfTheFlag() {
    assertEquals(
        "(from \"a\")\n(run [\"--network=none\"] \"echo\")\n",
        BuildkitDump.dump(parse("FROM a\nRUN --netw\\\nork=none echo\n")));
  }

  /**
   * Found by fuzzing (DockerfileParserFuzzTest#structured): '-' + continuation + '-' was a syntax
   * error (DL1000), and the instruction the parser recovered from ran over the ones after it.
   */
  @Test
  void aContinuationBetweenTheTwoDashesIsPartOfTheFlag() {
    assertEquals(
        "(from \"a\")\n(run [\"--network=none\"] \"echo\")\n",
        BuildkitDump.dump(parse("FROM a\nRUN -\\\n-network=none echo\n")));
    assertEquals(
        "(from \"a\")\n(run [\"--network=none\"] \"echo\")\n",
        BuildkitDump.dump(parse("FROM a\nRUN -\\\n# a comment\n-network=none echo\n")));
    assertEquals(
        "(from \"a\")\n(run \"echo\")\n(run \"x\")\n",
        BuildkitDump.dump(parse("FROM a\nRUN -\\\n- echo\nRUN x\n")));
  }
}
