package dev.berth.compose.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.DockerfileParsing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run's cache of the Dockerfiles services build gives the model a parse of the same name and
 * bytes gives, and parses again whenever the bytes or the name differ.
 */
class ParsedDockerfilesTest {
  private static final Path FILE = Path.of("/p/app/Dockerfile").toAbsolutePath();

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** What the model says, to compare it with a fresh parse's (models have no value equality). */
  private static String show(Dockerfile d) {
    return d.source().name()
        + "|"
        + new String(d.source().bytes(), StandardCharsets.UTF_8)
        + "|"
        + d.instructions().toString().replaceAll("TextMap@[0-9a-f]+", "TextMap")
        + "|"
        + d.problems();
  }

  private static void assertLikeAParse(String name, byte[] bytes, Dockerfile got) {
    assertEquals(show(DockerfileParsing.parse(SourceText.of(name, bytes))), show(got));
  }

  /** A cache that adds the name of each file it parses to {@code parsed}. */
  private static ParsedDockerfiles counting(List<String> parsed, long maxBytes) {
    return new ParsedDockerfiles(
        s -> {
          parsed.add(s.name());
          return DockerfileParsing.parse(s);
        },
        maxBytes);
  }

  @Test
  void theSameFileNameAndBytesAreParsedOnce() {
    List<String> parsed = new ArrayList<>();
    ParsedDockerfiles cache = counting(parsed, ParsedDockerfiles.MAX_BYTES);
    byte[] text = bytes("FROM alpine:3.20\nRUN apk add curl\n");
    Dockerfile first = cache.parse(FILE, "app/Dockerfile", text);
    Dockerfile second = cache.parse(FILE, "app/Dockerfile", text.clone());
    assertSame(first, second);
    assertEquals(List.of("app/Dockerfile"), parsed);
    assertLikeAParse("app/Dockerfile", text, second);
  }

  @Test
  void otherBytesOrAnotherNameAreParsedAgain() {
    ParsedDockerfiles cache = ParsedDockerfiles.create();
    byte[] v1 = bytes("FROM alpine:3.20\n");
    byte[] v2 = bytes("FROM alpine:3.21\nUSER app\n");
    Dockerfile a = cache.parse(FILE, "app/Dockerfile", v1);
    Dockerfile changed = cache.parse(FILE, "app/Dockerfile", v2);
    assertNotSame(a, changed);
    assertLikeAParse("app/Dockerfile", v2, changed);
    Dockerfile renamed = cache.parse(FILE, "../app/Dockerfile", v2);
    assertLikeAParse("../app/Dockerfile", v2, renamed);
    Dockerfile otherPath = cache.parse(FILE.resolveSibling("Dockerfile.dev"), "app/Dockerfile", v1);
    assertLikeAParse("app/Dockerfile", v1, otherPath);
    assertLikeAParse("app/Dockerfile", v2, cache.parse(FILE, "app/Dockerfile", v2));
  }

  @Test
  void overTheByteBoundModelsAreParsedWithoutBeingKept() {
    List<String> parsed = new ArrayList<>();
    ParsedDockerfiles cache = counting(parsed, 10);
    byte[] text = bytes("FROM alpine:3.20\n"); // 17 bytes: over the bound of 10
    Dockerfile first = cache.parse(FILE, "Dockerfile", text);
    Dockerfile second = cache.parse(FILE, "Dockerfile", text);
    assertNotSame(first, second);
    assertEquals(List.of("Dockerfile", "Dockerfile"), parsed);
    assertLikeAParse("Dockerfile", text, second);
  }
}
