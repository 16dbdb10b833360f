package dev.berth.compose.parser;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a compose file is interpolated with: the process environment, and the {@code .env}
 * file of the project directory or an explicit env file. As in Compose, a variable set in the
 * process environment wins over the same variable in the file, and an explicit env file replaces
 * {@code .env}.
 *
 * @param variables what interpolation sees
 * @param dotEnv the env file that was read, with its problems (to be reported against that file)
 */
public record ComposeEnvironment(Map<String, String> variables, Optional<DotEnvFile> dotEnv) {
  public ComposeEnvironment {
    variables = Map.copyOf(variables);
  }

  /** Without the variables' values, which may be secrets. */
  @Override
  public String toString() {
    return "ComposeEnvironment["
        + variables.size()
        + " variables, dotEnv="
        + dotEnv.map(f -> f.source().name()).orElse("none")
        + "]";
  }

  /** Only the given variables, no env file. */
  public static ComposeEnvironment of(Map<String, String> processEnvironment) {
    return new ComposeEnvironment(processEnvironment, Optional.empty());
  }

  /** The file's variables overridden by the process environment. */
  public static ComposeEnvironment of(Map<String, String> processEnvironment, DotEnvFile file) {
    Map<String, String> merged = new HashMap<>(file.values());
    merged.putAll(processEnvironment);
    return new ComposeEnvironment(merged, Optional.of(file));
  }

  /**
   * Reads {@code envFile} when given, otherwise {@code projectDirectory/.env} when it exists, and
   * merges it with the process environment. Syntax errors of the file are in {@link #dotEnv()}.
   *
   * @throws IOException when the explicit env file or an existing {@code .env} cannot be read
   */
  public static ComposeEnvironment discover(
      Path projectDirectory, Optional<Path> envFile, Map<String, String> processEnvironment)
      throws IOException {
    return discover(
        projectDirectory, envFile, processEnvironment, ComposeLoadOptions.DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * Like {@link #discover(Path, Optional, Map)}; an env file larger than {@code maxBytes} is not
   * read: it sets no variable and has one {@code valid-env-file} problem.
   */
  public static ComposeEnvironment discover(
      Path projectDirectory,
      Optional<Path> envFile,
      Map<String, String> processEnvironment,
      long maxBytes)
      throws IOException {
    Path file = envFile.orElse(projectDirectory.resolve(".env"));
    if (envFile.isEmpty() && !Files.isRegularFile(file)) {
      return of(processEnvironment);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      SourceText empty = SourceText.of(file.toString(), new byte[0]);
      Problem tooLarge =
          new Problem(
              ComposeProblemCodes.VALID_ENV_FILE,
              Level.ERROR,
              Span.empty(0),
              "This env file is larger than the limit of "
                  + maxBytes
                  + " bytes (--max-file-size); it was not read, so none of its variables are set.");
      return of(processEnvironment, new DotEnvFile(empty, Map.of(), List.of(tooLarge)));
    }
    SourceText text = SourceText.of(file.toString(), bytes);
    return of(processEnvironment, DotEnv.parse(text, processEnvironment));
  }
}
