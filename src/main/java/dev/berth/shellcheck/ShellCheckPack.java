package dev.berth.shellcheck;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * CRC, so a damaged or truncated pack is read as misses, never as wrong comments.
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

  private final FileChannel channel;
  private final long size;
  private final long[] hashes;
  private final int[] offsets;
  private final int[] lengths;

  private ShellCheckPack(
      FileChannel channel, long size, long[] hashes, int[] offsets, int[] lengths) {
    this.channel = channel;
    this.size = size;
    this.hashes = hashes;
    this.offsets = offsets;
    this.lengths = lengths;
  }

  /** Opens a pack and reads its index; null when it is missing, unreadable or damaged. */
  static ShellCheckPack open(Path path) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ);
      long size = channel.size();
      ByteBuffer head = ByteBuffer.allocate(HEADER);
      if (size < HEADER || !readFully(channel, head, 0)) {
        return closed(channel);
      }
      byte[] magic = new byte[MAGIC.length];
      head.get(0, magic);
      int count = head.getInt(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC) || count < 0 || count > (size - HEADER) / INDEX_ENTRY) {
        return closed(channel);
      }
      ByteBuffer index = ByteBuffer.allocate(count * INDEX_ENTRY);
      if (!readFully(channel, index, HEADER)) {
        return closed(channel);
      }
      long[] hashes = new long[count];
      int[] offsets = new int[count];
      int[] lengths = new int[count];
      long entries = HEADER + (long) count * INDEX_ENTRY;
      for (int i = 0; i < count; i++) {
        hashes[i] = index.getLong(i * INDEX_ENTRY);
        offsets[i] = index.getInt(i * INDEX_ENTRY + 8);
        lengths[i] = index.getInt(i * INDEX_ENTRY + 12);
        if ((i > 0 && hashes[i] < hashes[i - 1])
            || offsets[i] < entries
            || lengths[i] < ENTRY_HEAD
            || lengths[i] > MAX_ENTRY
            || (long) offsets[i] + lengths[i] > size) {
          return closed(channel);
        }
      }
      return new ShellCheckPack(channel, size, hashes, offsets, lengths);
    } catch (IOException | RuntimeException e) {
      return closed(channel);
    }
  }

  private static ShellCheckPack closed(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
    return null;
  }

  /** Number of entries. */
  int size() {
    return hashes.length;
  }

  /** The body stored under exactly this key (UTF-8), or null. */
  byte[] find(long hash, byte[] key) {
    int lo = 0;
    int hi = hashes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hashes[mid] < hash) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < hashes.length && hashes[i] == hash; i++) {
      if (lengths[i] - ENTRY_HEAD < key.length) {
        continue;
      }
      Entry e = entry(i);
      if (e != null && Arrays.equals(e.key(), key)) {
        return e.body();
      }
    }
    return null;
  }

  /** Every entry that reads back whole, in index order. */
  List<Entry> entries() {
    List<Entry> out = new ArrayList<>(hashes.length);
    for (int i = 0; i < hashes.length; i++) {
      Entry e = entry(i);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** Entry {@code i}, or null when it does not read back whole. */
  private Entry entry(int i) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(lengths[i]);
      if (!readFully(channel, buf, offsets[i])) {
        return null;
      }
      int keyLength = buf.getInt(0);
      int crc = buf.getInt(4);
      if (keyLength < 0 || keyLength > lengths[i] - ENTRY_HEAD) {
        return null;
      }
      byte[] key = new byte[keyLength];
      byte[] body = new byte[lengths[i] - ENTRY_HEAD - keyLength];
      buf.get(ENTRY_HEAD, key);
      buf.get(ENTRY_HEAD + keyLength, body);
      return crc(hashes[i], key, body) == crc ? new Entry(hashes[i], key, body) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean readFully(FileChannel channel, ByteBuffer buf, long at)
      throws IOException {
    long position = at;
    while (buf.hasRemaining()) {
      int n = channel.read(buf, position);
      if (n < 0) {
        return false;
      }
      position += n;
    }
    return true;
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

  /** The file's size when it was opened. */
  long bytes() {
    return size;
  }

  @Override
  public void close() {
    closed(channel);
  }
}
