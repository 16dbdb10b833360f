package dev.berth.compose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InclusionTest {
  @TempDir Path dir;

  private boolean included(String includingText, String file) throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), includingText);
    Path target = dir.resolve(file);
    Files.createDirectories(target.getParent());
    Files.writeString(target, "services: {}\n");
    return new Inclusion().isIncluded(target.toString());
  }

  @Test
  void anIncludeEntryIncludes() throws IOException {
    assertEquals(true, included("include:\n  - api/compose.yaml\n", "api/compose.yaml"));
    assertEquals(true, included("include:\n  - path: ./api/compose.yaml\n", "api/compose.yaml"));
  }

  @Test
  void aQuotedOrFlowEntryIncludes() throws IOException {
    assertEquals(true, included("include: [\"api/compose.yaml\"]\n", "api/compose.yaml"));
    assertEquals(true, included("include: ['./api/compose.yaml',x.yaml]\n", "api/compose.yaml"));
    assertEquals(true, included("include:\n  - {path: api/compose.yaml}\n", "api/compose.yaml"));
  }

  @Test
  void aLongerPathEndingOrStartingWithTheNameDoesNot() throws IOException {
    assertEquals(false, included("include:\n  - sub/api/compose.yaml\n", "api/compose.yaml"));
    assertEquals(false, included("include:\n  - ../api/compose.yaml\n", "api/compose.yaml"));
    assertEquals(false, included("include:\n  - api/compose.yaml.bak\n", "api/compose.yaml"));
    assertEquals(
        true,
        included("include:\n  - sub/api/compose.yaml\n  - api/compose.yaml\n", "api/compose.yaml"));
  }

  @Test
  void aMentionInACommentDoesNot() throws IOException {
    String text =
        "# run with -f api/compose.yaml\ninclude:\n  - other.yaml # not api/compose.yaml\n";
    assertEquals(false, included(text, "api/compose.yaml"));
  }

  @Test
  void anIncludeKeyInACommentDoesNotMakeAnIncludingFile() throws IOException {
    assertEquals(
        false, included("# include: api/compose.yaml\nservices: {}\n", "api/compose.yaml"));
  }

  @Test
  void commentsAreCutWhereYamlStartsThem() {
    assertEquals(
        "a: b \n\n  - x\t\nc: d#e\n",
        Inclusion.withoutComments("a: b # c\n# whole line\n  - x\t# y\nc: d#e"));
  }
}
