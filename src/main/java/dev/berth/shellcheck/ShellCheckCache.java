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
 * ShellCheck's comments on one script, kept in the user's cache folder and addressed by content.
 * The key is everything the comments depend on: the script, the ShellCheck program (its real path,
 * size and modification time) and the options berth runs it with. An entry's file name is a 128-bit
 * hash of the key, and the entry holds the key itself, which a read compares in full: an entry can
 * never be stale or belong to another script, whatever the hash (a changed script or a new
 * ShellCheck is another key; a collision is a miss). The hash needs no cryptographic strength for
 * that, so berth does not ask the JDK's security providers for one, which costs a cold JVM tens of
 * milliseconds. Entries are written to a temporary file and renamed into place, so concurrent runs
 * never read a half-written entry; two runs writing the same key write the same bytes. A cache that
 * cannot be read or written is simply not used.
 *
 * <p>The folder is {@code $BERTH_CACHE_DIR}, else {@code $XDG_CACHE_HOME/berth}, else {@code
 * ~/.cache/berth}; {@code BERTH_NO_CACHE=1} turns the cache off.
 */
public final class ShellCheckCache {
  /** Bumped when the entry format or the way ShellCheck is run changes. */
  private static final String FORMAT = "berth-shellcheck-cache-2";

  private final Optional<Path> folder;

  private ShellCheckCache(Optional<Path> folder) {
    this.folder = folder;
  }

  /**
   * The folder an environment names for the cache: {@code $BERTH_CACHE_DIR/shellcheck}, else {@code
   * $XDG_CACHE_HOME/berth/shellcheck}, else under {@code $HOME/.cache/berth} (the user's home when
   * the environment has no {@code HOME}); empty when {@code BERTH_NO_CACHE} is set or no home is
   * known.
   */
  public static Optional<Path> folderFor(Map<String, String> env) {
    if (!env.getOrDefault("BERTH_NO_CACHE", "").isEmpty()) {
      return Optional.empty();
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
        return Optional.empty();
      }
    }
    return Optional.of(Path.of(base, "shellcheck"));
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

  /** Everything a script's comments depend on, which an entry stores and a read compares. */
  static String key(String programIdentity, String options, String script) {
    return FORMAT + "\0" + programIdentity + "\0" + options + "\0" + script;
  }

  /** The entry's file name: two independent 64-bit FNV-1a hashes of the key, in hex. */
  static String name(String key) {
    long a = 0xcbf29ce484222325L;
    long b = 0x84222325cbf29ce4L;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      a = (a ^ c) * 0x100000001b3L;
      b = (b ^ (c + 0x9e37L)) * 0x100000001b3L;
      b ^= b >>> 29;
    }
    return HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
  }

  /** The cached comments of a script, re-numbered as script {@code index}; empty on a miss. */
  Optional<List<ShellCheckComment>> read(String key, int index) {
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Path entry = entry(key);
    try {
      // no existence check first: a missing entry is the read's own exception, one system call less
      String text = Files.readString(entry, StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      int length = newline < 1 || newline > 10 ? -1 : Integer.parseInt(text.substring(0, newline));
      int body = newline + 1 + length;
      if (length != key.length() || body > text.length() || !text.startsWith(key, newline + 1)) {
        return Optional.empty(); // another script's entry under the same hash, or a damaged one
      }
      List<ShellCheckComment> out = new ArrayList<>();
      for (int start = body, end; start < text.length(); start = end + 1) {
        end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        String line = text.substring(start, end);
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
    text.append(key.length()).append('\n').append(key);
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
      tmp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
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
    String name = name(key);
    return folder.get().resolve(name.substring(0, 2)).resolve(name.substring(2));
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
