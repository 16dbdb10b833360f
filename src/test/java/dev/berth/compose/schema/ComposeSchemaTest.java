package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema wrapper's contract, with a small schema of its own (no ../shared needed). */
class ComposeSchemaTest {
  private static final String SMALL =
      "{\"type\": \"object\", \"additionalProperties\": false, \"patternProperties\": {\"^x-\":"
          + " {}}, \"properties\": {\"services\": {\"type\": \"object\"}, \"name\": {\"type\":"
          + " \"string\"}}}";

  private static ComposeFile load(String text) {
    return ComposeLoading.load(SourceText.of("compose.yaml", text), ComposeLoadOptions.defaults());
  }

  @Test
  void resourcePathIsAConstant() {
    assertEquals("/dev/berth/compose/compose-schema.json", ComposeSchema.RESOURCE);
  }

  @Test
  void bundledSchemaIsBuiltOnceOrAbsent() {
    assertSame(ComposeSchema.bundled(), ComposeSchema.bundled());
    ComposeFile f = load("services: {}\n");
    if (ComposeSchema.bundled().isEmpty()) {
      assertSame(f, ComposeSchemaValidation.validate(f));
    } else {
      assertEquals(List.of(), ComposeSchemaValidation.validate(f).problems());
    }
  }

  @Test
  void aBrokenSchemaIsAProgrammingError() {
    assertThrows(
        IllegalArgumentException.class, () -> ComposeSchema.fromJson("bad", "{\"type\": 5}"));
  }

  @Test
  void problemsAreAddedInFileOrder() {
    ComposeSchema schema = ComposeSchema.fromJson("small", SMALL);
    ComposeFile f =
        ComposeSchemaValidation.validate(
            load("zzz: 1\nname: [x]\nservices: {}\nimage: ${}\n"), schema);
    List<String> found =
        f.problems().stream().map(p -> p.code() + "@" + f.source().start(p.span())).toList();
    assertEquals(
        List.of(
            "no-unknown-property@1:1",
            "invalid-schema@2:7",
            "no-unknown-property@4:1",
            "valid-interpolation@4:8"),
        found);
  }

  @Test
  void filesWithoutAMappingOrInTheV1FormatAreNotValidated() {
    ComposeSchema schema = ComposeSchema.fromJson("small", SMALL);
    for (String text : List.of("", "- a\n", "web:\n  image: x\n", "services: [\n")) {
      ComposeFile f = load(text);
      assertEquals(f.problems(), ComposeSchemaValidation.validate(f, schema).problems(), text);
    }
  }

  @Test
  void messagesUseComposeTerms() {
    ComposeSchema schema = ComposeSchema.fromJson("small", SMALL);
    ComposeFile f = ComposeSchemaValidation.validate(load("services: [a]\nname: {a: 1}\n"), schema);
    for (Problem p : f.problems()) {
      assertTrue(!p.message().contains("JSON") && !p.message().contains("Array"), p.message());
    }
    assertEquals("`services` must be a mapping, but it is a list.", f.problems().get(0).message());
    assertEquals("`name` must be a string, but it is a mapping.", f.problems().get(1).message());
  }
}
