package dev.berth.cli.server;

import dev.berth.cli.Io;
import dev.berth.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What a run of berth printed and returned. */
record Printed(int code, String out, String err) {
  /** The run in this process, as berth's own main runs it. */
  static Printed ownRun(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStreamWriter o = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    OutputStreamWriter e = new OutputStreamWriter(err, StandardCharsets.UTF_8);
    Io io =
        new Io(
            InputStream.nullInputStream(),
            o,
            e,
            out,
            System.getenv(),
            Path.of("").toAbsolutePath(),
            false);
    int code = Main.run(args, io);
    o.flush();
    e.flush();
    return new Printed(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
