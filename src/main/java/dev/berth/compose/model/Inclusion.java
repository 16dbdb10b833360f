package dev.berth.compose.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells whether a compose file on disk is included by another one nearby: a compose file in its
 * folder or one of the two folders above whose {@code include} names it. Such a fragment is part of
 * the including project, where the names it uses may be declared.
 *
 * <p>One instance remembers what it read of each folder, so a run over many files in the same tree
 * lists a folder and reads its compose files once; make one per run (a run sees the files as they
 * were when it looked), not one for the life of a process.
 */
public final class Inclusion {
  /** Files larger than this are not read. */
  private static final long MAX_BYTES = 1 << 20;

  /** A compose file whose text has {@code include:}, and that text. */
  private record Including(Path path, String text) {}

  /**
   * The including compose files of a folder in listing order; {@code failed} when listing or
   * reading stopped at an error after them.
   */
  private record Folder(List<Including> files, boolean failed) {}

  private final Map<Path, Folder> folders = new ConcurrentHashMap<>();

  public boolean isIncluded(String name) {
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
      Folder folder = folders.computeIfAbsent(dir, Inclusion::read);
      for (Including other : folder.files()) {
        if (!other.path().equals(file)
            && (names(other.text(), relative) || names(other.text(), "./" + relative))) {
          return true;
        }
      }
      if (folder.failed()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the text has {@code path} as a whole YAML scalar or flow item: not as the tail of a
   * longer path ({@code sub/api/compose.yaml} does not name {@code api/compose.yaml}) nor as the
   * head of one ({@code api/compose.yaml.bak}).
   */
  static boolean names(String text, String path) {
    for (int at = text.indexOf(path); at >= 0; at = text.indexOf(path, at + 1)) {
      int after = at + path.length();
      if ((at == 0 || endsScalar(text.charAt(at - 1)) || text.charAt(at - 1) == ':')
          && (after == text.length() || endsScalar(text.charAt(after)))) {
        return true;
      }
    }
    return false;
  }

  /** A character that cannot be part of a plain path in an include entry. */
  private static boolean endsScalar(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\r', '"', '\'', ',', '[', ']', '{', '}' -> true;
      default -> false;
    };
  }

  private static Folder read(Path dir) {
    List<Including> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path other : files) {
        String text = includingText(other);
        if (text != null) {
          out.add(new Including(other, text));
        }
      }
    } catch (IOException | RuntimeException e) {
      return new Folder(List.copyOf(out), true);
    }
    return new Folder(List.copyOf(out), false);
  }

  /**
   * The text of a compose file that has {@code include:}, without its comments, else null: a file
   * that only mentions another in a comment does not include it.
   */
  private static String includingText(Path other) throws IOException {
    String base = other.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(Project.DEFAULT_FILE_NAMES.contains(base) || Project.isVariantName(base))
        || !Files.isRegularFile(other)
        || Files.size(other) > MAX_BYTES) {
      return null;
    }
    String text = withoutComments(new String(Files.readAllBytes(other), StandardCharsets.UTF_8));
    return text.contains("include:") ? text : null;
  }

  /**
   * The text with each comment cut off: from a {@code #} that starts a line or follows a blank to
   * the end of the line. A {@code #} inside a quoted scalar after a blank is cut too, which can
   * only make a file seem to include less.
   */
  static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int cut = end;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == '#' && (i == start || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
          cut = i;
          break;
        }
      }
      out.append(text, start, cut).append('\n');
      start = end + 1;
    }
    return out.toString();
  }
}
