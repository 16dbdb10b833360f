package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Comment;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ModelInvariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parser directives at the top of a Dockerfile. */
class DirectivesTest {
  private static Dockerfile parse(String text) {
    return DockerfileParsing.parse(SourceText.of("Dockerfile", text));
  }

  /** Found by fuzzing: a repeated directive's line was in no span of the model. */
  @Test
  void aRepeatedDirectiveIsReportedAndKeptAsAComment() {
    Dockerfile df = parse("# escape=`\n# escape=\\\nFROM alpine\n");
    assertEquals(1, df.directives().size());
    assertEquals('`', df.escape());
    assertEquals(List.of(" escape=\\"), df.comments().stream().map(Comment::text).toList());
    assertEquals("# escape=\\", df.source().slice(df.comments().get(0).span()));
    assertTrue(
        df.problems().stream()
            .anyMatch(
                p ->
                    p.code().equals(ProblemCodes.INVALID_DIRECTIVE)
                        && p.message().contains("only one escape")));
    assertEquals(List.of(), ModelInvariants.check(df));
  }

  /** Found by fuzzing: a {@code #!} first line was in no span of the model. */
  @Test
  void aShebangLineIsAComment() {
    Dockerfile df = parse("#!/usr/bin/env docker\r\n# escape=`\r\nFROM alpine\r\n");
    assertEquals(1, df.directives().size());
    assertEquals('`', df.escape());
    assertEquals(
        List.of("!/usr/bin/env docker"), df.comments().stream().map(Comment::text).toList());
    assertEquals(List.of(), ModelInvariants.check(df));
  }
}
