package dev.berth.rules;

import dev.berth.api.RuleMetaIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link RuleMetaIndex} for the built-in rules, as a resource and, with berth's version, as
 * the class {@link dev.berth.api.BuildData#GENERATED} ({@link BuildDataWriter}); the build runs it
 * after compiling, with the classes folder, a folder for the generated source and the version.
 */
public final class RuleMetaIndexWriter {
  private RuleMetaIndexWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: RuleMetaIndexWriter CLASSES_DIR GENERATED_SOURCES_DIR VERSION");
    }
    String index = RuleMetaIndex.write(BuiltinRules.all());
    BuildDataWriter.write(Path.of(args[0]), Path.of(args[1]), index, args[2]);
    Path out = Path.of(args[0], RuleMetaIndex.RESOURCE.substring(1));
    Files.createDirectories(out.getParent());
    Path tmp = Files.createTempFile(out.getParent(), "rule-meta", ".tmp");
    Files.writeString(tmp, index, StandardCharsets.UTF_8);
    Files.move(
        tmp,
        out,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
