package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void everyFormatOfTheCliContract() {
    assertEquals(
        List.of("tty", "gnu", "json", "sarif", "checkstyle", "codeclimate", "junit", "github"),
        Formats.names());
    for (String name : Formats.names()) {
      assertTrue(Formats.exists(name));
    }
    assertInstanceOf(SarifReporter.class, Formats.create("sarif", new Formats.Options(false)));
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    assertFalse(Formats.exists("TTY"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Formats.create("xml", new Formats.Options(false)));
    assertEquals(
        "unknown format 'xml' (expected one of: tty, gnu, json, sarif, checkstyle, codeclimate,"
            + " junit, github)",
        e.getMessage());
  }
}
