package dev.berth.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a config file into YAML nodes (JSON is YAML too), keeping every node's position. An empty
 * file, or one holding only comments or {@code null}, has no root node.
 */
final class ConfigYaml {
  private static final int MAX_CONFIG_CODE_POINTS = 1 << 20;

  /** The most bytes a config file of {@link #MAX_CONFIG_CODE_POINTS} code points can take. */
  private static final int MAX_CONFIG_BYTES = 4 * MAX_CONFIG_CODE_POINTS;

  private ConfigYaml() {}

  static Optional<Node> read(Path file, String displayName) throws ConfigException {
    String text;
    try {
      byte[] bytes;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_CONFIG_BYTES + 1);
      }
      if (bytes.length > MAX_CONFIG_BYTES) {
        throw new ConfigException(
            displayName + ": the config file is larger than " + MAX_CONFIG_BYTES + " bytes");
      }
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new ConfigException(displayName + ": no such config file");
    } catch (CharacterCodingException e) {
      throw new ConfigException(displayName + ": not valid UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(displayName + ": cannot read config file: " + e.getMessage());
    }
    return parse(text, displayName);
  }

  static Optional<Node> parse(String text, String displayName) throws ConfigException {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(displayName)
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(true)
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(true)
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(MAX_CONFIG_CODE_POINTS)
            .build();
    try {
      return new Compose(settings).composeString(text).filter(n -> !ConfigNodes.isNull(n));
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String where =
          mark.map(m -> displayName + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": ")
              .orElse(displayName + ": ");
      String context =
          e.getContext() == null || e.getContext().isBlank() ? "" : oneLine(e.getContext()) + ", ";
      throw new ConfigException(where + "invalid YAML: " + context + oneLine(e.getProblem()), e);
    } catch (YamlEngineException e) {
      throw new ConfigException(displayName + ": invalid YAML: " + oneLine(e.getMessage()), e);
    } catch (StackOverflowError e) {
      // snakeyaml's composer recurses once per nesting level; a config needs only a few.
      throw new ConfigException(
          displayName + ": lists and mappings are nested too deeply for a config file");
    }
  }

  /**
   * The text on one line: each run of whitespace that holds a line break becomes one space. A loop,
   * not {@code replaceAll("\\s*\\R\\s*", " ")}, which takes quadratic time on a long run of blanks.
   */
  private static String oneLine(String text) {
    if (text == null) {
      return "unreadable";
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int run = i;
      boolean lineBreak = false;
      while (run < text.length() && isWhitespace(text.charAt(run))) {
        lineBreak |= isLineBreak(text.charAt(run));
        run++;
      }
      if (run == i) {
        out.append(text.charAt(i++));
      } else {
        out.append(lineBreak ? " " : text.substring(i, run));
        i = run;
      }
    }
    return out.toString().trim();
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == 0x0B
        || c == '\f'
        || c == 0x85
        || c == 0x2028
        || c == 0x2029;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || isLineBreak(c);
  }
}
