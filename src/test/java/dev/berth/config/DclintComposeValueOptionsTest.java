package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.core.Level;
import dev.berth.rules.BuiltinRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dclint's options in a {@code .dclintrc} reach berth's compose style rules, by any name. */
class DclintComposeValueOptionsTest {
  private static final List<RuleMeta> METAS = BuiltinRules.all().stream().map(Rule::meta).toList();

  private static RuleMeta meta(String id) {
    return METAS.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void optionsAndLevelsReachTheRules() throws ConfigException {
    ConfigLayer layer =
        ConfigFileReader.parse(
            """
            rules:
              require-quotes-in-ports: [2, {quoteType: double, portsSections: [ports]}]
              order-service-properties:
                - 1
                - groupOrder: [Core Definitions, Other]
                  groups: {Core Definitions: [image]}
              order-top-level-properties: [1, {customOrder: [services, x-properties]}]
              services-alphabetical-order: 1
            """,
            ".dclintrc",
            ConfigDialect.DCLINT,
            new ConfigRuleIds(METAS),
            Path.of("/project"));
    EffectiveConfig c = LayerPrecedence.fold(List.of(layer), List.of());
    RuleMeta ports = meta("require-quotes-in-ports");
    assertEquals(Level.ERROR, c.policy().level(ports));
    assertEquals("double", c.policy().options(ports).getString("quoteType", ""));
    assertEquals(
        List.of("ports"), c.policy().options(ports).getStrings("portsSections", List.of()));
    RuleMeta keys = meta("service-keys-order");
    assertTrue(c.policy().runs(keys), "a level in .dclintrc enables an opt-in rule");
    assertEquals(
        Map.of("Core Definitions", List.of("image")),
        c.policy().options(keys).get("groups").orElseThrow());
    assertEquals(
        List.of("services", "x-properties"),
        c.policy()
            .options(meta("top-level-properties-order"))
            .getStrings("customOrder", List.of()));
    assertTrue(c.policy().runs(meta("services-alphabetical-order")));
  }
}
