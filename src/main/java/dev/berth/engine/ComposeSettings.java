package dev.berth.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How compose files are read as projects: where interpolation takes its variables from (the process
 * environment, the project folder whose {@code .env} is read, by default each compose file's
 * folder, and an explicit env file that replaces {@code .env}), the compose files given as one
 * project ({@code --compose-file}, merged in order like {@code docker compose -f a -f b}), the
 * profiles asked for ({@code --profile}), and whether the Dockerfiles services build are linted
 * when they are not among the linted paths ({@code --follow-builds}).
 */
public record ComposeSettings(
    Map<String, String> processEnvironment,
    Optional<Path> projectDirectory,
    Optional<Path> envFile,
    List<Path> composeFiles,
    List<String> profiles,
    boolean followBuilds) {

  public static final ComposeSettings NONE =
      new ComposeSettings(Map.of(), Optional.empty(), Optional.empty());

  public ComposeSettings {
    processEnvironment = Map.copyOf(processEnvironment);
    // a loop, not a stream: every lint, of Dockerfiles too, builds these settings at start-up
    List<Path> absolute = new ArrayList<>(composeFiles.size());
    for (Path p : composeFiles) {
      absolute.add(p.toAbsolutePath().normalize());
    }
    composeFiles = List.copyOf(absolute);
    profiles = List.copyOf(profiles);
  }

  public ComposeSettings(
      Map<String, String> processEnvironment,
      Optional<Path> projectDirectory,
      Optional<Path> envFile) {
    this(processEnvironment, projectDirectory, envFile, List.of(), List.of(), false);
  }

  public ComposeSettings withProjects(
      List<Path> composeFiles, List<String> profiles, boolean followBuilds) {
    return new ComposeSettings(
        processEnvironment, projectDirectory, envFile, composeFiles, profiles, followBuilds);
  }
}
