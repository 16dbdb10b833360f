package dev.berth.report;

import dev.berth.core.Utf8;

/** Small text helpers shared by reporters. */
final class Text {
  private Text() {}

  /** The message on one line, with bytes that are not valid UTF-8 shown as {@code \xHH}. */
  static String oneLine(String message) {
    return Utf8.printable(message).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
