package dev.berth.rules.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.LintSettings;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.core.Finding;
import dev.berth.core.SourceText;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * no-hardcoded-secrets reads the env files of a compose file read from disk (fixtures come from
 * standard input, so this needs a folder of its own).
 */
class NoHardcodedSecretsEnvFileTest {
  @TempDir Path dir;

  private List<Finding> lint(String compose) throws IOException {
    Path file = Files.writeString(dir.resolve("compose.yaml"), compose, StandardCharsets.UTF_8);
    Linter linter =
        new Linter(List.of(new NoHardcodedSecrets()), RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    return linter.lintCompose(
        SourceText.of(file.toString(), Files.readAllBytes(file)), ComposeLoadOptions.defaults());
  }

  @Test
  void reportsCredentialKeysOfAnEnvFileOnItsPath() throws IOException {
    Files.writeString(
        dir.resolve("app.env"),
        """
        # database
        DB_USER=app
        DB_PASSWORD=hunter2
        export API_TOKEN='t-123'
        JWT_SECRET=${JWT_SECRET}
        ALLOW_EMPTY_PASSWORD=yes
        CACHE_URL=redis://:s3cret@cache:6379/0
        """);
    List<Finding> findings =
        lint(
            """
            services:
              app:
                image: example/app:1.4
                env_file:
                  - ./app.env
                  - path: ./missing.env
                    required: false
            """);
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals(5, f.start().line());
    assertEquals(9, f.start().column());
    assertTrue(f.message().contains("(DB_PASSWORD, API_TOKEN, CACHE_URL)"), f.message());
    assertFalse(f.message().contains("hunter2"), f.message());
  }

  @Test
  void anEnvFileWithoutCredentialsIsFine() throws IOException {
    Files.writeString(dir.resolve("app.env"), "DB_USER=app\nDB_PASSWORD=\n");
    assertEquals(
        List.of(), lint("services:\n  app:\n    image: example/app:1.4\n    env_file: app.env\n"));
  }
}
