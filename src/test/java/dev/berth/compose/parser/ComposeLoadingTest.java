package dev.berth.compose.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarStyle;
import dev.berth.compose.model.ScalarType;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Position;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tree the loader builds: merges, aliases, tags, types, values and positions. */
class ComposeLoadingTest {

  private static ComposeFile load(String text) {
    return load(text, Map.of());
  }

  private static ComposeFile load(String text, Map<String, String> env) {
    return ComposeLoading.load(
        SourceText.of("compose.yaml", text), ComposeLoadOptions.defaults().withEnvironment(env));
  }

  /** The node at a dotted path; a number segment indexes a list. */
  private static Node at(ComposeFile f, String path) {
    Node n = f.root().orElseThrow();
    for (String seg : path.split("\\.")) {
      if (n instanceof SeqNode s) {
        n = s.items().get(Integer.parseInt(seg));
      } else {
        n =
            ((MapNode) n)
                .get(seg)
                .orElseThrow(() -> new AssertionError("no " + seg + " in " + path));
      }
    }
    return n;
  }

  private static ScalarNode scalar(ComposeFile f, String path) {
    return (ScalarNode) at(f, path);
  }

  private static String pos(ComposeFile f, Span span) {
    return f.source().start(span) + "-" + f.source().endInclusive(span);
  }

  private static List<String> codes(ComposeFile f) {
    List<String> out = new ArrayList<>();
    for (Problem p : f.problems()) {
      out.add(p.code() + "@" + f.source().start(p.span()));
    }
    return out;
  }

  @Test
  void mergeKeysExplicitKeysWinAndEarlierSourcesWin() {
    ComposeFile f =
        load(
            "x-a: &a {image: a, restart: always, user: a}\n"
                + "x-b: &b {image: b, hostname: b, user: b}\n"
                + "services:\n"
                + "  web:\n"
                + "    init: true\n"
                + "    <<: [*a, *b]\n"
                + "    user: explicit\n");
    MapNode web = (MapNode) at(f, "services.web");
    List<String> keys = new ArrayList<>();
    for (MapNode.Entry e : web.entries()) {
      keys.add(e.key().value() + (e.merged() ? "*" : ""));
    }
    assertEquals(List.of("init", "image*", "restart*", "hostname*", "user"), keys);
    assertEquals("a", scalar(f, "services.web.image").value());
    assertEquals("explicit", scalar(f, "services.web.user").value());
    assertEquals("b", scalar(f, "services.web.hostname").value());
    assertEquals(List.of(), f.problems());
  }

  @Test
  void nodesReachedThroughAnAliasKeepTheAliasSite() {
    ComposeFile f =
        load(
            "x-env: &env\n"
                + "  A: 1\n"
                + "services:\n"
                + "  web:\n"
                + "    environment: *env\n"
                + "    <<: &more {labels: {x: y}}\n");
    Node env = at(f, "services.web.environment");
    assertEquals("2:3-2:6", pos(f, env.span()));
    assertEquals("5:18-5:21", pos(f, env.alias().orElseThrow()));
    assertEquals(env.alias().get(), env.site());
    ScalarNode inner = scalar(f, "services.web.environment.A");
    assertEquals("2:6-2:6", pos(f, inner.span()));
    assertEquals(env.alias(), inner.alias());
    MapNode.Entry labels = ((MapNode) at(f, "services.web")).entry("labels").orElseThrow();
    assertTrue(labels.merged());
    assertEquals(Optional.empty(), labels.value().alias());
  }

  @Test
  void outermostAliasWinsForNestedAliases() {
    ComposeFile f = load("x-a: &a {k: v}\nx-b: &b {inner: *a}\nservices:\n  web: *b\n");
    ScalarNode k = scalar(f, "services.web.inner.k");
    assertEquals("4:8-4:9", pos(f, k.alias().orElseThrow()));
  }

  @Test
  void composeTagsAreKept() {
    ComposeFile f =
        load(
            "services:\n  web:\n    ports: !reset []\n    image: !reset null\n"
                + "    command: !override [a]\n    user: !!str 0\n");
    assertEquals(Optional.of("!reset"), at(f, "services.web.ports").tag());
    assertEquals(Optional.of("!reset"), at(f, "services.web.image").tag());
    assertEquals(ScalarType.NULL, scalar(f, "services.web.image").type());
    assertEquals(Optional.of("!override"), at(f, "services.web.command").tag());
    assertEquals(Optional.of("!!str"), at(f, "services.web.user").tag());
    assertEquals(ScalarType.STRING, scalar(f, "services.web.user").type());
    assertEquals(List.of(), f.problems());
  }

  @Test
  void scalarsHaveComposeTypes() {
    ComposeFile f =
        load(
            "services:\n  web:\n    ports:\n      - 22:22\n      - \"8080:80\"\n      - 80\n"
                + "    privileged: yes\n    read_only: true\n    scale: 0x2\n"
                + "secrets:\n  s:\n    file: x\n    mode: 0440\n  t:\n    mode: \"0440\"\n");
    assertEquals(ScalarType.STRING, scalar(f, "services.web.ports.0").type());
    assertEquals(ScalarType.STRING, scalar(f, "services.web.ports.1").type());
    assertEquals(ScalarType.INTEGER, scalar(f, "services.web.ports.2").type());
    assertEquals(ScalarType.STRING, scalar(f, "services.web.privileged").type());
    assertEquals(Optional.of(Boolean.TRUE), scalar(f, "services.web.read_only").booleanValue());
    assertEquals(Optional.of(BigInteger.TWO), scalar(f, "services.web.scale").integerValue());
    ScalarNode mode = scalar(f, "secrets.s.mode");
    assertEquals("0440", mode.raw());
    assertEquals(Optional.of(BigInteger.valueOf(288)), mode.integerValue());
    assertEquals(ScalarType.STRING, scalar(f, "secrets.t.mode").type());
    assertEquals(ScalarStyle.DOUBLE_QUOTED, scalar(f, "secrets.t.mode").style());
  }

  @Test
  void valuesAreInterpolatedKeysAndNonStringsAreNot() {
    ComposeFile f =
        load(
            "services:\n  web:\n    image: \"app:${TAG}\"\n    labels:\n      $KEY: $$literal\n",
            Map.of("TAG", "1.0", "KEY", "k"));
    ScalarNode image = scalar(f, "services.web.image");
    assertEquals("app:${TAG}", image.raw());
    assertEquals("app:1.0", image.value());
    MapNode labels = (MapNode) at(f, "services.web.labels");
    assertEquals("$KEY", labels.entries().get(0).key().value());
    assertEquals("$literal", ((ScalarNode) labels.entries().get(0).value()).value());
    assertEquals(List.of(), f.problems());
  }

  @Test
  void interpolationCanBeTurnedOff() {
    ComposeFile f =
        ComposeLoading.load(
            SourceText.of("c.yaml", "services:\n  web:\n    image: ${} $X\n"),
            ComposeLoadOptions.defaults().withInterpolation(false));
    assertEquals("${} $X", scalar(f, "services.web.image").value());
    assertEquals(List.of(), f.problems());
  }

  @Test
  void spansOfCollectionsAndBlockScalars() {
    ComposeFile f =
        load(
            "services:\n"
                + "  web:\n"
                + "    command: |\n"
                + "      echo hi\n\n"
                + "    ports: [ 80 ]\n"
                + "    x: &x\n"
                + "      a: 1\n");
    assertEquals("2:3-8:10", pos(f, at(f, "services").span()));
    assertEquals("3:14-4:13", pos(f, at(f, "services.web.command").span()));
    assertEquals("6:12-6:17", pos(f, at(f, "services.web.ports").span()));
    assertEquals("8:7-8:10", pos(f, at(f, "services.web.x").span()));
  }

  @Test
  void positionsCountCodePointsAndHandleCrlfAndBom() {
    byte[] body =
        "services:\r\n  caf\u00e9:\r\n    image: \"\u00e9\u00e9 ${}\"\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    for (byte[] bytes : List.of(body, withBom)) {
      ComposeFile f =
          ComposeLoading.load(SourceText.of("c.yaml", bytes), ComposeLoadOptions.defaults());
      assertEquals(List.of("valid-interpolation@3:16"), codes(f));
      assertEquals(
          new Position(2, 3),
          f.source().start(((MapNode) at(f, "services")).entries().get(0).key().span()));
    }
  }

  @Test
  void invalidUtf8IsOneFindingAtTheFirstBadByte() {
    byte[] bytes = "services:\n  web:\n    image: ab\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    ComposeFile f =
        ComposeLoading.load(SourceText.of("c.yaml", bytes), ComposeLoadOptions.defaults());
    assertEquals(List.of("invalid-yaml@3:14"), codes(f));
    assertTrue(f.root().isEmpty());
  }

  @Test
  void controlCharactersAreSyntaxErrors() {
    ComposeFile f = load("services:\n  web:\n    image: a\u0000b\n");
    assertEquals(List.of("invalid-yaml@3:13"), codes(f));
    assertTrue(f.problems().get(0).message().contains("U+0000"), f.problems().get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n  \n", "# c\n", "---\n", "--- # c\n...\n", "~\n", "null\n"})
  void emptyDocumentsAreOneFinding(String text) {
    ComposeFile f = load(text);
    assertEquals(List.of(ComposeProblemCodes.NO_EMPTY_FILE + "@1:1"), codes(f));
    assertTrue(f.root().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"services\n", "42\n", "[a]\n", "'x'\n"})
  void aRootThatIsNotAMappingIsOneFinding(String text) {
    ComposeFile f = load(text);
    assertEquals(List.of(ComposeProblemCodes.INVALID_SCHEMA + "@1:1"), codes(f));
    assertTrue(f.root().isPresent());
  }

  @Test
  void emptyTrailingDocumentIsNotReported() {
    assertEquals(List.of(), codes(load("services: {}\n---\n")));
    assertEquals(List.of(), codes(load("---\nservices: {}\n...\n")));
  }

  @Test
  void legacyFormatNeedsServiceLikeEntries() {
    assertEquals(List.of(), codes(load("x-a:\n  image: a\nservices: {}\n")));
    assertEquals(List.of(), codes(load("foo:\n  bar: 1\n")));
    assertEquals(List.of("no-legacy-v1-format@1:1"), codes(load("web:\n  build: .\n")));
  }

  @Test
  void syntaxErrorDropsTheRootAndIsTheOnlyFinding() {
    ComposeFile f = load("services:\n  web:\n    image: nginx\n   bad: indent\n");
    assertEquals(1, f.problems().size());
    assertEquals(ComposeProblemCodes.INVALID_YAML, f.problems().get(0).code());
    assertFalse(f.root().isPresent());
  }

  @Test
  void neverThrowsOnGarbage() {
    Random random = new Random(42);
    String alphabet = "ab:-[]{}&*!|>'\"#%@`,? \n\t\\$0.~<";
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      ComposeFile f = load(sb.toString());
      for (Problem p : f.problems()) {
        assertTrue(p.span().end() <= f.source().length(), sb.toString());
      }
    }
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[random.nextInt(80)];
      random.nextBytes(bytes);
      ComposeLoading.load(SourceText.of("c.yaml", bytes), ComposeLoadOptions.defaults());
    }
  }
}
