package dev.berth.compose.project;

import dev.berth.compose.parser.ComposeLoadOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a project is assembled: the process environment, the project folder and env file when given
 * ({@code --project}, {@code --env-file}), the profiles asked for ({@code --profile}, besides
 * {@code COMPOSE_PROFILES}), the load options (limits) and the file size limit for Dockerfiles.
 */
public record ProjectSettings(
    Map<String, String> processEnvironment,
    Optional<Path> projectDirectory,
    Optional<Path> envFile,
    List<String> profiles,
    ComposeLoadOptions loadOptions,
    long maxFileSize) {
  public ProjectSettings {
    processEnvironment = Map.copyOf(processEnvironment);
    profiles = List.copyOf(profiles);
  }
}
