package dev.berth.dockerfile.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** .dockerignore matching as BuildKit does it (moby's patternmatcher and ignorefile). */
class DockerIgnoreTest {
  private static DockerIgnore of(String... lines) {
    return DockerIgnore.parse(String.join("\n", lines) + "\n");
  }

  @Test
  void commentsBlankLinesAndCleaning() {
    DockerIgnore d = of("\uFEFF# comment", "", "  ", "./build/", "/dist//x/../y", " # not a comment ", "!");
    assertEquals(List.of("build", "dist/y", "# not a comment"), d.patterns());
    assertTrue(d.excludes("build"));
    assertTrue(d.excludes("dist/y"));
    assertTrue(d.excludes("# not a comment"));
    assertFalse(d.excludes("dist/x"));
  }

  @Test
  void patternsAreAnchoredAtTheContextRoot() {
    DockerIgnore d = of("*.log", "tmp");
    assertTrue(d.excludes("a.log"));
    assertFalse(d.excludes("sub/a.log"));
    assertTrue(d.excludes("tmp"));
    assertFalse(d.excludes("sub/tmp"));
  }

  @Test
  void aMatchingDirectoryExcludesEverythingInIt() {
    DockerIgnore d = of("node_modules", "docs/*");
    assertTrue(d.excludes("node_modules/a/b.js"));
    assertTrue(d.excludes("docs/guide/intro.md"));
    assertFalse(d.excludes("docs"));
  }

  @Test
  void doubleStarMatchesAnyNumberOfDirectories() {
    DockerIgnore d = of("**/*.pyc", "cache/**", "a/**/z");
    assertTrue(d.excludes("x.pyc"));
    assertTrue(d.excludes("p/q/x.pyc"));
    assertTrue(d.excludes("cache/x"));
    assertFalse(d.excludes("cache"));
    assertTrue(d.excludes("a/z"));
    assertTrue(d.excludes("a/b/c/z"));
    assertFalse(d.excludes("a/b/c/y"));
    assertTrue(of("**").excludes("anything/at/all"));
    assertTrue(of("**/secret").excludes("secret"));
    assertTrue(of("**/secret").excludes("deep/secret"));
  }

  @Test
  void starAndQuestionMarkStayInsideOneSegment() {
    DockerIgnore d = of("a*/b?");
    assertTrue(d.excludes("abc/b1"));
    assertFalse(d.excludes("a/x/b1"));
    assertFalse(d.excludes("abc/b12"));
  }

  @Test
  void exceptionsReincludeAndTheLastMatchWins() {
    DockerIgnore d = of("*.md", "!README.md", "docs", "!docs/keep.txt");
    assertTrue(d.excludes("CHANGES.md"));
    assertFalse(d.excludes("README.md"));
    assertTrue(d.excludes("docs/other.txt"));
    assertFalse(d.excludes("docs/keep.txt"));
    DockerIgnore again = of("!README.md", "*.md");
    assertTrue(again.excludes("README.md"));
  }

  @Test
  void classesEscapesAndMalformedPatterns() {
    DockerIgnore d = of("file[0-9].txt", "x[!a].y", "lit\\*er?l", "bad[", "q.c+", "only\\*escaped");
    assertTrue(d.excludes("file7.txt"));
    assertFalse(d.excludes("filea.txt"));
    assertTrue(d.excludes("xb.y"));
    assertFalse(d.excludes("xa.y"));
    assertTrue(d.excludes("lit*eral"));
    assertFalse(d.excludes("litXeral"));
    assertTrue(d.excludes("q.c+"));
    assertFalse(d.excludes("qxc+"));
    // BuildKit compares a pattern without wildcards as it is written, escapes included
    assertFalse(d.excludes("only*escaped"));
    assertTrue(d.excludes("only\\*escaped"));
    assertEquals(5, d.patterns().size(), d.patterns().toString());
  }

  @Test
  void pathsAreCleanedBeforeMatching() {
    DockerIgnore d = of("a/b");
    assertTrue(d.excludes("./a//b"));
    assertTrue(d.excludes("/a/b/c"));
    assertFalse(DockerIgnore.EMPTY.excludes("a"));
  }
}
