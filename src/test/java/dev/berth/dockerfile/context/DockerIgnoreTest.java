package dev.berth.dockerfile.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * .dockerignore reading and matching as BuildKit does it (moby's ignorefile and patternmatcher).
 */
class DockerIgnoreTest {
  private static DockerIgnore of(String... lines) {
    return DockerIgnore.parse(String.join("\n", lines) + "\n");
  }

  @Test
  void commentsBlankLinesAndCleaning() {
    DockerIgnore d =
        of(
            "\uFEFF# comment",
            "",
            "  ",
            "./build/",
            "/dist//x/../y",
            " # not a comment ",
            "\tlogs\r");
    assertEquals(List.of("build", "dist/y", "# not a comment", "logs"), d.patterns());
    assertTrue(d.excludes("build"));
    assertTrue(d.excludes("dist/y"));
    assertTrue(d.excludes("# not a comment"));
    assertTrue(d.excludes("logs"));
    assertFalse(d.excludes("dist/x"));
    assertFalse(d.hasExceptions());
    assertEquals(List.of("/"), of("/").patterns());
    assertEquals(List.of(), DockerIgnore.parse("").patterns());
    assertEquals(List.of("last"), DockerIgnore.parse("last").patterns());
  }

  @Test
  void patternsAreAnchoredAtTheContextRoot() {
    DockerIgnore d = of("*.log", "tmp");
    assertTrue(d.excludes("a.log"));
    assertFalse(d.excludes("sub/a.log"));
    assertTrue(d.excludes("tmp"));
    assertFalse(d.excludes("sub/tmp"));
    assertFalse(d.excludes("tmpx"));
  }

  @Test
  void aMatchingParentFolderExcludesEverythingInIt() {
    DockerIgnore d = of("node_modules", "docs/*");
    assertTrue(d.excludes("node_modules/a/b.js"));
    assertTrue(d.excludes("docs/guide/intro.md"));
    assertFalse(d.excludes("docs"));
    assertFalse(d.excludes("node_modules_x/a"));
  }

  @Test
  void doubleStarMatchesAnyNumberOfFolders() {
    DockerIgnore d = of("**/*.pyc", "cache/**", "a/**/z");
    assertTrue(d.excludes("x.pyc"));
    assertTrue(d.excludes("p/q/x.pyc"));
    assertTrue(d.excludes("cache/x"));
    assertFalse(d.excludes("cache"));
    assertTrue(d.excludes("a/z"));
    assertTrue(d.excludes("a/b/c/z"));
    assertFalse(d.excludes("a/b/c/y"));
    assertFalse(d.excludes("az"));
    assertTrue(of("**").excludes("anything/at/all"));
    assertTrue(of("**/secret").excludes("secret"));
    assertTrue(of("**/secret").excludes("deep/secret"));
    assertFalse(of("**/secret").excludes("topsecret"));
    // as in moby: "**" followed by more is "any folders, each ending in /", so a**b needs a slash
    assertTrue(of("a**b").excludes("ab"));
    assertTrue(of("a**b").excludes("ax/b"));
    assertFalse(of("a**b").excludes("axb"));
    // "x**" at the end is a prefix test
    assertTrue(of("build**").excludes("build-output"));
    assertTrue(of("a?/**").excludes("ab/c/d"));
    assertFalse(of("a?/**").excludes("ab"));
  }

  @Test
  void starAndQuestionMarkStayInsideOneElement() {
    DockerIgnore d = of("a*/b?");
    assertTrue(d.excludes("abc/b1"));
    assertTrue(d.excludes("a/b1"));
    assertFalse(d.excludes("a/x/b1"));
    assertFalse(d.excludes("abc/b12"));
    assertFalse(d.excludes("abc/b"));
    assertTrue(of("*").excludes("x/y"), "the parent x matches");
    assertFalse(of("?").excludes("xy"));
  }

  @Test
  void exceptionsReincludeAndTheLastMatchWins() {
    DockerIgnore d = of("*.md", "!README.md", "docs", "!docs/keep.txt");
    assertTrue(d.hasExceptions());
    assertTrue(d.excludes("CHANGES.md"));
    assertFalse(d.excludes("README.md"));
    assertTrue(d.excludes("docs/other.txt"));
    assertFalse(d.excludes("docs/keep.txt"));
    assertTrue(of("!README.md", "*.md").excludes("README.md"));
    assertTrue(of("!").hasExceptions());
    assertEquals(List.of("!a b"), of("! a b").patterns());
  }

  @Test
  void classesAndEscapesFollowGo() {
    DockerIgnore d = of("file[0-9].txt", "x[^a].y", "p[!q]", "lit\\*er?l", "q.c+", "r[\\]]");
    assertTrue(d.excludes("file7.txt"));
    assertFalse(d.excludes("filea.txt"));
    assertTrue(d.excludes("xb.y"));
    assertFalse(d.excludes("xa.y"));
    // Go negates a class with ^ only: [!q] is "! or q"
    assertTrue(d.excludes("p!"));
    assertTrue(d.excludes("pq"));
    assertFalse(d.excludes("pz"));
    assertTrue(d.excludes("lit*eral"));
    assertFalse(d.excludes("litXeral"));
    assertTrue(d.excludes("q.c+"));
    assertFalse(d.excludes("qxc+"));
    assertTrue(d.excludes("r]"));
    assertTrue(of("é?").excludes("éa"));
    assertTrue(of("?").excludes("😀"), "? is one character, not one UTF-16 unit");
  }

  @Test
  void aPatternWithoutWildcardsIsComparedAsWritten() {
    // moby compares such a pattern with the path directly, escapes included
    DockerIgnore d = of("only\\*escaped");
    assertFalse(d.excludes("only*escaped"));
    assertTrue(d.excludes("only\\*escaped"));
    assertTrue(of("a]").excludes("a]"), "a lone ] is an ordinary character");
  }

  @Test
  void patternsGoRejectsAreSkipped() {
    DockerIgnore d = of("bad[", "[]", "[]a]", "[a-]", "[-a]", "[^]", "trailing\\", "[a", "good");
    assertEquals(List.of("good"), d.patterns());
  }

  @Test
  void contextPathsAreCleanedAndStayInsideTheContext() {
    assertEquals("a/b", ContextPaths.inContext("./a//b/"));
    assertEquals("a/b", ContextPaths.inContext("/a/b"));
    assertEquals("b", ContextPaths.inContext("../../b"));
    assertEquals(".", ContextPaths.inContext("/"));
    assertEquals(".", ContextPaths.inContext("."));
    assertEquals(".", ContextPaths.inContext("a/.."));
    assertEquals("../x", ContextPaths.clean("../x"));
    assertEquals("/", ContextPaths.clean("/.."));
    assertEquals(".", ContextPaths.clean(""));
  }

  @Test
  void matchingIsLinearOnHostilePatterns() {
    String star = "*a".repeat(2_000) + "b";
    String doubleStar = "**/a".repeat(2_000) + "b";
    String path = "a".repeat(5_000);
    DockerIgnore d = of(star, doubleStar);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertFalse(d.excludes(path)));
  }
}
