package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format renders the sample report exactly as its golden file says, every time. */
class ReportGoldenTest {
  static Stream<String> formats() {
    return Formats.names().stream();
  }

  static String render(String format, boolean color) throws IOException {
    StringWriter out = new StringWriter();
    Formats.create(format, new Formats.Options(color)).write(SampleReport.build(), out);
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void matchesGolden(String format) throws IOException {
    GoldenFiles.check(format + ".golden", render(format, false));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void isDeterministic(String format) throws IOException {
    assertEquals(render(format, true), render(format, true));
  }

  @org.junit.jupiter.api.Test
  void ttyInColourMatchesGolden() throws IOException {
    GoldenFiles.check("tty-color.golden", render("tty", true));
  }
}
