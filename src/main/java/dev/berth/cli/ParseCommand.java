package dev.berth.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeEnvironment;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.print.ComposeJsonDump;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.Level;
import dev.berth.core.Position;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.dockerfile.print.BuildkitDump;
import dev.berth.dockerfile.print.DockerfileJson;
import dev.berth.engine.FileType;
import dev.berth.engine.LintRunner;
import dev.berth.engine.UsageException;
import dev.berth.report.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code berth parse}: print how berth parses a file. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "Print the parse of a file: BuildKit's dump format, or berth's model as JSON with ranges.")
public final class ParseCommand implements Callable<Integer> {
  @ParentCommand BerthCommand parent;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      defaultValue = "buildkit",
      description = "buildkit (the s-expressions of BuildKit's parser tests) or json.")
  String format;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Treat the files as this type: dockerfile or compose.")
  String type;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to parse.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException, UsageException {
    if (!format.equals("buildkit") && !format.equals("json")) {
      throw new UsageException("unknown parse format '" + format + "' (expected buildkit or json)");
    }
    Optional<FileType> forced = Optional.empty();
    if (type != null) {
      try {
        forced = Optional.of(FileType.parse(type));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    List<SourceText> sources = new ArrayList<>();
    java.util.Set<Path> compose = new java.util.HashSet<>();
    for (Path p : files) {
      if (!Files.exists(p)) {
        throw new UsageException(p + ": no such file");
      }
      if (!Files.isRegularFile(p)) {
        throw new UsageException(p + ": not a regular file");
      }
      FileType t =
          forced.or(() -> FileType.detect(p.getFileName().toString())).orElse(FileType.DOCKERFILE);
      if (t == FileType.COMPOSE) {
        if (format.equals("buildkit")) {
          throw new UsageException(
              p + ": the buildkit format is for Dockerfiles; use --format json for a compose file");
        }
        compose.add(p);
      }
      if (Files.size(p) > LintRunner.DEFAULT_MAX_FILE_SIZE) {
        throw new UsageException(
            p + ": larger than " + LintRunner.DEFAULT_MAX_FILE_SIZE + " bytes");
      }
      sources.add(SourceText.of(p.toString(), Files.readAllBytes(p)));
    }
    Writer out = parent.io.out();
    int exit = format.equals("json") ? json(sources, compose, out) : buildkit(sources, out);
    out.flush();
    parent.io.err().flush();
    return exit;
  }

  private int buildkit(List<SourceText> sources, Writer out) throws IOException {
    boolean several = sources.size() > 1;
    int exit = ExitCodes.OK;
    for (SourceText s : sources) {
      Dockerfile df = DockerfileParsing.parse(s);
      Optional<Problem> error =
          df.problems().stream().filter(p -> p.level() == Level.ERROR).findFirst();
      if (several) {
        out.write("==> " + s.name() + " <==\n");
      }
      if (error.isPresent()) {
        Position at = s.start(error.get().span());
        String message =
            s.name() + ":" + at.line() + ":" + at.column() + ": " + error.get().message();
        if (several) {
          out.write("error: " + message + "\n");
        } else {
          parent.io.err().write("berth: " + message + "\n");
        }
        exit = ExitCodes.FINDINGS;
        continue;
      }
      out.write(BuildkitDump.dump(df));
    }
    return exit;
  }

  private int json(List<SourceText> sources, java.util.Set<Path> compose, Writer out)
      throws IOException {
    if (sources.size() == 1 && compose.contains(Path.of(sources.get(0).name()))) {
      SourceText s = sources.get(0);
      Path dir = Path.of(s.name()).toAbsolutePath().getParent();
      ComposeEnvironment env = ComposeEnvironment.discover(dir, Optional.empty(), parent.io.env());
      ComposeFile file =
          ComposeSchemaValidation.validate(
              ComposeLoading.load(s, ComposeLoadOptions.defaults().withEnvironment(env)));
      ComposeJsonDump.write(file, out);
      return ExitCodes.OK;
    }
    for (SourceText s : sources) {
      if (compose.contains(Path.of(s.name()))) {
        throw new IOException(
            s.name() + ": give one compose file at a time to parse --format json");
      }
    }
    JsonGenerator g = Json.generator(out);
    if (sources.size() > 1) {
      g.writeStartArray();
    }
    for (SourceText s : sources) {
      DockerfileJson.write(DockerfileParsing.parse(s), g);
    }
    if (sources.size() > 1) {
      g.writeEndArray();
    }
    g.close();
    out.write('\n');
    return ExitCodes.OK;
  }
}
