package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery, key-by-key merging, precedence, {@code -c}, caching. */
class ConfigResolverTest {
  @TempDir Path dir;

  private final Map<String, String> env = new HashMap<>();

  private Path write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Path mkdirs(String relative) throws IOException {
    return Files.createDirectories(dir.resolve(relative));
  }

  private ConfigResolver resolver(CliOverrides cli) throws ConfigException {
    return ConfigResolver.create(TestRules.ALL, env, cli, dir);
  }

  private ConfigResolver resolver() throws ConfigException {
    return resolver(CliOverrides.NONE);
  }

  private EffectiveConfig configOf(String file) throws ConfigException {
    return resolver().forFile(Path.of(file));
  }

  @Test
  void theNearestBerthConfigWins() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write("repo/.berth.yaml", "ignored: [DL3008]\n");
    write("repo/a/.berth.yaml", "ignored: [DL3004]\n");
    mkdirs("repo/a/b");
    mkdirs("repo/c");
    ConfigResolver r = resolver();
    assertEquals(Set.of("DL3004"), r.forFile(Path.of("repo/a/b/Dockerfile")).policy().ignored());
    assertEquals(Set.of("DL3004"), r.forFile(Path.of("repo/a/Dockerfile")).policy().ignored());
    assertEquals(Set.of("DL3008"), r.forFile(Path.of("repo/c/Dockerfile")).policy().ignored());
    assertEquals(Set.of("DL3008"), r.forFile(Path.of("repo/Dockerfile")).policy().ignored());
    assertEquals(
        List.of(dir.resolve("repo/a/.berth.yaml")),
        r.forFile(Path.of("repo/a/b/Dockerfile")).sources());
  }

  @Test
  void theSearchStopsAtTheRepositoryRoot() throws IOException, ConfigException {
    write(".berth.yaml", "ignored: [DL3008]\n");
    mkdirs("repo/.git");
    mkdirs("repo/x");
    mkdirs("plain/x");
    assertEquals(Set.of(), configOf("repo/x/Dockerfile").policy().ignored());
    assertEquals(List.of(), configOf("repo/x/Dockerfile").sources());
    assertEquals(Set.of("DL3008"), configOf("plain/x/Dockerfile").policy().ignored());
  }

  @Test
  void aGitFileMarksARootToo() throws IOException, ConfigException {
    write(".berth.yaml", "ignored: [DL3008]\n");
    write("worktree/.git", "gitdir: /elsewhere\n");
    mkdirs("worktree/x");
    assertEquals(Set.of(), configOf("worktree/x/Dockerfile").policy().ignored());
  }

  @Test
  void theRepositoryRootsOwnConfigCounts() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write("repo/.berth.yml", "ignored: [DL3008]\n");
    assertEquals(Set.of("DL3008"), configOf("repo/Dockerfile").policy().ignored());
  }

  @Test
  void theUserConfigFolderIsUsedWhenTheTreeHasNone() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write("repo/with/.berth.yaml", "ignored: [DL3004]\n");
    write("xdg/berth/config.yaml", "ignored: [DL3008]\n");
    env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
    assertEquals(Set.of("DL3008"), configOf("repo/Dockerfile").policy().ignored());
    assertEquals(Set.of("DL3004"), configOf("repo/with/Dockerfile").policy().ignored());
  }

  @Test
  void homeConfigIsTheFallbackForXdg() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write("home/.config/berth/config.yml", "ignored: [DL3008]\n");
    write("home/.config/hadolint.yaml", "failure-threshold: error\n");
    env.put("HOME", dir.resolve("home").toString());
    env.put("XDG_CONFIG_HOME", "relative/is/ignored");
    EffectiveConfig c = configOf("repo/Dockerfile");
    assertEquals(Set.of("DL3008"), c.policy().ignored());
    assertEquals(Optional.of(Level.ERROR), c.failureThreshold());
  }

  @Test
  void aProjectHadolintFileShadowsTheUserFolder() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write("repo/.hadolint.yaml", "ignored: [DL3004]\n");
    write("xdg/berth/config.yaml", "ignored: [DL3008]\n");
    env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
    assertEquals(Set.of("DL3004"), configOf("repo/Dockerfile").policy().ignored());
  }

  @Test
  void berthWinsKeyByKeyOverHadolint() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write(
        "repo/.hadolint.yaml",
        """
        failure-threshold: error
        ignored: [DL3008]
        override: {style: [DL3059]}
        trustedRegistries: [docker.io]
        """);
    write("repo/.berth.yaml", "ignored: [DL3004]\nstrict-labels: true\n");
    EffectiveConfig c = configOf("repo/Dockerfile");
    assertEquals(Optional.of(Level.ERROR), c.failureThreshold());
    assertEquals(Set.of("DL3004"), c.policy().ignored());
    assertEquals(Map.of("DL3059", Level.STYLE), c.policy().levels());
    assertEquals(List.of("docker.io"), c.settings().trustedRegistries());
    assertTrue(c.settings().strictLabels());
    assertEquals(
        List.of(dir.resolve("repo/.berth.yaml"), dir.resolve("repo/.hadolint.yaml")), c.sources());
  }

  @Test
  void berthRulesWinRuleByRuleOverDclint() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write(
        "repo/.dclintrc",
        """
        {"rules": {"no-version-field": 1,
                   "service-image-require-explicit-tag": [2, {"prohibitedTags": ["x"]}]},
         "exclude": ["old"]}
        """);
    write("repo/.berth.yaml", "rules:\n  no-version-field: {level: style}\nexclude: [vendor]\n");
    EffectiveConfig c = configOf("repo/compose.yaml");
    assertEquals(Level.STYLE, c.policy().level(TestRules.NO_VERSION));
    assertEquals(Level.ERROR, c.policy().level(TestRules.EXPLICIT_TAG));
    assertEquals(
        List.of("x"),
        c.policy().options(TestRules.EXPLICIT_TAG).getStrings("prohibitedTags", List.of()));
    assertTrue(c.isExcluded(dir.resolve("repo/vendor/compose.yaml"), false));
    assertFalse(c.isExcluded(dir.resolve("repo/old/compose.yaml"), false));
  }

  @Test
  void eachDialectsNearestFileApplies() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write("repo/.berth.yaml", "ignored: [DL3004]\n");
    write("repo/sub/.hadolint.yml", "ignored: [DL3008]\nfailure-threshold: warning\n");
    write("repo/sub/deeper/.dclintrc.yml", "rules: {no-version-field: 0}\n");
    EffectiveConfig c = configOf("repo/sub/deeper/compose.yaml");
    assertEquals(Set.of("DL3004", "no-version-field"), c.policy().ignored());
    assertEquals(Optional.of(Level.WARNING), c.failureThreshold());
    assertEquals(3, c.sources().size());
  }

  @Test
  void dclintFileVariants() throws IOException, ConfigException {
    mkdirs("a/.git");
    write("a/.dclintrc.json", "{\"rules\": {\"no-version-field\": 0}}");
    mkdirs("b/.git");
    write("b/.dclintrc.yaml", "rules: {no-version-field: 0}\n");
    assertFalse(configOf("a/compose.yaml").policy().runs(TestRules.NO_VERSION));
    assertFalse(configOf("b/compose.yaml").policy().runs(TestRules.NO_VERSION));
  }

  @Test
  void precedenceCommandLineOverFileOverEnvironment() throws IOException, ConfigException {
    mkdirs("repo/.git");
    write(
        "repo/.berth.yaml",
        """
        failure-threshold: warning
        ignored: [DL3004]
        override: {warning: [DL3008], info: [DL3025]}
        trustedRegistries: [file.io]
        label-schema: {a: url, b: url}
        """);
    env.put("HADOLINT_FAILURE_THRESHOLD", "error");
    env.put("HADOLINT_IGNORE", "DL3059");
    env.put("HADOLINT_OVERRIDE_ERROR", "DL3008,no-version-field");
    env.put("HADOLINT_TRUSTED_REGISTRIES", "env.io");
    env.put("HADOLINT_REQUIRE_LABELS", "a:text,c:text");
    env.put("HADOLINT_NOFAIL", "yes");
    CliOverrides cli =
        CliOverrides.builder()
            .style(List.of("DL3008"))
            .trustedRegistries(List.of("cli.io"))
            .ignore(List.of("service-image-require-explicit-tag"))
            .requireLabels(List.of("b:email"))
            .build();

    EffectiveConfig envOnly =
        ConfigResolver.create(TestRules.ALL, env, CliOverrides.NONE, dir)
            .forFile(Path.of("Dockerfile"));
    assertEquals(Optional.of(Level.ERROR), envOnly.failureThreshold());
    assertTrue(envOnly.noFail());

    EffectiveConfig fileOverEnv = resolver().forFile(Path.of("repo/Dockerfile"));
    assertEquals(Optional.of(Level.WARNING), fileOverEnv.failureThreshold());
    assertEquals(Level.WARNING, fileOverEnv.policy().level(TestRules.APT_GET_UNPINNED));
    assertEquals(Level.ERROR, fileOverEnv.policy().level(TestRules.NO_VERSION));

    EffectiveConfig all = resolver(cli).forFile(Path.of("repo/Dockerfile"));
    assertEquals(Level.STYLE, all.policy().level(TestRules.APT_GET_UNPINNED));
    assertEquals(Level.ERROR, all.policy().level(TestRules.NO_VERSION));
    assertEquals(Level.INFO, all.policy().level(TestRules.JSON_ARGS));
    assertEquals(
        Set.of("DL3059", "DL3004", "service-image-require-explicit-tag"), all.policy().ignored());
    assertEquals(List.of("env.io", "file.io", "cli.io"), all.settings().trustedRegistries());
    assertEquals(Map.of("a", "url", "b", "email", "c", "text"), all.settings().labelSchema());
    assertTrue(all.noFail());

    EffectiveConfig threshold =
        resolver(CliOverrides.builder().failureThreshold("style").build())
            .forFile(Path.of("repo/Dockerfile"));
    assertEquals(Optional.of(Level.STYLE), threshold.failureThreshold());
  }

  @Test
  void aRuleOffInAFileStaysOffWhatTheCommandLineSays() throws IOException, ConfigException {
    write(".berth.yaml", "rules: {DL3008: {level: off}}\n");
    EffectiveConfig c =
        resolver(CliOverrides.builder().error(List.of("DL3008")).build())
            .forFile(Path.of("Dockerfile"));
    assertFalse(c.policy().runs(TestRules.APT_GET_UNPINNED));
  }

  @Test
  void configFileOptionSkipsDiscovery() throws IOException, ConfigException {
    write(".berth.yaml", "ignored: [DL3004]\n");
    write(".hadolint.yaml", "failure-threshold: error\n");
    write("ci/lint.yaml", "ignored: [DL3008]\n");
    write("xdg/berth/config.yaml", "ignored: [DL3059]\n");
    env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
    ConfigResolver r = resolver(CliOverrides.builder().configFile(Path.of("ci/lint.yaml")).build());
    EffectiveConfig c = r.forFile(Path.of("Dockerfile"));
    assertEquals(Set.of("DL3008"), c.policy().ignored());
    assertEquals(Optional.of(Level.INFO), c.failureThreshold());
    assertSame(c, r.forFile(Path.of("/elsewhere/Dockerfile")));
    assertEquals(List.of(dir.resolve("ci/lint.yaml")), c.sources());
  }

  @Test
  void configFileOptionReadsHadolintAndDclintFilesByName() throws IOException, ConfigException {
    write("ci/hadolint.yaml", "failure-threshold: none\nno-fail: yes\n");
    write("ci/my.dclintrc", "{\"rules\": {\"no-version-field\": 0}}");
    EffectiveConfig h =
        resolver(CliOverrides.builder().configFile(Path.of("ci/hadolint.yaml")).build())
            .forFile(Path.of("Dockerfile"));
    assertEquals(Optional.of(Level.STYLE), h.failureThreshold());
    assertTrue(h.noFail());
    EffectiveConfig d =
        resolver(CliOverrides.builder().configFile(Path.of("ci/my.dclintrc")).build())
            .forFile(Path.of("compose.yaml"));
    assertFalse(d.policy().runs(TestRules.NO_VERSION));
  }

  @Test
  void aMissingConfigFileIsAnError() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> resolver(CliOverrides.builder().configFile(Path.of("nope.yaml")).build()));
    assertEquals("--config nope.yaml: no such file", e.getMessage());
  }

  @Test
  void aBadConfigFileOptionFailsAtOnce() throws IOException {
    write("ci/lint.yaml", "failure-threshold: error\nignored: [DL3008\n");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> resolver(CliOverrides.builder().configFile(Path.of("ci/lint.yaml")).build()));
    assertEquals(
        "ci/lint.yaml:3:1: invalid YAML: while parsing a flow sequence, expected ',' or ']', but "
            + "got <stream end>",
        e.getMessage());
  }

  @Test
  void aBadDiscoveredFileNamesItselfEveryTimeAndIsReadOnce() throws IOException, ConfigException {
    mkdirs("repo/.git");
    Path config =
        write("repo/sub/.berth.yaml", "failure-threshold: error\noverride:\n  eror: [DL3008]\n");
    ConfigResolver r = resolver();
    String expected =
        "repo/sub/.berth.yaml:3:3: override: unknown level 'eror'; did you mean 'error'? "
            + "(expected error, warning, info or style)";
    assertEquals(
        expected,
        assertThrows(ConfigException.class, () -> r.forFile(Path.of("repo/sub/Dockerfile")))
            .getMessage());
    Files.writeString(config, "");
    assertEquals(
        expected,
        assertThrows(ConfigException.class, () -> r.forFile(Path.of("repo/sub/x/Dockerfile")))
            .getMessage());
    assertEquals(Set.of(), r.forFile(Path.of("repo/Dockerfile")).policy().ignored());
  }

  @Test
  void aConfigOutsideTheWorkingDirectoryIsNamedByItsAbsolutePath(@TempDir Path elsewhere)
      throws IOException {
    Files.writeString(elsewhere.resolve(".berth.yaml"), "bogus: 1\n");
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> resolver().forFile(elsewhere.resolve("Dockerfile")));
    assertTrue(
        e.getMessage().startsWith(elsewhere.resolve(".berth.yaml") + ":1:1: unknown key 'bogus'"),
        e.getMessage());
  }

  @Test
  void filesInOneFolderShareOneConfig() throws IOException, ConfigException {
    mkdirs("repo/.git");
    Path config = write("repo/.berth.yaml", "ignored: [DL3008]\n");
    mkdirs("repo/a");
    mkdirs("repo/b");
    ConfigResolver r = resolver();
    EffectiveConfig first = r.forFile(Path.of("repo/a/Dockerfile"));
    assertSame(first, r.forFile(Path.of("repo/a/Containerfile")));
    assertSame(first, r.forFile(dir.resolve("repo/a/compose.yaml")));
    assertSame(first, r.forDirectory(Path.of("repo/a")));
    assertSame(first, r.forFile(Path.of("repo/b/Dockerfile")), "same files found, same config");
    Files.writeString(config, "ignored: [DL3004]\n");
    assertSame(first, r.forFile(Path.of("repo/Dockerfile")), "each file is read once per run");
  }

  @Test
  void manyThreadsGetOneConfigPerFolder() throws Exception {
    mkdirs("repo/.git");
    write("repo/.berth.yaml", "ignored: [DL3008]\n");
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String folder = "repo/d" + (i % 8) + "/e" + (i % 3);
      if (i % 5 == 0) {
        write(folder + "/.hadolint.yaml", "failure-threshold: error\n");
      }
      files.add(folder + "/Dockerfile");
    }
    ConfigResolver r = resolver();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<EffectiveConfig>> results = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String f : files) {
          results.add(pool.submit(() -> r.forFile(Path.of(f))));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        String f = files.get(i % files.size());
        assertSame(r.forFile(Path.of(f)), results.get(i).get(), f);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void environmentAndCommandLineErrorsComeAtCreation() {
    env.put("HADOLINT_IGNORE", "DL3008,bogus");
    assertThrows(ConfigException.class, this::resolver);
    env.clear();
    assertThrows(
        ConfigException.class,
        () -> resolver(CliOverrides.builder().failureThreshold("loud").build()));
  }
}
