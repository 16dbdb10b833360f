package dev.berth.engine;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.DockerfileParsing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and parses the Dockerfiles a compose file's services build: {@code build: DIR} or {@code
 * build: {context: DIR, dockerfile: NAME}} ({@code Dockerfile} by default), relative to the project
 * folder, or {@code build: {dockerfile_inline: ...}}. A context that is a URL, a Dockerfile that
 * does not exist or is larger than the size limit is left out; the compose rules say what is wrong
 * with the build section itself.
 */
final class ProjectAssembler {
  private final Path project;
  private final Path workingDirectory;
  private final long maxFileSize;

  ProjectAssembler(Path project, Path workingDirectory, long maxFileSize) {
    this.project = project;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.maxFileSize = maxFileSize;
  }

  /** The parsed Dockerfiles by service name, in the order the services are written. */
  Map<String, Dockerfile> dockerfiles(ComposeFile compose, String composeName) {
    Map<String, Dockerfile> out = new LinkedHashMap<>();
    Optional<MapNode> services =
        compose
            .rootMap()
            .flatMap(r -> r.get("services"))
            .filter(MapNode.class::isInstance)
            .map(MapNode.class::cast);
    if (services.isEmpty()) {
      return out;
    }
    for (MapNode.Entry service : services.get().entries()) {
      if (!(service.value() instanceof MapNode s)) {
        continue;
      }
      Optional<Node> build = s.get("build");
      if (build.isEmpty()) {
        continue;
      }
      dockerfile(build.get(), composeName + " (service " + service.key().value() + ")")
          .ifPresent(d -> out.put(service.key().value(), d));
    }
    return out;
  }

  private Optional<Dockerfile> dockerfile(Node build, String inlineName) {
    String context = ".";
    String file = "Dockerfile";
    if (build instanceof ScalarNode sc) {
      context = sc.value();
    } else if (build instanceof MapNode m) {
      Optional<String> inline = text(m.get("dockerfile_inline"));
      if (inline.isPresent()) {
        return Optional.of(
            DockerfileParsing.parse(
                SourceText.of(inlineName + " dockerfile_inline", inline.get())));
      }
      context = text(m.get("context")).orElse(".");
      file = text(m.get("dockerfile")).orElse("Dockerfile");
    } else {
      return Optional.empty();
    }
    if (context.contains("://") || context.startsWith("git@")) {
      return Optional.empty();
    }
    Path path;
    try {
      Path dir = project.resolve(context);
      path = dir.resolve(file).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    try {
      if (!Files.isRegularFile(path) || Files.size(path) > maxFileSize) {
        return Optional.empty();
      }
      String display =
          path.startsWith(workingDirectory)
              ? workingDirectory.relativize(path).toString().replace('\\', '/')
              : path.toString();
      return Optional.of(DockerfileParsing.parse(SourceText.of(display, Files.readAllBytes(path))));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(Optional<Node> node) {
    return node.filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).value());
  }
}
