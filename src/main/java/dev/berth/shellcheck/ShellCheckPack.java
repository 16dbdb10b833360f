package dev.berth.shellcheck;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * One pack file of the ShellCheck cache: many entries behind an index sorted by key hash, written
 * once (to a temporary file, then renamed into place) and never changed. Layout, big-endian:
 *
 * <pre>
 * magic   8 bytes   "berthSC3"
 * count   int       number of entries
 * index   count x { long hash, int offset, int length }, sorted by hash
 * entries at their offsets: { int keyLength, int crc, key (UTF-8), body (UTF-8) }
 * </pre>
 *
 * An entry's length counts its two ints, its key and its body; its CRC-32C covers the hash, the key
 * and the body. A read loads the header and index once, then reads only the entries whose hash
 * matches; every offset and length is checked against the file's size and every entry against its
 * CRC, so a damaged or truncated pack is read as misses, never as wrong comments. Packs are read
 * with a {@link RandomAccessFile}, whose classes the JVM has loaded anyway (for the jar), where a
 * file channel would load some forty more in a run of one file.
 */
final class ShellCheckPack implements AutoCloseable {
  private static final byte[] MAGIC = "berthSC3".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = MAGIC.length + 4;
  private static final int INDEX_ENTRY = 16;
  private static final int ENTRY_HEAD = 8;

  /** An entry more than this is no entry of berth's (a script is far below it). */
  private static final int MAX_ENTRY = 256 << 20;

  /** One entry: its key's hash, its key and its body as UTF-8. */
  record Entry(long hash, byte[] key, byte[] body) {}

  /** Guarded by itself: a read is a seek, then a read. */
  private final RandomAccessFile file;

  private final long size;

  /** The index as it is in the file: read once, searched in place (decoding it costs more). */
  private final byte[] index;

  private final int count;

  private ShellCheckPack(RandomAccessFile file, long size, byte[] index, int count) {
    this.file = file;
    this.size = size;
    this.index = index;
    this.count = count;
  }

  /**
   * Opens a pack and reads its index; null when it is missing, unreadable or not a pack. A damaged
   * index is found out entry by entry: an entry out of the file or failing its CRC is a miss.
   */
  static ShellCheckPack open(Path path) {
    RandomAccessFile file = null;
    try {
      file = new RandomAccessFile(path.toFile(), "r");
      long size = file.length();
      if (size < HEADER) {
        return closed(file);
      }
      byte[] head = read(file, 0, HEADER);
      int count = intAt(head, MAGIC.length);
      if (!Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
          || count < 0
          || count > (size - HEADER) / INDEX_ENTRY) {
        return closed(file);
      }
      return new ShellCheckPack(file, size, read(file, HEADER, count * INDEX_ENTRY), count);
    } catch (IOException | RuntimeException e) {
      return closed(file);
    }
  }

  private static ShellCheckPack closed(RandomAccessFile file) {
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
    return null;
  }

  private long hash(int i) {
    return longAt(index, i * INDEX_ENTRY);
  }

  /** The body stored under exactly this key (UTF-8), or null. */
  byte[] find(long hash, byte[] key) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hash(mid) < hash) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < count && hash(i) == hash; i++) {
      Entry e = entry(i, null);
      if (e != null && Arrays.equals(e.key(), key)) {
        return e.body();
      }
    }
    return null;
  }

  /** Every entry that reads back whole, in index order; the file is read at once. */
  List<Entry> entries() {
    byte[] all;
    try {
      all = size > Integer.MAX_VALUE - 16 ? null : read(file, 0, (int) size);
    } catch (IOException | RuntimeException e) {
      all = null;
    }
    List<Entry> out = new ArrayList<>(count);
    for (int i = 0; all != null && i < count; i++) {
      Entry e = entry(i, all);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Entry {@code i}, read from {@code all} (the whole file) or, when null, from the file; null when
   * it does not read back whole.
   */
  private Entry entry(int i, byte[] all) {
    try {
      long hash = hash(i);
      int offset = intAt(index, i * INDEX_ENTRY + 8);
      int length = intAt(index, i * INDEX_ENTRY + 12);
      if (offset < HEADER + (long) count * INDEX_ENTRY
          || length < ENTRY_HEAD
          || length > MAX_ENTRY
          || (long) offset + length > size) {
        return null;
      }
      byte[] bytes = all;
      int at = offset;
      if (bytes == null) {
        bytes = read(file, offset, length);
        at = 0;
      }
      int keyLength = intAt(bytes, at);
      int crc = intAt(bytes, at + 4);
      if (keyLength < 0 || keyLength > length - ENTRY_HEAD) {
        return null;
      }
      byte[] key = Arrays.copyOfRange(bytes, at + ENTRY_HEAD, at + ENTRY_HEAD + keyLength);
      byte[] body = Arrays.copyOfRange(bytes, at + ENTRY_HEAD + keyLength, at + length);
      return crc(hash, key, body) == crc ? new Entry(hash, key, body) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static int intAt(byte[] b, int at) {
    return (b[at] & 0xff) << 24
        | (b[at + 1] & 0xff) << 16
        | (b[at + 2] & 0xff) << 8
        | b[at + 3] & 0xff;
  }

  private static long longAt(byte[] b, int at) {
    return (long) intAt(b, at) << 32 | intAt(b, at + 4) & 0xffffffffL;
  }

  /** {@code length} bytes at {@code at}; an {@link java.io.EOFException} past the end. */
  private static byte[] read(RandomAccessFile file, long at, int length) throws IOException {
    byte[] out = new byte[length];
    synchronized (file) {
      file.seek(at);
      file.readFully(out);
    }
    return out;
  }

  private static int crc(long hash, byte[] key, byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(ByteBuffer.allocate(8).putLong(0, hash));
    crc.update(key);
    crc.update(body);
    return (int) crc.getValue();
  }

  /** A pack's bytes holding the entries (which have distinct keys), in any order. */
  static byte[] encode(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingLong(Entry::hash));
    long total = HEADER + (long) sorted.size() * INDEX_ENTRY;
    for (Entry e : sorted) {
      total += ENTRY_HEAD + e.key().length + e.body().length;
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("a pack of " + total + " bytes");
    }
    ByteBuffer out = ByteBuffer.allocate((int) total);
    out.put(MAGIC).putInt(sorted.size());
    int offset = HEADER + sorted.size() * INDEX_ENTRY;
    for (Entry e : sorted) {
      int length = ENTRY_HEAD + e.key().length + e.body().length;
      out.putLong(e.hash()).putInt(offset).putInt(length);
      offset += length;
    }
    for (Entry e : sorted) {
      out.putInt(e.key().length).putInt(crc(e.hash(), e.key(), e.body()));
      out.put(e.key()).put(e.body());
    }
    return out.array();
  }

  @Override
  public void close() {
    closed(file);
  }
}
