package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrisTest {
  @Test
  void relativePathsStayRelative() {
    assertEquals("Dockerfile", Uris.reference("Dockerfile", '/'));
    assertEquals("./a/compose.yaml", Uris.reference("./a/compose.yaml", '/'));
    assertEquals(
        "deploy/my%20stack/c%23d%3F.yaml", Uris.reference("deploy/my stack/c#d?.yaml", '/'));
    assertEquals("%C3%A9t%C3%A9/Dockerfile", Uris.reference("\u00e9t\u00e9/Dockerfile", '/'));
    assertEquals("a%3Ab/Dockerfile", Uris.reference("a:b/Dockerfile", '/'));
    assertEquals("100%25/Dockerfile", Uris.reference("100%/Dockerfile", '/'));
  }

  @Test
  void backslashIsASeparatorOnlyOnWindows() {
    assertEquals("a/b/Dockerfile", Uris.reference("a\\b\\Dockerfile", '\\'));
    assertEquals("a%5Cb", Uris.reference("a\\b", '/'));
  }

  @Test
  void absolutePathsBecomeFileUris() {
    assertEquals("file:///home/me/Dockerfile", Uris.reference("/home/me/Dockerfile", '/'));
    assertEquals("file:///C:/src/Dockerfile", Uris.reference("C:\\src\\Dockerfile", '\\'));
    assertEquals(
        "file://server/share/Dockerfile", Uris.reference("\\\\server\\share\\Dockerfile", '\\'));
  }

  @Test
  void bytesThatAreNotUtf8AreEncodedAsThemselves() {
    assertEquals("a%FFb", Uris.reference("a\uDCFFb", '/'));
  }
}
