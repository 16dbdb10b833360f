package dev.berth.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests as the launcher writes them with printf, and bytes that are not one. */
class ServerRequestTest {
  private static ServerRequest read(String text) throws IOException {
    return ServerRequest.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "tok");
  }

  @Test
  void aRunWithArgumentsThatHoldSpacesNewlinesAndUtf8() throws IOException {
    ServerRequest r =
        read(
            "berth-server 1\ntok\nab12-34\nrun\n1\n3\n"
                + "lint\0my file\nx\0d\u00e9j\u00e0/Dockerfile\0");
    assertEquals("tok", r.clientToken());
    assertEquals("ab12-34", r.key());
    assertTrue(r.terminal());
    assertEquals(false, r.stop());
    assertEquals(List.of("lint", "my file\nx", "d\u00e9j\u00e0/Dockerfile"), r.arguments());
  }

  @Test
  void aStopWithoutArguments() throws IOException {
    ServerRequest r = read("berth-server 1\ntok\nkey\nstop\n0\n0\n");
    assertTrue(r.stop());
    assertEquals(false, r.terminal());
    assertEquals(List.of(), r.arguments());
  }

  @Test
  void anEmptyArgumentIsKept() throws IOException {
    assertEquals(
        List.of("lint", ""), read("berth-server 1\ntok\nk\nrun\n0\n2\nlint\0\0").arguments());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "GET / HTTP/1.1\r\n\r\n",
        "berth-server 2\nt\nk\nrun\n0\n0\n",
        "berth-server 1\ntok\nk\nfix\n0\n0\n",
        "berth-server 1\ntok\nk\nrun\n0\n-1\n",
        "berth-server 1\ntok\nk\nrun\n0\n99999999\n",
        "berth-server 1\ntok\nk\nrun\n0\nmany\n",
        "berth-server 1\ntok\nk\nrun\n0\n2\nlint\0",
        "berth-server 1\ntok\nk\nrun"
      })
  void bytesThatAreNotARequestAreRefused(String text) {
    assertThrows(IOException.class, () -> read(text));
  }

  @Test
  void anOverlongRequestIsRefusedBeforeItIsAllRead() {
    byte[] head = "berth-server 1\ntok\nk\nrun\n0\n3\n".getBytes(StandardCharsets.US_ASCII);
    byte[] huge = new byte[ServerRequest.MAX_BYTES + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    System.arraycopy(head, 0, huge, 0, head.length);
    huge[ServerRequest.MAX_BYTES / 2] = 0; // two arguments of 4 MB each: too many bytes in all
    CountingStream in = new CountingStream(huge);
    assertThrows(IOException.class, () -> ServerRequest.read(in, "tok"));
    assertTrue(in.read <= ServerRequest.MAX_BYTES + 1, "read " + in.read);
  }

  @Test
  void aWrongTokenIsRefusedBeforeAnythingAfterItIsRead() {
    CountingStream in =
        new CountingStream(
            "berth-server 1\nnope\nk\nrun\n0\n1\nlint\0".getBytes(StandardCharsets.US_ASCII));
    assertThrows(ServerRequest.WrongToken.class, () -> ServerRequest.read(in, "tok"));
    assertEquals("berth-server 1\nnope\n".length(), in.read);
  }

  /** A stream that counts the bytes read from it. */
  private static final class CountingStream extends ByteArrayInputStream {
    int read;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read() {
      int b = super.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }
  }
}
