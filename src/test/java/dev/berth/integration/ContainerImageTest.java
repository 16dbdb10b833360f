package dev.berth.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.cli.CliRunner;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * berth's own {@code Dockerfile} (the container image) lints clean with every default rule, with
 * its {@code .dockerignore} as the build context's. That the jar runs on a Java runtime alone is
 * checked by {@code .ci/run}, on a runtime made with jlink from the {@code java.se} modules.
 */
class ContainerImageTest {
  @Test
  void berthLintsItsOwnDockerfileClean() {
    CliRunner.Run run =
        CliRunner.run(
            Path.of("").toAbsolutePath(),
            new byte[0],
            Map.of(),
            "lint",
            "--no-shellcheck",
            "--format",
            "gnu",
            "Dockerfile");
    assertEquals("", run.out());
    assertEquals("", run.err());
    assertEquals(0, run.exit());
  }
}
