package dev.berth.cli.server;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request to a resident server, as the launcher writes it with bash's own {@code printf} (so that
 * a served run starts no program): lines {@code berth-server 1}, the client token, the server key,
 * {@code run} or {@code stop}, {@code 1} when standard output is a terminal (else {@code 0}) and
 * the number of arguments, then each argument ended by a NUL byte.
 *
 * <p>The answer: a line with the server token (which proves the server read the same address file
 * as the client), a line {@code A} (accepted) or {@code R} (refused: another key, or berth changed
 * since the server started; the launcher then runs berth itself), and for an accepted request a
 * line with the exit code, a line with the length in bytes of what the run wrote to standard error,
 * those bytes, and then what it wrote to standard output until the connection closes.
 */
record ServerRequest(
    String clientToken, String key, boolean stop, boolean terminal, List<String> arguments) {
  static final String MAGIC = "berth-server 1";

  /**
   * The most bytes a request may have in all; a larger one is not the launcher's (whose arguments
   * the system already limits to a few megabytes).
   */
  static final int MAX_BYTES = 8 << 20;

  static final int MAX_ARGUMENTS = 1 << 16;

  /** Thrown when a request's client token is not the server's; nothing more was read. */
  static final class WrongToken extends IOException {
    private static final long serialVersionUID = 1L;

    WrongToken() {
      super("not a client of this server");
    }
  }

  /**
   * The request read from {@code in}; an IOException when its bytes are not one, a {@link
   * WrongToken} (read no further than the token) when its client token is not {@code token}.
   */
  static ServerRequest read(InputStream in, String token) throws IOException {
    Budget budget = new Budget();
    if (!budget.field(in, '\n').equals(MAGIC)) {
      throw new IOException("not a berth server request");
    }
    String clientToken = budget.field(in, '\n');
    if (!java.security.MessageDigest.isEqual(
        clientToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      throw new WrongToken();
    }
    String key = budget.field(in, '\n');
    String command = budget.field(in, '\n');
    if (!command.equals("run") && !command.equals("stop")) {
      throw new IOException("unknown command " + command);
    }
    String terminal = budget.field(in, '\n');
    int count;
    try {
      count = Integer.parseInt(budget.field(in, '\n'));
    } catch (NumberFormatException e) {
      throw new IOException("bad argument count", e);
    }
    if (count < 0 || count > MAX_ARGUMENTS) {
      throw new IOException("bad argument count " + count);
    }
    List<String> args = new ArrayList<>(Math.min(count, 1024));
    for (int i = 0; i < count; i++) {
      args.add(budget.field(in, '\0'));
    }
    return new ServerRequest(clientToken, key, command.equals("stop"), terminal.equals("1"), args);
  }

  /** The bytes a request has left of {@link #MAX_BYTES}. */
  private static final class Budget {
    private int left = MAX_BYTES;

    /** The bytes up to {@code end} (not included), as UTF-8. */
    String field(InputStream in, char end) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(64);
      while (true) {
        int b = in.read();
        if (b < 0) {
          throw new EOFException("the request ended early");
        }
        if (--left < 0) {
          throw new IOException("the request is too long");
        }
        if (b == end) {
          return out.toString(StandardCharsets.UTF_8);
        }
        out.write(b);
      }
    }
  }
}
