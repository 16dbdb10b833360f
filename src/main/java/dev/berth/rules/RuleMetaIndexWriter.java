package dev.berth.rules;

import dev.berth.api.RuleMetaIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link RuleMetaIndex} for the built-in rules; the build runs it after compiling, with the
 * classes folder as its argument.
 */
public final class RuleMetaIndexWriter {
  private RuleMetaIndexWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RuleMetaIndexWriter CLASSES_DIR");
    }
    Path out = Path.of(args[0], RuleMetaIndex.RESOURCE.substring(1));
    Files.createDirectories(out.getParent());
    Path tmp = Files.createTempFile(out.getParent(), "rule-meta", ".tmp");
    Files.writeString(tmp, RuleMetaIndex.write(BuiltinRules.all()), StandardCharsets.UTF_8);
    Files.move(
        tmp,
        out,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
