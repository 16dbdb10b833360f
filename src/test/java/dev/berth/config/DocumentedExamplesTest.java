package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.Category;
import dev.berth.api.Family;
import dev.berth.api.Fixability;
import dev.berth.api.RuleMeta;
import dev.berth.core.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example files that the README's Configuration section shows are valid and mean what it says.
 */
class DocumentedExamplesTest {
  private static final List<RuleMeta> RULES = new ArrayList<>(TestRules.ALL);

  static {
    RULES.add(
        new RuleMeta(
            "require-project-name-field",
            "require-project-name-field",
            Family.COMPOSE,
            "Name the project",
            Level.WARNING,
            Category.BEST_PRACTICE,
            Fixability.NONE,
            true,
            List.of(),
            ""));
  }

  private static EffectiveConfig read(String name, ConfigDialect dialect)
      throws IOException, ConfigException {
    String text;
    try (InputStream in =
        DocumentedExamplesTest.class.getResourceAsStream("/config/examples/" + name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ConfigLayer layer =
        ConfigFileReader.parse(text, name, dialect, new ConfigRuleIds(RULES), Path.of("/p"));
    return LayerPrecedence.fold(List.of(layer), List.of());
  }

  @Test
  void berthExample() throws IOException, ConfigException {
    EffectiveConfig c = read("berth.yaml", ConfigDialect.BERTH);
    assertEquals(Optional.of(Level.WARNING), c.failureThreshold());
    assertFalse(c.policy().runs(TestRules.JSON_ARGS));
    assertTrue(c.policy().runs(TestRules.UNTRUSTED_REGISTRY));
    assertEquals(Level.ERROR, c.policy().level(TestRules.SUDO));
    assertTrue(c.isExcluded(Path.of("/p/vendor/a/Dockerfile"), false));
    assertEquals(Optional.of("gnu"), c.format());
  }

  @Test
  void hadolintExample() throws IOException, ConfigException {
    EffectiveConfig c = read("hadolint.yaml", ConfigDialect.HADOLINT);
    assertEquals(Optional.of(Level.ERROR), c.failureThreshold());
    assertEquals(Level.WARNING, c.policy().level(TestRules.SUDO));
    assertTrue(c.noColor());
  }

  @Test
  void dclintExample() throws IOException, ConfigException {
    EffectiveConfig c = read("dclintrc.json", ConfigDialect.DCLINT);
    assertFalse(c.policy().runs(TestRules.NO_VERSION));
    assertEquals(Level.ERROR, c.policy().level(TestRules.EXPLICIT_TAG));
    assertTrue(c.isExcluded(Path.of("/p/legacy/compose.yaml"), false));
  }
}
