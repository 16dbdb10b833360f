package dev.berth.rules;

import dev.berth.api.BuildData;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles {@link BuildData#GENERATED}: the Java source of a class returning the given rule index
 * and version, compiled with the build's own compiler into the classes folder.
 */
final class BuildDataWriter {
  /** Characters per string constant: a constant holds at most 65,535 bytes of modified UTF-8. */
  private static final int CHUNK = 8192;

  private BuildDataWriter() {}

  /** The Java source of the generated class. */
  static String source(String ruleIndex, String version) {
    String simpleName = BuildData.GENERATED.substring(BuildData.GENERATED.lastIndexOf('.') + 1);
    StringBuilder out = new StringBuilder();
    out.append("package dev.berth.api;\n\n");
    out.append("/** Written by the build (RuleMetaIndexWriter): do not edit. */\n");
    out.append("public final class ").append(simpleName).append(" implements BuildData {\n");
    out.append("  private static final String[] INDEX = {\n");
    int from = 0;
    while (from < ruleIndex.length()) {
      // a surrogate pair cut here is whole again once the parts are joined
      int to = Math.min(ruleIndex.length(), from + CHUNK);
      out.append("    ").append(literal(ruleIndex.substring(from, to))).append(",\n");
      from = to;
    }
    out.append("  };\n\n");
    out.append("  @Override\n  public String ruleIndex() {\n");
    out.append("    StringBuilder text = new StringBuilder();\n");
    out.append("    for (String part : INDEX) {\n      text.append(part);\n    }\n");
    out.append("    return text.toString();\n  }\n\n");
    out.append("  @Override\n  public String version() {\n");
    out.append("    return ").append(literal(version)).append(";\n  }\n}\n");
    return out.toString();
  }

  /**
   * A Java string literal of the text: printable ASCII as it is, line ends, tabs, quotes and
   * backslashes by their escapes (a {@code \\u} escape of a line end or a quote would end the
   * literal, since the compiler reads those escapes first), every other character by {@code \\u}.
   */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Writes and compiles the class into {@code classes}; the source stays beside, for reading. */
  static void write(Path classes, Path sources, String ruleIndex, String version)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("no Java compiler: the build needs a JDK");
    }
    Path file = sources.resolve(BuildData.GENERATED.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source(ruleIndex, version), StandardCharsets.UTF_8);
    StringWriter messages = new StringWriter();
    Boolean ok =
        javac
            .getTask(
                messages,
                null,
                null,
                List.of(
                    "--release",
                    "17",
                    "-encoding",
                    "UTF-8",
                    "-d",
                    classes.toString(),
                    "-cp",
                    classes.toString(),
                    "-Xlint:all",
                    "-Werror"),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    if (!Boolean.TRUE.equals(ok)) {
      throw new IOException("compiling " + file + " failed:\n" + messages);
    }
  }
}
