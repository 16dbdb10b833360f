package dev.berth.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where compose interpolation takes its variables from: the process environment, the project folder
 * whose {@code .env} is read (default: each compose file's folder), and an explicit env file that
 * replaces {@code .env}.
 */
public record ComposeSettings(
    Map<String, String> processEnvironment,
    Optional<Path> projectDirectory,
    Optional<Path> envFile) {

  public static final ComposeSettings NONE =
      new ComposeSettings(Map.of(), Optional.empty(), Optional.empty());

  public ComposeSettings {
    processEnvironment = Map.copyOf(processEnvironment);
  }
}
