package dev.berth.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where servers publish their address: only a folder no one else can use, and only what is live.
 */
class ServerFolderTest {
  @TempDir Path dir;

  @Test
  void aMissingFolderIsMadeOwnerOnly() throws IOException {
    Path folder = dir.resolve("cache/servers");
    assertTrue(ServerFolder.prepare(folder).isPresent());
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rwxr-x---", "rwx---rwx", "rwxrwxrwx"})
  void aFolderOthersCanReachIsNotUsed(String permissions) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("servers"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(permissions));
    assertTrue(ServerFolder.prepare(folder).isEmpty());
  }

  @Test
  void aLinkOrAFileOrARelativePathIsNotUsed() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
    assertTrue(ServerFolder.prepare(real).isPresent());
    assertTrue(ServerFolder.prepare(Files.createSymbolicLink(dir.resolve("link"), real)).isEmpty());
    assertTrue(ServerFolder.prepare(Files.writeString(dir.resolve("file"), "")).isEmpty());
    assertTrue(ServerFolder.prepare(Path.of("relative/servers")).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "e5abb702287ae46c04b03fb15619afd8", "1234567890-4521"})
  void keysTheLauncherMakes(String key) {
    assertTrue(ServerFolder.isKey(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "../x", "ABCDEF", "a b", "a/b", "key.port"})
  void otherKeysAreNot(String key) {
    assertFalse(ServerFolder.isKey(key));
  }

  @Test
  void theAddressFileIsOwnerOnlyAndWithdrawnOnlyByItsServer() throws IOException {
    ServerFolder folder = ServerFolder.prepare(dir.resolve("s")).orElseThrow();
    folder.publish("abc", "4000 t1 t2");
    Path address = folder.address("abc");
    assertEquals("4000 t1 t2\n", Files.readString(address));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(address)));
    folder.withdraw("abc", "4001 u1 u2"); // another server's line: stays
    assertTrue(Files.exists(address));
    folder.withdraw("abc", "4000 t1 t2");
    assertFalse(Files.exists(address));
    try (var names = Files.list(dir.resolve("s"))) {
      assertEquals(0, names.count(), "no temporary file is left behind");
    }
  }

  @Test
  void liveServersCountsHeldLocksAndClearsWhatTheDeadLeft() throws IOException {
    ServerFolder folder = ServerFolder.prepare(dir.resolve("s")).orElseThrow();
    Path dead = folder.lock("dead");
    Files.writeString(dead, "");
    Files.setLastModifiedTime(dead, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
    folder.publish("dead", "1 a b");
    Files.writeString(folder.lock("starting"), ""); // unlocked, but new: may be a starting server
    folder.publish("starting", "2 a b");
    try (FileChannel ch =
        FileChannel.open(
            folder.lock("live"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock held = ch.lock();
      assertTrue(held.isValid());
      folder.publish("live", "3 a b");
      assertEquals(java.util.Set.of("live"), folder.liveServers());
      assertTrue(Files.exists(folder.address("live")));
      assertTrue(Files.exists(folder.lock("live")));
    }
    assertFalse(Files.exists(folder.address("dead")));
    assertFalse(Files.exists(dead));
    assertFalse(Files.exists(folder.address("starting")));
    assertTrue(Files.exists(folder.lock("starting")));
    assertEquals("3 a b\n", Files.readString(folder.address("live"), StandardCharsets.US_ASCII));
  }
}
