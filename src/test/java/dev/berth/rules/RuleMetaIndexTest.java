package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.api.RuleMetaIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The build-time index of rule metadata says exactly what the rules' annotations say. */
class RuleMetaIndexTest {
  @Test
  void theBuiltIndexIsCurrent() throws IOException {
    try (InputStream in = RuleMetaIndex.class.getResourceAsStream(RuleMetaIndex.RESOURCE)) {
      assertNotNull(in, RuleMetaIndex.RESOURCE + " is missing: the build's process-classes step");
      assertEquals(
          RuleMetaIndex.write(BuiltinRules.all()),
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "the index is stale: rebuild with 'mvn process-classes'");
    }
  }

  @Test
  void everyRuleReadsTheMetadataOfItsAnnotation() {
    for (Rule rule : BuiltinRules.all()) {
      assertEquals(RuleMeta.fromAnnotation(rule.getClass()), rule.meta(), rule.getClass()::getName);
    }
  }
}
