package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigDialectTest {
  @ParameterizedTest
  @CsvSource({
    ".berth.yaml,BERTH",
    "ci/lint.yml,BERTH",
    ".hadolint.yaml,HADOLINT",
    "/etc/hadolint.yml,HADOLINT",
    ".dclintrc,DCLINT",
    "cfg/.dclintrc.json,DCLINT"
  })
  void dialectOfAConfigFileOption(String file, ConfigDialect dialect) {
    assertEquals(dialect, ConfigDialect.ofFile(Path.of(file)));
  }
}
