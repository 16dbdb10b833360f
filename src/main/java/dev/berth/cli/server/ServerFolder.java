package dev.berth.cli.server;

import dev.berth.engine.fix.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The folder where resident servers say where they listen: per server key (which the launcher
 * computes from the working folder, the environment, the Java and the jar), an address file {@code
 * s-KEY.port} ("port client-token server-token", readable by the owner only) and a lock file {@code
 * s-KEY.lock} that the live server holds. The launcher names the folder ({@code
 * $XDG_RUNTIME_DIR/berth}, else {@code servers} in berth's cache folder); only a folder that is
 * this user's and closed to everyone else is used, so no other user can read a token or plant an
 * address.
 */
final class ServerFolder {
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private final Path folder;

  private ServerFolder(Path folder) {
    this.folder = folder;
  }

  /**
   * Whether {@code key} is one the launcher makes: 1 to 80 lower-case hex digits and dashes (a
   * checksum, or the parts of one), starting with a digit.
   */
  static boolean isKey(String key) {
    if (key.isEmpty() || key.length() > 80 || key.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * The folder, created owner-only if missing; empty when it cannot be made or is not safe (not a
   * folder, a link, another user's, or open to group or others).
   */
  static Optional<ServerFolder> prepare(Path folder) {
    try {
      if (!folder.isAbsolute()) {
        return Optional.empty();
      }
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(folder.getParent());
        try {
          Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
          // made by a run beside this one: checked below like any other
        }
      }
      PosixFileAttributes attrs =
          Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attrs.isDirectory()
          || !attrs.owner().getName().equals(System.getProperty("user.name"))
          || !attrs.permissions().equals(OWNER_ONLY_FOLDER)) {
        return Optional.empty();
      }
      return Optional.of(new ServerFolder(folder));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  Path lock(String key) {
    return folder.resolve("s-" + key + ".lock");
  }

  Path address(String key) {
    return folder.resolve("s-" + key + ".port");
  }

  /**
   * The keys of the servers up in this folder (their lock is held). The address file of a server
   * that is gone is deleted, and so is its lock file once it is a minute old (a younger one may be
   * a starting server's).
   */
  java.util.Set<String> liveServers() {
    java.util.Set<String> live = new java.util.HashSet<>();
    String[] names = folder.toFile().list();
    if (names == null) {
      return live;
    }
    for (String name : names) {
      if (!name.startsWith("s-") || !name.endsWith(".lock")) {
        continue;
      }
      String key = name.substring(2, name.length() - 5);
      Path lockPath = folder.resolve(name);
      try (java.nio.channels.FileChannel ch =
          java.nio.channels.FileChannel.open(lockPath, java.nio.file.StandardOpenOption.WRITE)) {
        java.nio.channels.FileLock lock = ch.tryLock();
        if (lock == null) {
          live.add(key);
          continue;
        }
        try {
          Files.deleteIfExists(address(key));
          long age = System.currentTimeMillis() - Files.getLastModifiedTime(lockPath).toMillis();
          if (age > 60_000) {
            Files.deleteIfExists(lockPath);
          }
        } finally {
          lock.release();
        }
      } catch (java.nio.channels.OverlappingFileLockException e) {
        live.add(key); // held by this very process (a test's server)
      } catch (IOException | RuntimeException e) {
        // gone meanwhile, or not ours to judge
      }
    }
    return live;
  }

  /**
   * Writes the address file of a server, whole or not at all; a new file is readable and writable
   * by its owner only ({@link AtomicFileWriter}).
   */
  void publish(String key, String line) throws IOException {
    new AtomicFileWriter().write(address(key), (line + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** Deletes the address file of a server, when it still holds {@code line} (its own). */
  void withdraw(String key, String line) {
    Path p = address(key);
    try {
      if (Files.readString(p, StandardCharsets.US_ASCII).equals(line + "\n")) {
        Files.delete(p);
      }
    } catch (IOException | RuntimeException e) {
      // gone already, or another server's now
    }
  }
}
