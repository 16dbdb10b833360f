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
        || n.endsWith(".dockerfile")) {
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
