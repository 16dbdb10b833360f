package dev.berth.engine.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
  @TempDir Path dir;

  private static final byte[] OLD =
      "FROM alpine\r\nMAINTAINER me\r\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NEW =
      "FROM alpine\r\nLABEL maintainer=\"me\"\r\n".getBytes(StandardCharsets.UTF_8);

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = Files.write(dir.resolve("Dockerfile"), OLD);
    new AtomicFileWriter().write(file, NEW);
    assertArrayEquals(NEW, Files.readAllBytes(file));
    assertEquals(List.of("Dockerfile"), names());
  }

  @Test
  void keepsTheFileMode() throws IOException {
    assumeTrue(posix());
    Path file = Files.write(dir.resolve("Dockerfile"), OLD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
    new AtomicFileWriter().write(file, NEW);
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    new AtomicFileWriter().write(file, OLD);
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aFailedRenameLeavesTheOriginalIntactAndCleansUp() throws IOException {
    Path file = Files.write(dir.resolve("Dockerfile"), OLD);
    Path[] written = new Path[1];
    AtomicFileWriter crashing =
        new AtomicFileWriter(
            (temporary, target) -> {
              written[0] = temporary;
              assertArrayEquals(
                  NEW,
                  Files.readAllBytes(temporary),
                  "the new content is complete before the rename");
              throw new IOException("simulated crash before the rename");
            });
    IOException e = assertThrows(IOException.class, () -> crashing.write(file, NEW));
    assertEquals("simulated crash before the rename", e.getMessage());
    assertArrayEquals(OLD, Files.readAllBytes(file));
    assertTrue(Files.notExists(written[0]));
    assertEquals(List.of("Dockerfile"), names());
  }

  @Test
  void aProcessKilledBeforeTheRenameLeavesTheOriginalIntact() throws IOException {
    Path file = Files.write(dir.resolve("Dockerfile"), OLD);
    // A replacer that does nothing: as if the process died after writing the temporary file.
    new AtomicFileWriter((temporary, target) -> {}).write(file, NEW);
    assertArrayEquals(OLD, Files.readAllBytes(file));
    List<String> left = names();
    assertEquals(2, left.size(), left.toString());
    Path temporary = dir.resolve(left.get(0));
    assertTrue(
        left.get(0).startsWith(".Dockerfile.") && left.get(0).endsWith(".berth-tmp"),
        left.toString());
    assertArrayEquals(NEW, Files.readAllBytes(temporary));
  }

  @Test
  void aSymbolicLinkStaysALink() throws IOException {
    Path real = Files.write(dir.resolve("Dockerfile.real"), OLD);
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("Dockerfile"), real.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
      return;
    }
    new AtomicFileWriter().write(link, NEW);
    assertTrue(Files.isSymbolicLink(link));
    assertArrayEquals(NEW, Files.readAllBytes(real));
  }

  @Test
  void anUnwritableFolderFailsWithoutTouchingTheFile() throws IOException {
    assumeTrue(posix());
    Path sub = Files.createDirectory(dir.resolve("ro"));
    Path file = Files.write(sub.resolve("Dockerfile"), OLD);
    Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-x------"));
    try {
      assumeTrue(!Files.isWritable(sub), "running as a user who can write anywhere");
      assertThrows(IOException.class, () -> new AtomicFileWriter().write(file, NEW));
      assertArrayEquals(OLD, Files.readAllBytes(file));
    } finally {
      Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
