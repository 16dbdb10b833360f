package dev.berth.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.project.ProjectLoader;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The look for {@code include} before a run loads a compose file to read its includes: it may say
 * yes too often, never no for a file that has includes.
 */
class IncludeScanTest {
  private static boolean mayInclude(String text) {
    return LintRunner.mayInclude(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anIncludeOutsideFullLineCommentsCounts() {
    assertTrue(mayInclude("include:\n  - other.yaml\n"));
    assertTrue(mayInclude("services: {}\ninclude: [a.yaml]"));
    assertTrue(mayInclude("{services: {},\n include: [a.yaml]}"));
    assertTrue(mayInclude("\"include\": [a.yaml]"));
    assertTrue(mayInclude("services:\n  web:\n    included: 1\n"));
    assertTrue(mayInclude("x: 1 # include\n")); // a comment after content: not worth telling
    assertTrue(mayInclude("# a\u0085include: [a.yaml]")); // a line break outside ASCII
    assertTrue(mayInclude("\uFEFF# include\n")); // a byte order mark first: counted
    assertTrue(mayInclude("# x\r\ninclude: [a.yaml]\r\n"));
  }

  @Test
  void anIncludeOnlyInFullLineCommentsDoesNot() {
    assertFalse(mayInclude(""));
    assertFalse(mayInclude("services: {}\n"));
    assertFalse(mayInclude("# include other files here\nservices: {}\n"));
    assertFalse(mayInclude("services:\n  web:\n    # include the volumes below\n    image: x\n"));
    assertFalse(mayInclude("\t#include\r#   include: [a]\r"));
    assertFalse(mayInclude("x: |\n  # include: [a.yaml]\n")); // block scalar text, not a key
    assertFalse(mayInclude("includ"));
  }

  /** A long line of the word costs a single pass, not one per occurrence. */
  @Test
  void aLongLineOfTheWordIsReadOnce() {
    assertTrue(mayInclude("x" + "include".repeat(200_000)));
    assertFalse(mayInclude("#" + "include".repeat(200_000)));
  }

  /** Over the corpus: every file whose loaded form has includes passes the look. */
  @Test
  void noCorpusFileWithIncludesIsMissed() throws IOException {
    Path corpus = SharedData.require("corpus/compose");
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
              .sorted()
              .toList();
    }
    int withIncludes = 0;
    for (Path p : files) {
      byte[] bytes = Files.readAllBytes(p);
      ComposeFile file =
          ComposeLoading.load(SourceText.of(p.toString(), bytes), ComposeLoadOptions.defaults());
      boolean has = !ProjectLoader.includedBy(file, p.getParent()).isEmpty();
      if (has) {
        withIncludes++;
        assertTrue(LintRunner.mayInclude(bytes), p.toString());
      }
    }
    assertTrue(withIncludes > 0, "the corpus has files with includes");
  }
}
