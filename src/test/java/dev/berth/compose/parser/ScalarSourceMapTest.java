package dev.berth.compose.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.berth.compose.model.ScalarStyle;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each style's decoding is mapped back to the source: the char of the value at {@code index} comes
 * from the source at {@code source}.
 */
class ScalarSourceMapTest {

  static Stream<Arguments> mapped() {
    return Stream.of(
        // region, style, value as parsed, index in value, index in region
        arguments("a ${X}", ScalarStyle.PLAIN, "a ${X}", 2, 2),
        arguments("one\n  two ${X}", ScalarStyle.PLAIN, "one two ${X}", 8, 10),
        arguments("one\n\n  two $", ScalarStyle.PLAIN, "one\ntwo $", 8, 11),
        arguments("one\r\n  two $", ScalarStyle.PLAIN, "one two $", 8, 11),
        arguments("'it''s $X'", ScalarStyle.SINGLE_QUOTED, "it's $X", 5, 7),
        arguments("'it''s $X'", ScalarStyle.SINGLE_QUOTED, "it's $X", 2, 3),
        arguments("\"\\t\\u00e9 $X\"", ScalarStyle.DOUBLE_QUOTED, "\t\u00e9 $X", 3, 10),
        arguments("\"\\x41\\U0001F600 $X\"", ScalarStyle.DOUBLE_QUOTED, "A\uD83D\uDE00 $X", 4, 16),
        arguments("\"a\\\n   $X\"", ScalarStyle.DOUBLE_QUOTED, "a$X", 1, 7),
        arguments("\"a  \n  b $X\"", ScalarStyle.DOUBLE_QUOTED, "a b $X", 4, 9),
        arguments("\"a\\  \n  b\"", ScalarStyle.DOUBLE_QUOTED, "a  b", 3, 8),
        arguments("\"\u00e9\u00e9 $X\"", ScalarStyle.DOUBLE_QUOTED, "\u00e9\u00e9 $X", 3, 4),
        arguments("|\n  line\n  $X here\n", ScalarStyle.LITERAL, "line\n$X here\n", 5, 11),
        arguments("|-\n    a\n\n    $X\n", ScalarStyle.LITERAL, "a\n\n$X", 3, 14),
        arguments("| # comment\n  a $X\n", ScalarStyle.LITERAL, "a $X\n", 2, 16),
        arguments(">\n  one\n  two $X\n", ScalarStyle.FOLDED, "one two $X\n", 8, 14),
        arguments(">\n  one\n\n  two $X\n", ScalarStyle.FOLDED, "one\ntwo $X\n", 8, 15),
        arguments(">\n  one\n    more\n  $X\n", ScalarStyle.FOLDED, "one\n  more\n$X\n", 11, 19));
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("mapped")
  void mapsValueIndexToSource(
      String region, ScalarStyle style, String value, int index, int source) {
    Optional<ScalarSourceMap> map = ScalarSourceMap.build(region, style, value);
    assertTrue(map.isPresent(), "no map");
    assertEquals(source, map.get().sourceStart(index));
  }

  static Stream<Arguments> unmapped() {
    return Stream.of(
        arguments("|2\n    x $X\n", ScalarStyle.LITERAL, "  x $X\n"),
        arguments("'abc'", ScalarStyle.SINGLE_QUOTED, "different"),
        arguments("\"\\q\"", ScalarStyle.DOUBLE_QUOTED, "q"));
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("unmapped")
  void noMapWhenTheDecodingCannotBeReproduced(String region, ScalarStyle style, String value) {
    assertTrue(ScalarSourceMap.build(region, style, value).isEmpty());
  }
}
