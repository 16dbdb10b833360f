package dev.berth.compose.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells whether a compose file on disk is included by another one nearby: a compose file in its
 * folder or one of the two folders above whose {@code include} names it. Such a fragment is part of
 * the including project, where the names it uses may be declared.
 */
final class Inclusion {
  private Inclusion() {}

  /** Files larger than this are not read. */
  private static final long MAX_BYTES = 1 << 20;

  static boolean isIncluded(String name) {
    Path file;
    try {
      file = Path.of(name).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return false;
    }
    if (!Files.isRegularFile(file)) {
      return false;
    }
    Path dir = file.getParent();
    for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path other : files) {
          if (!other.equals(file) && includes(other, relative)) {
            return true;
          }
        }
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
    return false;
  }

  private static boolean includes(Path other, String relative) throws IOException {
    String base = other.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(Project.DEFAULT_FILE_NAMES.contains(base) || Project.isVariantName(base))
        || !Files.isRegularFile(other)
        || Files.size(other) > MAX_BYTES) {
      return false;
    }
    String text = new String(Files.readAllBytes(other), StandardCharsets.UTF_8);
    if (!text.contains("include:")) {
      return false;
    }
    return text.contains(relative) || text.contains("./" + relative);
  }
}
