package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.api.BuildData;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated class gives back exactly the text and version it was written with. */
class BuildDataWriterTest {
  @TempDir Path dir;

  @Test
  void literalsEscapeWhatJavaSourceCannotHoldPlainly() {
    assertEquals("\"a\\\"b\\\\c\\td\\ne\"", BuildDataWriter.literal("a\"b\\c\td\ne"));
    assertEquals("\"\\u00e9\\ud83d\\ude00\\u0000\\r\"", BuildDataWriter.literal("é😀\0\r"));
  }

  @Test
  void aLongTextWithAPairOnAChunkBorderComesBackWhole() throws Exception {
    StringBuilder text = new StringBuilder("x".repeat(8191)).append("😀");
    for (int i = 0; i < 3000; i++) {
      text.append("line ").append(i).append("\t\"é\"\\\r\n\0");
    }
    Loaded back = compileAndLoad(text.toString(), "1.2.3-SNAPSHOT");
    assertEquals(text.toString(), back.ruleIndex());
    assertEquals("1.2.3-SNAPSHOT", back.version());
  }

  @Test
  void anEmptyIndexComesBackEmpty() throws Exception {
    assertEquals("", compileAndLoad("", "0").ruleIndex());
  }

  /** What a class compiled into a folder of its own, and loaded apart from berth's, returns. */
  private record Loaded(String ruleIndex, String version) {}

  private Loaded compileAndLoad(String index, String version) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path iface = classes.resolve("dev/berth/api/BuildData.class");
    Files.createDirectories(iface.getParent());
    try (var in = BuildData.class.getResourceAsStream("BuildData.class")) {
      Files.copy(in, iface);
    }
    BuildDataWriter.write(classes, dir.resolve("src"), index, version);
    // not berth's loader as parent: it would find the build's own generated class first
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> c = loader.loadClass(BuildData.GENERATED);
      Object data = c.getDeclaredConstructor().newInstance();
      return new Loaded(
          (String) c.getMethod("ruleIndex").invoke(data),
          (String) c.getMethod("version").invoke(data));
    }
  }
}
