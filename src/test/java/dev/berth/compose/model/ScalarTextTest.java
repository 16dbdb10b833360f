package dev.berth.compose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.SourceText;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A part of a scalar gets the span of its own characters in the file when the value is written out
 * as it reads, whatever the characters' UTF-8 lengths; otherwise the scalar's span.
 */
class ScalarTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "8080:80|true",
        "\"8080:80\"|true",
        "'8080:80'|true",
        "é:ü80|true",
        "\"ü:😀x\"|true",
        "'日本:語'|true",
        "\"a\\x41:b\"|false",
        "'it''s:x'|false",
        "${PORT:-80}:80|false",
      })
  void aPartHasTheSpanOfItsOwnCharacters(String written, boolean exact) {
    SourceText source = SourceText.of("compose.yaml", "x: " + written + "\n");
    ComposeFile file =
        ComposeLoading.load(source, ComposeLoadOptions.defaults().withEnvironment(Map.of()));
    ScalarNode node = (ScalarNode) ((MapNode) file.root().get()).get("x").get();
    ScalarText text = ScalarText.of(source, node);
    String value = node.value();
    int colon = value.lastIndexOf(':');
    assertEquals(exact, text.exact(), value);
    SpannedText after = text.part(colon + 1, value.length());
    assertEquals(exact ? value.substring(colon + 1) : written, source.slice(after.span()));
    assertEquals(value.substring(colon + 1), after.value());
    assertEquals(exact ? value.substring(0, colon) : written, source.slice(text.span(0, colon)));
  }
}
