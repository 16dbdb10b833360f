package dev.berth.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The two kinds of file berth lints, detected by base name as {@code cli.md} specifies, plus the
 * common {@code docker-compose-NAME.yml} and {@code docker-compose_NAME.yml}.
 */
public enum FileType {
  DOCKERFILE,
  COMPOSE;

  public static Optional<FileType> detect(String baseName) {
    String n = baseName.toLowerCase(Locale.ROOT);
    if (n.equals("dockerfile")
        || n.equals("containerfile")
        || n.startsWith("dockerfile.")
        || n.startsWith("containerfile.")
        || n.startsWith("dockerfile-")
        || n.startsWith("dockerfile_")
        || n.endsWith(".dockerfile")
        || n.endsWith(".containerfile")) {
      return Optional.of(DOCKERFILE);
    }
    boolean yaml = n.endsWith(".yaml") || n.endsWith(".yml");
    if (yaml
        && (n.equals("compose.yaml")
            || n.equals("compose.yml")
            || n.equals("docker-compose.yml")
            || n.equals("docker-compose.yaml")
            || n.startsWith("compose.")
            || n.startsWith("docker-compose.")
            || n.startsWith("docker-compose-")
            || n.startsWith("docker-compose_"))) {
      return Optional.of(COMPOSE);
    }
    return Optional.empty();
  }

  /**
   * The type of a file whose name says nothing, told from its first bytes: a Dockerfile when its
   * first line that is neither blank nor a comment starts with an instruction keyword followed by
   * white space (or ends there); a compose file when it has a top-level {@code services:}, {@code
   * include:} or {@code x-...:} key. Empty when neither holds.
   */
  public static Optional<FileType> sniff(byte[] head) {
    String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    boolean firstMeaningful = true;
    for (String line : text.lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("---")) {
        continue;
      }
      if (firstMeaningful && startsWithInstruction(trimmed)) {
        return Optional.of(DOCKERFILE);
      }
      firstMeaningful = false;
      if (!Character.isWhitespace(line.charAt(0)) && isComposeTopKey(line)) {
        return Optional.of(COMPOSE);
      }
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> INSTRUCTIONS =
      java.util.Set.of(
          "add",
          "arg",
          "cmd",
          "copy",
          "entrypoint",
          "env",
          "expose",
          "from",
          "healthcheck",
          "label",
          "maintainer",
          "onbuild",
          "run",
          "shell",
          "stopsignal",
          "user",
          "volume",
          "workdir");

  private static boolean startsWithInstruction(String line) {
    int end = 0;
    while (end < line.length() && Character.isLetter(line.charAt(end))) {
      end++;
    }
    if (end == 0 || !INSTRUCTIONS.contains(line.substring(0, end).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return end == line.length() || Character.isWhitespace(line.charAt(end));
  }

  private static boolean isComposeTopKey(String line) {
    String l = line.startsWith("\"") || line.startsWith("'") ? line.substring(1) : line;
    for (String key : new String[] {"services", "include"}) {
      if (l.startsWith(key)) {
        String rest = l.substring(key.length());
        if (rest.startsWith("\"") || rest.startsWith("'")) {
          rest = rest.substring(1);
        }
        rest = rest.stripLeading();
        if (rest.startsWith(":")) {
          return true;
        }
      }
    }
    return false;
  }

  public static FileType parse(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "dockerfile":
        return DOCKERFILE;
      case "compose":
        return COMPOSE;
      default:
        throw new IllegalArgumentException(
            "unknown file type '" + text + "' (expected dockerfile or compose)");
    }
  }
}
