package dev.berth.shellcheck;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToLongFunction;

/**
 * ShellCheck's comments on one script, kept in the user's cache folder and addressed by content.
 * The key is everything the comments depend on: the script, the ShellCheck program (its real path,
 * size and modification time) and the options berth runs it with. Entries live in pack files (see
 * {@link ShellCheckPack}): an index of 64-bit key hashes, then the entries, each holding its key,
 * which a read compares in full: an entry can never be stale or belong to another script, whatever
 * the hash (a changed script or a new ShellCheck is another key; a collision is a miss). The hash
 * needs no cryptographic strength for that, so berth does not ask the JDK's security providers for
 * one, which costs a cold JVM tens of milliseconds.
 *
 * <p>A run reads the packs that exist when it first looks (their indexes only, then the entries
 * whose hash matches) and the packs it writes itself. It keeps the entries it computes in memory
 * and writes them as one new pack when its ShellCheck work is done ({@link #flush}: the {@link
 * ShellCheckBatcher} flushes when the last file it was given is done, before that file's result is
 * handed out), or every {@value #FLUSH_EVERY} entries. A pack is written to a temporary file and
 * renamed into place under a name of its own, and never changed afterwards, so concurrent runs
 * never read a half-written pack and never overwrite each other. When a run that wrote finds more
 * than {@value #MAX_PACKS} packs, it merges the smaller ones into one (keeping those much larger
 * than all the smaller together), renames the merged pack into place and only then deletes the
 * packs it merged: an entry is always in some pack, at worst in two, and a reader that still has a
 * deleted pack open reads on (or, when the file went before it opened it, misses). A damaged pack
 * reads as misses and is dropped by the next merge. A cache that cannot be read or written is
 * simply not used. The packs of a folder hold at most {@value #MAX_BYTES} bytes: beyond that, a run
 * that wrote deletes the oldest packs until the rest hold half of it (what they held is asked of
 * ShellCheck again when needed). The one-file-per-entry layout of earlier versions (format 2, in
 * two-digit hex subfolders) is not read; runs that write delete it, {@value #OLD_FILES_PER_RUN}
 * files at a time.
 *
 * <p>The packs live in the folder {@code shellcheck} of {@code $BERTH_CACHE_DIR}, else of {@code
 * $XDG_CACHE_HOME/berth}, else of {@code ~/.cache/berth}; {@code BERTH_NO_CACHE=1} turns the cache
 * off (see {@link #folderFor}).
 */
public final class ShellCheckCache {
  /** Bumped when the entry format or the way ShellCheck is run changes. */
  private static final String FORMAT = "berth-shellcheck-cache-3";

  /**
   * Pack files of this format are named {@code v3-*.pack}; other versions' files are left alone.
   */
  private static final String PACK_PREFIX = "v3-";

  private static final String PACK_SUFFIX = ".pack";
  private static final String TEMP_PREFIX = ".tmp-v3-";

  /** A run writes a pack at least every this many new entries. */
  static final int FLUSH_EVERY = 1000;

  /** More packs than this are merged. */
  static final int MAX_PACKS = 8;

  /**
   * The packs of a folder hold at most about this many bytes: past it, a run that wrote deletes the
   * oldest packs until the rest fit in half of it. The corpus of 2,400 Dockerfiles takes 1.6 MB.
   */
  static final long MAX_BYTES = 64L << 20;

  /**
   * A run deletes at most this many files of the one-file-per-entry layout (format 2): about 50 ms
   * on a disk where deleting a file costs 0.2 ms.
   */
  static final int OLD_FILES_PER_RUN = 250;

  /** A temporary file older than this is a crashed run's leftover. */
  private static final long STALE_TEMP_MILLIS = 3_600_000;

  /** The caches of this process, by folder: one for each folder. */
  private static final Map<Path, ShellCheckCache> CACHES = new ConcurrentHashMap<>();

  private static final ShellCheckCache NONE = new ShellCheckCache(Optional.empty());

  private final Optional<Store> store;

  private ShellCheckCache(Optional<Store> store) {
    this.store = store;
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

  /** The cache in {@code folder} (the same one for each call), or none. */
  public static ShellCheckCache at(Optional<Path> folder) {
    if (folder.isEmpty()) {
      return NONE;
    }
    // no lambdas: a run of one file would link them for this call alone
    ShellCheckCache cache = CACHES.get(folder.get());
    if (cache == null) {
      ShellCheckCache made =
          new ShellCheckCache(Optional.of(new Store(folder.get(), null, MAX_BYTES)));
      cache = CACHES.putIfAbsent(folder.get(), made);
      cache = cache == null ? made : cache;
    }
    return cache;
  }

  /**
   * A cache in {@code folder} that shares nothing with the other caches of this process, as another
   * process's would, and hashes keys with {@code hash}: for tests.
   */
  static ShellCheckCache separate(Path folder, ToLongFunction<String> hash) {
    return separate(folder, hash, MAX_BYTES);
  }

  /** The same, with a folder holding at most about {@code maxBytes} of packs: for tests. */
  static ShellCheckCache separate(Path folder, ToLongFunction<String> hash, long maxBytes) {
    return new ShellCheckCache(Optional.of(new Store(folder, hash, maxBytes)));
  }

  /** Where entries live; empty when the cache is off. */
  Optional<Path> folder() {
    return store.map(s -> s.folder);
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

  /** The 64-bit FNV-1a hash of the key's chars. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The cached comments of a script, re-numbered as script {@code index}; empty on a miss. */
  Optional<List<ShellCheckComment>> read(String key, int index) {
    if (store.isEmpty()) {
      return Optional.empty();
    }
    try {
      byte[] body = store.get().find(key);
      return body == null ? Optional.empty() : parse(body, index);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Stores a script's comments: kept for this process at once, written to a pack by {@link #flush}
   * (or when many are waiting). Failures are ignored (the next run asks ShellCheck again).
   */
  void write(String key, List<ShellCheckComment> comments) {
    if (store.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (ShellCheckComment c : comments) {
      text.append(c.line()).append('\t').append(c.column()).append('\t');
      text.append(c.endLine()).append('\t').append(c.endColumn()).append('\t');
      text.append(escape(c.level())).append('\t').append(c.code()).append('\t');
      text.append(escape(c.message())).append('\n');
    }
    byte[] body = utf8(text.toString());
    if (body != null && store.get().add(key, body) >= FLUSH_EVERY) {
      flush();
    }
  }

  /**
   * Writes the entries this process computed since the last flush as one pack, then merges packs
   * when there are too many. Failures are ignored.
   */
  void flush() {
    store.ifPresent(Store::flush);
  }

  private static Optional<List<ShellCheckComment>> parse(byte[] body, int index) {
    String text = new String(body, StandardCharsets.UTF_8);
    List<ShellCheckComment> out = new ArrayList<>();
    for (int start = 0, end; start < text.length(); start = end + 1) {
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
  }

  /**
   * The UTF-8 bytes of a string, or null when it holds a lone surrogate (which UTF-8 cannot hold:
   * two such keys could encode alike, so they are not cached).
   */
  private static byte[] utf8(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return null;
      }
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The packs of one folder as this process sees them, and the entries it computed. */
  private static final class Store {
    private final Path folder;

    /** The hash of keys; null for {@link ShellCheckCache#hash}. */
    private final ToLongFunction<String> hasher;

    /** Guarded by this: the packs there were at the first read; null before it. */
    private List<ShellCheckPack> packs;

    /** Guarded by this: the entries this process computed and its packs do not hold, by key. */
    private final Map<String, byte[]> mine = new HashMap<>();

    /** Guarded by this: the entries not written to a pack yet, by key. */
    private final Map<String, ShellCheckPack.Entry> pending = new LinkedHashMap<>();

    /** Held by the thread of this process that merges packs. */
    private final ReentrantLock merging = new ReentrantLock();

    private final long maxBytes;

    Store(Path folder, ToLongFunction<String> hasher, long maxBytes) {
      this.folder = folder;
      this.hasher = hasher;
      this.maxBytes = maxBytes;
    }

    /** The body stored under the key, or null. */
    byte[] find(String key) {
      List<ShellCheckPack> seen;
      synchronized (this) {
        byte[] own = mine.get(key);
        if (own != null) {
          return own;
        }
        if (packs == null) {
          packs = load();
        }
        seen = packs;
      }
      if (seen.isEmpty()) {
        return null;
      }
      byte[] k = utf8(key);
      if (k == null) {
        return null;
      }
      long h = hash(key);
      for (ShellCheckPack p : seen) {
        byte[] body = p.find(h, k);
        if (body != null) {
          return body;
        }
      }
      return null;
    }

    /** Keeps an entry; returns how many wait for a pack. */
    int add(String key, byte[] body) {
      byte[] k = utf8(key);
      if (k == null) {
        return 0;
      }
      ShellCheckPack.Entry e = new ShellCheckPack.Entry(hash(key), k, body);
      synchronized (this) {
        mine.put(key, body);
        pending.put(key, e);
        return pending.size();
      }
    }

    /**
     * Writes the pending entries as a pack, which this process then reads them from (they leave
     * {@link #mine}, so a long-lived process does not keep every entry in memory).
     */
    void flush() {
      Map<String, ShellCheckPack.Entry> out;
      synchronized (this) {
        if (pending.isEmpty()) {
          return;
        }
        out = new LinkedHashMap<>(pending);
        pending.clear();
      }
      Path written = write(new ArrayList<>(out.values()));
      ShellCheckPack pack = written == null ? null : ShellCheckPack.open(written);
      List<ShellCheckPack> closing = List.of();
      synchronized (this) {
        if (packs != null && pack != null) {
          List<ShellCheckPack> more = new ArrayList<>(packs);
          more.add(pack);
          packs = List.copyOf(more);
          pack = null;
        }
        if (packs != null && packs.size() > 2 * MAX_PACKS) {
          closing = packs; // merged by now, most of them: read again
          packs = load();
        }
        for (String key : out.keySet()) {
          if (written != null || !pending.containsKey(key)) {
            mine.remove(key);
          }
        }
      }
      if (pack != null) {
        pack.close();
      }
      for (ShellCheckPack p : closing) {
        p.close(); // a thread reading it now misses
      }
      if (written != null) {
        merge();
      }
    }

    private long hash(String key) {
      return hasher == null ? ShellCheckCache.hash(key) : hasher.applyAsLong(key);
    }

    /**
     * The packs there are now. The folder is listed with {@link java.io.File#list}, which loads
     * fewer classes than a {@link java.nio.file.DirectoryStream} (no glob, no locks): a run of one
     * file pays for each.
     */
    private List<ShellCheckPack> load() {
      List<ShellCheckPack> out = new ArrayList<>();
      for (String name : names()) {
        if (isPack(name)) {
          ShellCheckPack pack = ShellCheckPack.open(folder.resolve(name));
          if (pack != null) {
            out.add(pack);
          }
        }
      }
      return List.copyOf(out);
    }

    /** The folder's file names; none when it cannot be listed. */
    private String[] names() {
      try {
        String[] names = folder.toFile().list();
        return names == null ? new String[0] : names;
      } catch (RuntimeException e) {
        return new String[0];
      }
    }

    private static boolean isPack(String name) {
      return name.startsWith(PACK_PREFIX) && name.endsWith(PACK_SUFFIX);
    }

    /** Writes a pack of the entries; null when it could not. */
    private Path write(List<ShellCheckPack.Entry> entries) {
      Path tmp = null;
      try {
        byte[] bytes = ShellCheckPack.encode(entries);
        Files.createDirectories(folder);
        String name =
            ProcessHandle.current().pid()
                + "-"
                + Long.toHexString(System.nanoTime())
                + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong());
        tmp = folder.resolve(TEMP_PREFIX + name);
        Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Path pack = folder.resolve(PACK_PREFIX + name + PACK_SUFFIX);
        try {
          Files.move(tmp, pack, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, pack);
        }
        tmp = null;
        return pack;
      } catch (IOException | RuntimeException e) {
        return null; // not cached this time
      } finally {
        if (tmp != null) {
          delete(tmp);
        }
      }
    }

    /**
     * Keeps the folder in shape after this process wrote a pack. Deletes temporary files that
     * crashed runs left, some files of the one-file-per-entry layout ({@link #deleteOldLayout}),
     * and, when the packs hold more than {@link #maxBytes}, the oldest packs until the rest hold
     * half of it. Then merges packs when there are more than {@link #MAX_PACKS}: all but the
     * largest few that are each more than twice all the smaller ones together (so a large cache is
     * not rewritten for each small pack). The merged pack is in place before the merged ones are
     * deleted.
     */
    private void merge() {
      if (!merging.tryLock()) {
        return;
      }
      try {
        List<Path> found = new ArrayList<>();
        Map<Path, Long> sizes = new HashMap<>();
        Map<Path, Long> times = new HashMap<>();
        long total = 0;
        long now = System.currentTimeMillis();
        int oldFolders = 0;
        String[] names = names();
        for (String name : names) {
          if (isOldLayoutFolder(name)) {
            oldFolders++;
            continue;
          }
          boolean pack = isPack(name);
          if (!pack && !name.startsWith(TEMP_PREFIX)) {
            continue;
          }
          Path p = folder.resolve(name);
          BasicFileAttributes a;
          try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
          } catch (IOException e) {
            continue; // gone
          }
          if (pack) {
            found.add(p);
            sizes.put(p, a.size());
            times.put(p, a.lastModifiedTime().toMillis());
            total += a.size();
          } else if (now - a.lastModifiedTime().toMillis() > STALE_TEMP_MILLIS) {
            delete(p);
          }
        }
        if (oldFolders > 0) {
          deleteOldLayout(names);
        }
        if (total > maxBytes) {
          found.sort(Comparator.comparing((Path p) -> times.get(p)));
          while (total > maxBytes / 2 && found.size() > 1) {
            Path oldest = found.remove(0);
            delete(oldest);
            total -= sizes.get(oldest);
          }
        }
        if (found.size() <= MAX_PACKS) {
          return;
        }
        found.sort(Comparator.comparing((Path p) -> sizes.get(p)).reversed());
        long rest = 0;
        for (Path p : found) {
          rest += sizes.get(p);
        }
        int keep = 0;
        while (keep < MAX_PACKS / 2) {
          long size = sizes.get(found.get(keep));
          if (size <= 2 * (rest - size)) {
            break;
          }
          rest -= size;
          keep++;
        }
        List<Path> merged = found.subList(keep, found.size());
        Map<ByteBuffer, ShellCheckPack.Entry> entries = new LinkedHashMap<>();
        for (Path p : merged) {
          ShellCheckPack pack = ShellCheckPack.open(p);
          if (pack == null) {
            continue; // gone (another run merged it) or damaged: deleted below
          }
          try (pack) {
            for (ShellCheckPack.Entry e : pack.entries()) {
              entries.putIfAbsent(ByteBuffer.wrap(e.key()), e);
            }
          }
        }
        if (write(new ArrayList<>(entries.values())) != null) {
          for (Path p : merged) {
            delete(p);
          }
        }
      } catch (RuntimeException e) {
        // not merged this time
      } finally {
        merging.unlock();
      }
    }

    /** A folder name of the one-file-per-entry layout: two lower-case hex digits. */
    private static boolean isOldLayoutFolder(String name) {
      return name.length() == 2 && isHex(name);
    }

    private static boolean isHex(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
          return false;
        }
      }
      return true;
    }

    /**
     * Deletes up to {@link #OLD_FILES_PER_RUN} entries of the one-file-per-entry layout of earlier
     * versions (a file named by 30 hex digits, or a temporary {@code entry*.tmp}, in a folder named
     * by two), and each such folder left empty. Nothing else is touched, so a folder that holds
     * anything else stays.
     */
    private void deleteOldLayout(String[] names) {
      int budget = OLD_FILES_PER_RUN;
      for (String name : names) {
        if (budget <= 0) {
          return;
        }
        if (!isOldLayoutFolder(name)) {
          continue;
        }
        Path sub = folder.resolve(name);
        if (!Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
          continue; // a file, or a link that may lead out of the cache
        }
        String[] entries;
        try {
          entries = sub.toFile().list();
        } catch (RuntimeException e) {
          continue;
        }
        if (entries == null) {
          continue; // gone, or not readable
        }
        int left = entries.length;
        for (String entry : entries) {
          if (budget <= 0) {
            return;
          }
          boolean old =
              entry.length() == 30 && isHex(entry)
                  || entry.startsWith("entry") && entry.endsWith(".tmp");
          if (old && Files.isRegularFile(sub.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
            delete(sub.resolve(entry));
            budget--;
            left--;
          }
        }
        if (left == 0) {
          delete(sub);
        }
      }
    }

    private static void delete(Path p) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException | RuntimeException e) {
        // left for a later merge
      }
    }
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
