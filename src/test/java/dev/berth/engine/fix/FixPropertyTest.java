package dev.berth.engine.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.cli.CliRunner;
import dev.berth.core.TextEdit;
import dev.berth.core.Utf8;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixes never lose data, shown on {@code samples/}, every Dockerfile fixture and seeded generated
 * Dockerfiles full of fixable patterns (keyword case, {@code as}, MAINTAINER, legacy {@code ENV k
 * v}) with LF, CRLF, CR and mixed line endings, byte order marks, trailing blanks and invalid
 * bytes:
 *
 * <ul>
 *   <li>the output re-parses with no syntax problem the input did not have;
 *   <li>it is exactly the input with the applied edits' spans replaced, pass after pass, so every
 *       other byte is unchanged;
 *   <li>fixing it again changes nothing;
 *   <li>its line breaks (each kind counted) and byte order mark are the input's;
 *   <li>{@code berth lint --fix} writes exactly that, keeping the file's POSIX mode and leaving no
 *       temporary file;
 *   <li>a write interrupted between the temporary file and the rename leaves the original file byte
 *       for byte, mode included, and no temporary file.
 * </ul>
 */
class FixPropertyTest {
  private static final long SEED = 0x5EED_F1C5L;

  /** Generated files per run; raise with -Dberth.fixProperty.count=N for a longer search. */
  private static final int GENERATED = Integer.getInteger("berth.fixProperty.count", 400);

  @TempDir Path dir;

  private final List<Rule> rules = BuiltinRules.all();
  private final Linter linter = new Linter(rules, RulePolicy.DEFAULTS, LintSettings.DEFAULTS);

  /** A named input. */
  record Input(String name, byte[] bytes) {}

  static List<Input> inputs() throws IOException {
    List<Input> out = new ArrayList<>();
    for (Path root :
        List.of(Path.of("samples"), Path.of("src/test/resources/fixtures/dockerfile"))) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          String name = p.getFileName().toString();
          boolean dockerfile = name.equals("Dockerfile") || name.endsWith(".Dockerfile");
          if (dockerfile && !name.contains(".fixed.")) {
            out.add(new Input(p.toString(), Files.readAllBytes(p)));
          }
        }
      }
    }
    Random r = new Random(SEED);
    for (int i = 0; i < GENERATED; i++) {
      out.add(new Input("generated-" + i, generate(r)));
    }
    return out;
  }

  private static final String[] LINES = {
    "FROM alpine:3.20",
    "from alpine:3.20 as build",
    "From debian:12 As Base",
    "FROM --platform=$BUILDPLATFORM golang:1.22 as builder",
    "run echo hello",
    "Run apk add --no-cache curl",
    // One entry, so that the continued line is never left alone: "&& echo two" on its own line
    // would be an unknown instruction, a syntax error that the fixer rightly leaves alone.
    "RUN echo one \\\n  && echo two",
    "MAINTAINER Jane Doe <jane@example.com>",
    "maintainer someone",
    "ENV key value",
    "env PATH /usr/local/bin:$PATH",
    "ENV A=1 B=\"two words\"",
    "ENV QUOTED \"a b\"  c",
    "LABEL version 1.0",
    "label a=b",
    "# a comment",
    "",
    "COPY --from=build /out /app",
    "copy . /src",
    "ONBUILD run echo later",
    "ONBUILD LABEL a b",
    "WORKDIR /app",
    "ARG V=1",
    "CMD [\"sh\", \"-c\", \"echo\"]",
    "EXPOSE 8080",
    "RUN <<EOF",
  };

  /** A Dockerfile of random lines, line endings, blanks and bytes, from a seeded generator. */
  static byte[] generate(Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (r.nextInt(6) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    String[] endings = {"\n", "\r\n", "\r"};
    boolean backtick = r.nextInt(8) == 0;
    if (backtick) {
      out.writeBytes("# escape=`\n".getBytes(StandardCharsets.UTF_8));
    }
    int style = r.nextInt(4);
    int lines = 1 + r.nextInt(25);
    boolean heredoc = false;
    for (int i = 0; i < lines; i++) {
      String line =
          heredoc ? (r.nextBoolean() ? "echo body" : "EOF") : LINES[r.nextInt(LINES.length)];
      if (i == 0) {
        // BuildKit refuses an instruction before the first FROM (DL3061), and so does the fixer
        line = "FROM alpine:3.20";
      } else if (line.matches("(?i)from .* as \\w+")) {
        // stage names stay unique (DL3024) and never name the stage they copy from
        line = line + i;
      }
      if (i == lines - 1) {
        // Mostly end with a closed heredoc; sometimes with a syntax error, which the fixer must
        // leave alone.
        line = heredoc ? "EOF" : r.nextInt(10) == 0 ? "ENV X" : line;
      }
      heredoc = (heredoc && !line.equals("EOF")) || line.equals("RUN <<EOF");
      if (backtick) {
        line = line.replace('\\', '`');
      }
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      boolean inHeredoc = heredoc || line.equals("EOF");
      if (!inHeredoc && r.nextInt(5) == 0) {
        out.writeBytes(" \t ".substring(0, 1 + r.nextInt(3)).getBytes(StandardCharsets.UTF_8));
      }
      if (!inHeredoc && r.nextInt(12) == 0) {
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
      }
      String ending = style < 3 ? endings[style] : endings[r.nextInt(3)];
      if (i < lines - 1 || r.nextBoolean()) {
        out.writeBytes(ending.getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private Relinter relinter(String name) {
    return DockerfileRelinter.of(linter, rules, name);
  }

  @Test
  void fixesChangeOnlyTheirEditsAndNeverBreakAFile() throws IOException {
    Map<String, Integer> statuses = new TreeMap<>();
    int changed = 0;
    for (Input in : inputs()) {
      Relinter relinter = relinter(in.name());
      FixResult r = new Fixer().fix(in.bytes(), relinter);
      statuses.merge(r.status().name(), 1, Integer::sum);
      String what = in.name() + " (" + r.status() + ")";
      assertTrue(
          r.status() != FixResult.Status.FIX_BREAKS_PARSE
              && r.status() != FixResult.Status.NOT_CONVERGED,
          what + ": " + r.introducedProblems() + " " + r.suspectRules());

      assertArrayEquals(
          r.bytes(),
          replay(in.bytes(), r.passEdits()),
          what + ": output is not the input with its edits applied");
      assertEquals(
          r.changed(), !r.passEdits().isEmpty() && !Arrays.equals(in.bytes(), r.bytes()), what);

      Relinter.Linted before = relinter.lint(in.bytes());
      Relinter.Linted after = relinter.lint(r.bytes());
      assertEquals(List.of(), before.problemsAddedIn(after), what + ": new syntax problems");

      FixResult again = new Fixer().fix(r.bytes(), relinter);
      assertArrayEquals(r.bytes(), again.bytes(), what + ": fixing twice changed the file again");
      assertTrue(again.passEdits().isEmpty(), what);

      assertEquals(lineBreaks(in.bytes()), lineBreaks(r.bytes()), what + ": line breaks changed");
      assertEquals(hasBom(in.bytes()), hasBom(r.bytes()), what + ": byte order mark changed");
      if (r.changed()) {
        changed++;
      }
    }
    System.out.println("fix properties: " + statuses + ", " + changed + " files changed");
    assertTrue(
        changed > GENERATED / 2, "the generator should make mostly fixable files: " + statuses);
  }

  /** The input with each pass's edits applied in turn, checking they are in order and in bounds. */
  private static byte[] replay(byte[] input, List<List<TextEdit>> passes) {
    byte[] cur = input;
    for (List<TextEdit> edits : passes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int pos = 0;
      for (TextEdit e : edits) {
        assertTrue(
            e.span().start() >= pos && e.span().end() <= cur.length,
            "edit " + e + " out of order or bounds");
        out.write(cur, pos, e.span().start() - pos);
        out.writeBytes(Utf8.encode(e.replacement()));
        pos = e.span().end();
      }
      out.write(cur, pos, cur.length - pos);
      cur = out.toByteArray();
    }
    return cur;
  }

  /** The number of CRLF, lone LF and lone CR line breaks. */
  private static List<Integer> lineBreaks(byte[] b) {
    int crlf = 0;
    int lf = 0;
    int cr = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
        crlf++;
        i++;
      } else if (b[i] == '\n') {
        lf++;
      } else if (b[i] == '\r') {
        cr++;
      }
    }
    return List.of(crlf, lf, cr);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static final List<String> MODES =
      List.of("rw-r--r--", "rwxr-xr-x", "rw-------", "rw-r-----", "rwxrwxr-x");

  @Test
  void theCliWritesExactlyTheFixKeepingTheModeAndNoTemporaryFile() throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "skipped: no POSIX file modes here");
    List<Input> all = inputs();
    int written = 0;
    for (int i = 0; i < all.size(); i += 7) {
      Input in = all.get(i);
      FixResult expected = new Fixer().fix(in.bytes(), relinter("Dockerfile"));
      Path folder = Files.createDirectory(dir.resolve("case" + i));
      Path file = folder.resolve("Dockerfile");
      Files.write(file, in.bytes());
      Set<PosixFilePermission> mode = PosixFilePermissions.fromString(MODES.get(i % MODES.size()));
      Files.setPosixFilePermissions(file, mode);
      CliRunner.Run run = CliRunner.run(folder, "", "lint", "--fix", "-f", "json", file.toString());
      assertTrue(
          run.exit() == 0 || run.exit() == 1, in.name() + ": exit " + run.exit() + " " + run.err());
      assertArrayEquals(
          expected.bytes(), Files.readAllBytes(file), in.name() + ": the CLI wrote something else");
      assertEquals(mode, Files.getPosixFilePermissions(file), in.name() + ": mode changed");
      try (Stream<Path> s = Files.list(folder)) {
        assertEquals(List.of(file), s.toList(), in.name() + ": files left behind");
      }
      if (expected.changed()) {
        written++;
      }
    }
    assertTrue(written > 10, "few files were rewritten: " + written);
  }

  @Test
  void anInterruptedWriteLeavesTheOriginalIntact() throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "skipped: no POSIX file modes here");
    List<Input> all = inputs();
    int interrupted = 0;
    for (int i = 0; i < all.size(); i += 5) {
      Input in = all.get(i);
      FixResult r = new Fixer().fix(in.bytes(), relinter(in.name()));
      if (!r.changed()) {
        continue;
      }
      Path folder = Files.createDirectory(dir.resolve("crash" + i));
      Path file = folder.resolve("Dockerfile");
      Files.write(file, in.bytes());
      Set<PosixFilePermission> mode = PosixFilePermissions.fromString(MODES.get(i % MODES.size()));
      Files.setPosixFilePermissions(file, mode);
      boolean error = i % 2 == 0;
      AtomicFileWriter crashing =
          new AtomicFileWriter(
              (temporary, target) -> {
                assertArrayEquals(
                    r.bytes(), Files.readAllBytes(temporary), "the temporary file holds the fix");
                if (error) {
                  throw new StackOverflowError(
                      "simulated crash between the temporary file and the rename");
                }
                throw new IOException(
                    "simulated failure between the temporary file and the rename");
              });
      Class<? extends Throwable> expected = error ? StackOverflowError.class : IOException.class;
      assertThrows(expected, () -> crashing.write(file, r.bytes()));
      assertArrayEquals(in.bytes(), Files.readAllBytes(file), in.name() + ": the original changed");
      assertEquals(mode, Files.getPosixFilePermissions(file), in.name() + ": mode changed");
      try (Stream<Path> s = Files.list(folder)) {
        assertEquals(List.of(file), s.toList(), in.name() + ": temporary file left behind");
      }
      interrupted++;
    }
    assertTrue(interrupted > 10, "few writes were interrupted: " + interrupted);
  }
}
