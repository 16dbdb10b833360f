package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test loader reads compose YAML as Compose does before its schema check. */
class YamlJsonTest {

  private static Object single(String yaml) throws YamlJson.Unloadable {
    List<Object> documents = YamlJson.documents(yaml);
    assertEquals(1, documents.size());
    return documents.get(0);
  }

  @Test
  void resolvesMergeKeysWithExplicitKeysWinning() throws YamlJson.Unloadable {
    Object doc =
        single(
            """
            x-base: &base {image: a, restart: always}
            services:
              web:
                <<: *base
                image: b
              db: {<<: [*base], user: me}
            """);
    JSONObject services = ((JSONObject) doc).getJSONObject("services");
    assertEquals("b", services.getJSONObject("web").getString("image"));
    assertEquals("always", services.getJSONObject("web").getString("restart"));
    assertEquals("a", services.getJSONObject("db").getString("image"));
    assertTrue(!services.getJSONObject("web").has("<<"));
  }

  /** YAML 1.2 core schema: yes/no/on stay strings; 0o and 0x integers; ~ and empty are null. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "v: yes       | string",
        "v: on        | string",
        "v: true      | boolean",
        "v: 0o17      | integer",
        "v: 0x1F      | integer",
        "v: 0440      | integer",
        "v: 1.5       | number",
        "v: 1e3       | number",
        "v: ~         | null",
        "v:           | null",
        "v: '80'      | string",
        "v: 80:80     | string",
        "v: 2001-01-01 | string",
        "v: !reset [] | list",
        "v: !reset    | null",
        "v: !override {a: 1} | map",
      })
  void readsScalarsAsTheCoreSchemaDoes(String yaml, String type) throws YamlJson.Unloadable {
    assertEquals(type, ComposeMutator.typeName(((JSONObject) single(yaml)).get("v")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{a: 1, a: 2}     | duplicate key",
        "a: &x [*x]       | alias cycle",
        "{? [a] : 1}      | Non scalar key",
        "a: .inf          | non-finite",
        "a: [unclosed     | YAML error",
      })
  void refusesWhatComposeRefuses(String yaml, String reason) {
    YamlJson.Unloadable e = assertThrows(YamlJson.Unloadable.class, () -> YamlJson.documents(yaml));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void stopsAnAliasBomb() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 8; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
    }
    YamlJson.Unloadable e =
        assertThrows(YamlJson.Unloadable.class, () -> YamlJson.documents(yaml.toString()));
    assertTrue(e.getMessage().contains("nodes after alias expansion"), e.getMessage());
  }

  @Test
  void returnsEveryDocumentOfAStream() throws YamlJson.Unloadable {
    assertEquals(3, YamlJson.documents("a: 1\n---\nb: 2\n---\n").size());
    assertEquals(0, YamlJson.documents("# only a comment\n").size());
  }
}
