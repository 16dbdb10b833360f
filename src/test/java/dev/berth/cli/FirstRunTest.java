package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.engine.FileType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new user meets in the first minutes: names, content, empty runs, typos, the version. */
class FirstRunTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
    "Dockerfile-prod, DOCKERFILE",
    "Dockerfile_dev, DOCKERFILE",
    "my.Containerfile, DOCKERFILE",
    "api.dockerfile, DOCKERFILE",
    "docker-compose.prod.yml, COMPOSE",
    "stack.yml, ",
    "README.md, "
  })
  void namesSayTheType(String name, String type) {
    assertEquals(Optional.ofNullable(type).map(FileType::valueOf), FileType.detect(name), name);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "# syntax=docker/dockerfile:1\\n\\nFROM alpine:3.20\\n | DOCKERFILE",
        "\\uFEFFfrom alpine:3.20 | DOCKERFILE",
        "ARG BASE=alpine:3.20\\nFROM $BASE\\n | DOCKERFILE",
        "version: '3.8'\\nservices:\\n  web:\\n    image: nginx\\n | COMPOSE",
        "# a stack\\nservices: {}\\n | COMPOSE",
        "include:\\n  - other.yaml\\n | COMPOSE",
        "name: x\\nitems:\\n  - services: 1\\n | ",
        "hello world\\n | ",
        "RUNNING: yes\\n | "
      })
  void contentSaysTheType(String text, String type) {
    String unescaped = text.replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
    assertEquals(
        Optional.ofNullable(type).map(FileType::valueOf),
        FileType.sniff(unescaped.getBytes(StandardCharsets.UTF_8)),
        text);
  }

  @Test
  void anExplicitFileIsRecognisedByItsContent() throws IOException {
    write("stack.yml", "services:\n  web:\n    image: nginx:1.27\n    links: [db]\n");
    write("build-spec", "FROM alpine:3.20\nENV X\n");
    CliRunner.Run yaml = CliRunner.run(dir, "", "lint", "stack.yml");
    assertTrue(yaml.exit() != 2, yaml.err());
    assertEquals("", yaml.err());
    CliRunner.Run docker = CliRunner.run(dir, "", "lint", "build-spec");
    assertEquals(1, docker.exit(), docker.err());
    assertTrue(docker.out().startsWith("build-spec:2:5: error:"), docker.out());
  }

  @Test
  void aFileNeitherNameNorContentRecognisesIsAnError() throws IOException {
    write("notes.txt", "hello\n");
    CliRunner.Run r = CliRunner.run(dir, "", "lint", "notes.txt");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("notes.txt: neither its name nor its content"), r.err());
    assertTrue(r.err().contains("--type"), r.err());
  }

  @Test
  void aRunThatLintsNothingFails() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    write("docs/README.md", "# nothing to lint\n");
    for (String path : new String[] {"empty", "docs"}) {
      CliRunner.Run r = CliRunner.run(dir, "", "lint", path);
      assertEquals(2, r.exit(), path);
      assertEquals("", r.out(), path);
      assertTrue(r.err().contains("no Dockerfile or compose file found in " + path), r.err());
    }
  }

  @Test
  void anUnknownCommandListsTheCommands() throws IOException {
    CliRunner.Run r = CliRunner.run(dir, "", "lnit", "Dockerfile");
    assertEquals(2, r.exit());
    assertTrue(
        r.err().startsWith("berth: unknown command 'lnit'; the commands are lint, parse,"),
        r.err());
    write("Dockerfile", "FROM alpine:3.20\n");
    CliRunner.Run file = CliRunner.run(dir, "", "Dockerfile");
    assertEquals(2, file.exit());
    assertTrue(file.err().contains("To lint it, run 'berth lint Dockerfile'."), file.err());
  }

  @Test
  void versionNamesBerthAndJava() {
    CliRunner.Run r = CliRunner.run(dir, "", "--version");
    assertEquals(0, r.exit());
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].matches("berth \\d+\\.\\d+\\.\\d+"), r.out());
    assertTrue(lines[1].startsWith("Java " + System.getProperty("java.version")), r.out());
  }
}
