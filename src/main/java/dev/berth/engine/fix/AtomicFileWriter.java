package dev.berth.engine.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file's content atomically: the new bytes go to a temporary file in the same folder,
 * which is flushed to disk, given the original's POSIX permissions, and renamed over the original.
 * A reader sees the old content or the new, never a mix; if anything fails before the rename, the
 * original is untouched and the temporary file is removed. A symbolic link is followed, so the file
 * it points to is replaced and the link stays a link.
 *
 * <p>The rename step is injectable so that a test can make it fail (a crash between writing and
 * renaming).
 */
public final class AtomicFileWriter {
  /** Moves the finished temporary file over the target. */
  @FunctionalInterface
  public interface Replacer {
    void replace(Path temporary, Path target) throws IOException;
  }

  /** An atomic rename; where the file system cannot rename atomically, a plain replacing move. */
  public static final Replacer RENAME =
      (temporary, target) -> {
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      };

  private final Replacer replacer;

  public AtomicFileWriter() {
    this(RENAME);
  }

  public AtomicFileWriter(Replacer replacer) {
    this.replacer = replacer;
  }

  /**
   * Writes {@code content} to {@code target}. Keeps the existing file's POSIX permissions where the
   * file system has them; a file that did not exist is created readable and writable by its owner
   * only (the permissions of a new temporary file).
   */
  public void write(Path target, byte[] content) throws IOException {
    Path file = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path dir = file.getParent();
    Set<PosixFilePermission> mode = posixPermissions(file);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".berth-tmp");
    try {
      try (FileChannel ch =
          FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      if (mode != null) {
        Files.setPosixFilePermissions(tmp, mode);
      }
      replacer.replace(tmp, file);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** The file's permissions, or null when it does not exist or the file system has none. */
  private static Set<PosixFilePermission> posixPermissions(Path file) throws IOException {
    if (!Files.exists(file)
        || Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            == null) {
      return null;
    }
    return Files.getPosixFilePermissions(file);
  }
}
