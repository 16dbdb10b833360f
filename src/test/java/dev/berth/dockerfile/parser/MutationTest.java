package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ModelInvariants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random edits of real Dockerfiles, biased towards the characters that matter to the grammar
 * (escapes, quotes, brackets, heredoc operators, line breaks, invalid bytes): the parser must never
 * throw and every model must keep its span promises.
 */
class MutationTest {
  static final String[] PIECES = {
    "\\",
    "`",
    "\"",
    "'",
    "[",
    "]",
    ",",
    "<<",
    "<<-",
    "EOF",
    "\n",
    "\r\n",
    "\r",
    "#",
    "=",
    "--",
    " ",
    "\t",
    "$",
    "${",
    "}",
    "\\\n",
    "`\n",
    "\\ \n",
    "\n\n",
    "# escape=`\n",
    "RUN ",
    "ONBUILD ",
    "HEALTHCHECK ",
    "\u0001",
    "\u0002",
    "\u0003",
    "\uFDD1",
    "é",
    "\u00a0",
    "☃",
    "\uD83D\uDE00",
    "{}",
    "null",
    "1"
  };

  @Test
  void mutantsParseAndKeepSpanPromises() throws IOException {
    List<Path> files = CorpusTest.dockerfiles();
    Random random = new Random(20261127L);
    List<String> failures = new ArrayList<>();
    int mutants = 0;
    for (int f = 0; f < files.size(); f += 4) {
      byte[] original = Files.readAllBytes(files.get(f));
      for (int m = 0; m < 4; m++) {
        byte[] mutant = mutate(original, random);
        mutants++;
        try {
          Dockerfile df = DockerfileParsing.parse(SourceText.of("mutant", mutant));
          for (String v : ModelInvariants.check(df)) {
            failures.add(files.get(f) + " mutant " + m + ": " + v);
          }
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(files.get(f) + " mutant " + m + ": threw " + e);
        }
      }
    }
    System.out.println("mutation: " + mutants + " mutants, " + failures.size() + " failures");
    assertTrue(
        failures.isEmpty(),
        () -> String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
  }

  static byte[] mutate(byte[] original, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 64);
    int edits = 1 + random.nextInt(6);
    int[] at = new int[edits];
    for (int i = 0; i < edits; i++) {
      at[i] = original.length == 0 ? 0 : random.nextInt(original.length + 1);
    }
    java.util.Arrays.sort(at);
    int pos = 0;
    for (int i = 0; i < edits; i++) {
      int to = Math.max(pos, at[i]);
      out.write(original, pos, to - pos);
      pos = to;
      int kind = random.nextInt(4);
      if (kind == 0 && pos < original.length) {
        pos = Math.min(original.length, pos + 1 + random.nextInt(8));
      } else if (kind == 1) {
        out.write(0xFF);
      } else {
        byte[] piece = PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8);
        out.write(piece, 0, piece.length);
      }
    }
    out.write(original, pos, original.length - pos);
    return out.toByteArray();
  }
}
