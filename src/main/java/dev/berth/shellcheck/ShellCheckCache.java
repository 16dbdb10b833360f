package dev.berth.shellcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ShellCheck's comments on one script, kept in the user's cache folder and addressed by content:
 * the key hashes the script, the ShellCheck program (its real path, size and modification time) and
 * the options berth runs it with, so an entry can never be stale: a changed script or a new
 * ShellCheck is another key. Entries are written to a temporary file and renamed into place, so
 * concurrent runs never read a half-written entry; two runs writing the same key write the same
 * bytes. A cache that cannot be read or written is simply not used.
 *
 * <p>The folder is {@code $BERTH_CACHE_DIR}, else {@code $XDG_CACHE_HOME/berth}, else {@code
 * ~/.cache/berth}; {@code BERTH_NO_CACHE=1} turns the cache off.
 */
public final class ShellCheckCache {
  /** Bumped when the entry format or the way ShellCheck is run changes. */
  private static final String FORMAT = "berth-shellcheck-cache-1";

  private final Optional<Path> folder;

  private ShellCheckCache(Optional<Path> folder) {
    this.folder = folder;
  }

  /** The cache the process environment names. */
  public static ShellCheckCache fromEnvironment(Map<String, String> env) {
    if (!env.getOrDefault("BERTH_NO_CACHE", "").isEmpty()) {
      return new ShellCheckCache(Optional.empty());
    }
    String base = env.get("BERTH_CACHE_DIR");
    if (base == null || base.isEmpty()) {
      String xdg = env.get("XDG_CACHE_HOME");
      String home = env.getOrDefault("HOME", System.getProperty("user.home", ""));
      if (xdg != null && !xdg.isEmpty()) {
        base = Path.of(xdg, "berth").toString();
      } else if (!home.isEmpty()) {
        base = Path.of(home, ".cache", "berth").toString();
      } else {
        return new ShellCheckCache(Optional.empty());
      }
    }
    return new ShellCheckCache(Optional.of(Path.of(base, "shellcheck")));
  }

  /** A cache in {@code folder}, or none. */
  public static ShellCheckCache at(Optional<Path> folder) {
    return new ShellCheckCache(folder);
  }

  /** Where entries live; empty when the cache is off. */
  Optional<Path> folder() {
    return folder;
  }

  /** The identity of a ShellCheck program: what a key must change with. */
  static String programIdentity(Path executable) {
    try {
      Path real = executable.toRealPath();
      return real + "\0" + Files.size(real) + "\0" + Files.getLastModifiedTime(real).toMillis();
    } catch (IOException | RuntimeException e) {
      return executable.toAbsolutePath() + "\0?";
    }
  }

  static String key(String programIdentity, String options, String script) {
    byte[] head =
        (FORMAT + "\0" + programIdentity + "\0" + options + "\0").getBytes(StandardCharsets.UTF_8);
    byte[] body = script.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return HexFormat.of().formatHex(Sha256.digest(all));
  }

  /** The cached comments of a script, re-numbered as script {@code index}; empty on a miss. */
  Optional<List<ShellCheckComment>> read(String key, int index) {
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Path entry = entry(key);
    try {
      if (!Files.isRegularFile(entry)) {
        return Optional.empty();
      }
      List<ShellCheckComment> out = new ArrayList<>();
      for (String line : Files.readAllLines(entry, StandardCharsets.UTF_8)) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", 7);
        if (f.length != 7) {
          return Optional.empty();
        }
        out.add(
            new ShellCheckComment(
                index,
                Integer.parseInt(f[0]),
                Integer.parseInt(f[1]),
                Integer.parseInt(f[2]),
                Integer.parseInt(f[3]),
                f[4],
                Integer.parseInt(f[5]),
                unescape(f[6])));
      }
      return Optional.of(out);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores a script's comments; failures are ignored (the next run asks ShellCheck again). */
  void write(String key, List<ShellCheckComment> comments) {
    if (folder.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (ShellCheckComment c : comments) {
      text.append(c.line()).append('\t').append(c.column()).append('\t');
      text.append(c.endLine()).append('\t').append(c.endColumn()).append('\t');
      text.append(escape(c.level())).append('\t').append(c.code()).append('\t');
      text.append(escape(c.message())).append('\n');
    }
    Path entry = entry(key);
    Path tmp = null;
    try {
      Files.createDirectories(entry.getParent());
      tmp = Files.createTempFile(entry.getParent(), key.substring(0, 8), ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // not cached this time
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a leftover temporary file in the cache folder
        }
      }
    }
  }

  private Path entry(String key) {
    return folder.get().resolve(key.substring(0, 2)).resolve(key.substring(2));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
