package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.BuildData;
import dev.berth.api.Family;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.api.RuleMetaIndex;
import dev.berth.engine.BuildContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  void theGeneratedClassHoldsTheCurrentIndexAndTheVersion() throws IOException {
    BuildData data = BuildData.generated();
    assertNotNull(data, BuildData.GENERATED + " is missing: the build's process-classes step");
    assertEquals(RuleMetaIndex.write(BuiltinRules.all()), data.ruleIndex());
    java.util.Properties p = new java.util.Properties();
    try (InputStream in =
        RuleMetaIndex.class.getResourceAsStream("/dev/berth/version.properties")) {
      p.load(in);
    }
    assertEquals(p.getProperty("version"), data.version());
  }

  @Test
  void everyRuleReadsTheMetadataOfItsAnnotation() {
    for (Rule rule : BuiltinRules.all()) {
      assertEquals(RuleMeta.fromAnnotation(rule.getClass()), rule.meta(), rule.getClass()::getName);
    }
  }

  @Test
  void theMetadataListIsEveryRulesInIdOrderWithoutInstantiating() {
    List<RuleMeta> expected = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Rule rule : BuiltinRules.all()) {
      expected.add(rule.meta());
      assertTrue(ids.add(rule.meta().id()), () -> "two rules with id " + rule.meta().id());
    }
    List<RuleMeta> metas = BuiltinRules.metas();
    assertEquals(expected.size(), metas.size());
    for (int i = 0; i < metas.size(); i++) {
      assertSame(expected.get(i), metas.get(i), "the same instance RuleMeta.of returns");
    }
  }

  @Test
  void aDockerfileRunGetsTheDockerfileRulesAndOnlyTheyOverrideRunsWith() throws Exception {
    List<Rule> expected = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      if (rule.meta().family() == Family.DOCKERFILE) {
        expected.add(rule);
      } else {
        // LintCommand lists the rules it did not instantiate as if runsWith said true
        assertEquals(
            Rule.class,
            rule.getClass().getMethod("runsWith", LintSettings.class).getDeclaringClass(),
            rule.getClass()::getName);
      }
    }
    assertEquals(expected, BuiltinRules.forFamilies(true, false, false));
    assertEquals(expected, BuiltinRules.forFamilies(true, false, true));
    assertEquals(BuiltinRules.all(), BuiltinRules.forFamilies(true, true, false));
    assertEquals(BuiltinRules.all(), BuiltinRules.forFamilies(false, true, true));
  }

  @Test
  void aComposeRunThatLintsNoDockerfileGetsOnlyTheDockerfileRulesThatReadTheContext() {
    List<Rule> composeOnly = BuiltinRules.forFamilies(false, true, false);
    List<Rule> expected = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      boolean dockerfile = rule.meta().family() == Family.DOCKERFILE;
      if (!dockerfile || BuildContext.CONTEXT_RULES.contains(rule.meta().id())) {
        expected.add(rule);
      }
    }
    Set<String> dockerfileIds = new HashSet<>();
    for (Rule rule : composeOnly) {
      if (rule.meta().family() == Family.DOCKERFILE) {
        dockerfileIds.add(rule.meta().id());
      }
    }
    assertEquals(BuildContext.CONTEXT_RULES, dockerfileIds);
    assertEquals(expected, composeOnly);
  }
}
