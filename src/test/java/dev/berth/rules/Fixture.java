package dev.berth.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule fixture: a real Dockerfile or compose file whose expected findings are written inside it.
 *
 * <ul>
 *   <li>{@code # expect: ID} on its own line: a finding of rule ID starts exactly at the first
 *       non-blank character of the next line that is not a comment (for a Dockerfile, the keyword
 *       of the next instruction).
 *   <li>{@code # expect: ID @+N:C}: it starts N lines below that line, at column C.
 *   <li>{@code # expect: ID @L:C}: it starts at line L, column C of the file (for findings that
 *       belong to no instruction, or where a comment cannot go before the line).
 *   <li>{@code "text"} after the id: the message must contain the text.
 *   <li>{@code # berth-test: rules=A,B max-file-size=N}: run these rules instead of the one named
 *       by the file name ({@code ID.Dockerfile}, {@code ID_variant.Dockerfile}). Also {@code
 *       buildkit-check=VALUE} (the {@code BUILDKIT_DOCKERFILE_CHECK} build argument, no spaces) and
 *       {@code disable-ignore-pragma=yes}, and the limits {@code max-findings-per-file=N}, {@code
 *       max-heredoc-size=N} and {@code max-expansion-size=N}; the settings {@code
 *       trusted-registries=A,B}, {@code label-schema=NAME:TYPE,...} and {@code strict-labels=yes},
 *       and rule options {@code options=KEY:VALUE;KEY:A|B}.
 *   <li>A folder {@code NAME.context/} beside {@code NAME.EXT} is the fixture's build context: its
 *       {@code .dockerignore} is the one rules see. Its files are not fixtures themselves. A header
 *       {@code context=DIR} names another folder, relative to the fixtures folder.
 * </ul>
 */
record Fixture(
    String name, byte[] bytes, List<Expectation> expectations, Map<String, String> header) {
  record Expectation(String id, int line, int column, String messagePart, int markerLine) {
    String describe() {
      return id
          + " @"
          + line
          + ":"
          + column
          + (messagePart == null ? "" : " \"" + messagePart + "\"");
    }
  }

  private static final Pattern EXPECT =
      Pattern.compile(
          "^\\s*#\\s*expect:\\s*([A-Za-z0-9_.-]+)\\s*(?:\"([^\"]*)\")?\\s*(?:@(\\+?)(\\d+):(\\d+))?\\s*(?:\"([^\"]*)\")?\\s*$");
  private static final Pattern HEADER = Pattern.compile("^\\s*#\\s*berth-test:\\s*(.*)$");

  static Fixture parse(String name, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Expectation> out = new ArrayList<>();
    Map<String, String> header = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher h = HEADER.matcher(lines[i]);
      if (h.matches()) {
        for (String kv : h.group(1).trim().split("\\s+")) {
          int eq = kv.indexOf('=');
          if (eq > 0) {
            header.put(kv.substring(0, eq), kv.substring(eq + 1));
          }
        }
        continue;
      }
      Matcher m = EXPECT.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      String message = m.group(2) != null ? m.group(2) : m.group(6);
      int markerLine = i + 1;
      if (m.group(4) != null && m.group(3).isEmpty()) {
        out.add(
            new Expectation(
                m.group(1),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                message,
                markerLine));
        continue;
      }
      int target = i + 1;
      while (target < lines.length
          && (lines[target].isBlank() || lines[target].trim().startsWith("#"))) {
        target++;
      }
      int column = 1;
      if (target < lines.length) {
        String t = lines[target];
        while (column <= t.length() && Character.isWhitespace(t.charAt(column - 1))) {
          column++;
        }
      }
      int line = target + 1;
      if (m.group(4) != null) {
        line += Integer.parseInt(m.group(4));
        column = Integer.parseInt(m.group(5));
      }
      out.add(new Expectation(m.group(1), line, column, message, markerLine));
    }
    return new Fixture(name, bytes, List.copyOf(out), header);
  }
}
