package dev.berth.compose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain scalars resolve the way go-yaml (and so Compose) resolves them. */
class YamlScalarsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "<none>",
      value = {
        // Go integers: strconv.ParseInt(s, 0, 64) after removing '_'
        "0440 | INTEGER | 288",
        "0o440 | INTEGER | 288",
        "0x1F | INTEGER | 31",
        "0X1f | INTEGER | 31",
        "0b101 | INTEGER | 5",
        "1_000 | INTEGER | 1000",
        "-42 | INTEGER | -42",
        "+7 | INTEGER | 7",
        "0 | INTEGER | 0",
        "-0x10 | INTEGER | -16",
        "9223372036854775807 | INTEGER | 9223372036854775807",
        "18446744073709551615 | INTEGER | 18446744073709551615",
        // not integers
        "08 | FLOAT | <none>",
        "1.5 | FLOAT | <none>",
        "1e3 | FLOAT | <none>",
        ".5 | FLOAT | <none>",
        "-.inf | FLOAT | <none>",
        ".NaN | FLOAT | <none>",
        "18446744073709551616 | FLOAT | <none>",
        "1e400 | STRING | <none>",
        "0x | STRING | <none>",
        "22:22 | STRING | <none>",
        "1:20:30 | STRING | <none>",
        "2001-12-14 | STRING | <none>",
        "1.2.3 | STRING | <none>",
        "_1 | STRING | <none>",
        // YAML 1.1 booleans are strings for Compose
        "yes | STRING | <none>",
        "no | STRING | <none>",
        "on | STRING | <none>",
        "off | STRING | <none>",
        "y | STRING | <none>",
        "True | BOOLEAN | <none>",
        "FALSE | BOOLEAN | <none>",
        "tRUE | STRING | <none>",
        "~ | NULL | <none>",
        "null | NULL | <none>",
        "Null | NULL | <none>",
        "nil | STRING | <none>",
      })
  void plainScalars(String raw, ScalarType type, String integer) {
    assertEquals(type, YamlScalars.resolve(raw, ScalarStyle.PLAIN, Optional.empty()));
    assertEquals(
        Optional.ofNullable(integer).map(BigInteger::new),
        type == ScalarType.INTEGER ? YamlScalars.integerValue(raw) : Optional.empty());
  }

  @ParameterizedTest(name = "{0} styled {1} is {2}")
  @CsvSource({
    "0440, SINGLE_QUOTED, STRING",
    "true, DOUBLE_QUOTED, STRING",
    "'', DOUBLE_QUOTED, STRING",
    "5, LITERAL, STRING",
    "'', PLAIN, NULL",
  })
  void onlyPlainScalarsAreResolved(String raw, ScalarStyle style, ScalarType type) {
    assertEquals(type, YamlScalars.resolve(raw, style, Optional.empty()));
  }

  @ParameterizedTest(name = "{0} tagged {1} is {2}")
  @CsvSource({
    "0440, '!!str', STRING",
    "5, '!!int', INTEGER",
    "x, '!!int', STRING",
    "1, '!!float', FLOAT",
    "'', '!!null', NULL",
    "true, '!!bool', BOOLEAN",
    "0440, '!reset', INTEGER",
    "true, '!override', BOOLEAN",
    "5, '!custom', STRING",
  })
  void explicitTags(String raw, String tag, ScalarType type) {
    assertEquals(type, YamlScalars.resolve(raw, ScalarStyle.PLAIN, Optional.of(tag)));
  }
}
