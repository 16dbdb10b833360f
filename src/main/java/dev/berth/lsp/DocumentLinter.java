package dev.berth.lsp;

import dev.berth.api.ExternalTool;
import dev.berth.api.Rule;
import dev.berth.config.CliOverrides;
import dev.berth.config.ConfigException;
import dev.berth.config.ConfigResolver;
import dev.berth.config.EffectiveConfig;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.SourceText;
import dev.berth.engine.ComposeSettings;
import dev.berth.engine.FileType;
import dev.berth.engine.LintRunner;
import dev.berth.engine.LintTarget;
import dev.berth.engine.Linter;
import dev.berth.engine.suppress.SuppressionOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints one editor document from its unsaved text with the configuration of the file on disk (the
 * {@code .berth.yaml}, {@code .hadolint.yaml} or {@code .dclintrc} berth would find for it), its
 * folder as the build context and the compose project folder, as {@code berth lint} would.
 */
final class DocumentLinter {
  /** What one lint produced: the source the findings' spans refer to, and the findings. */
  record Linted(SourceText source, List<Finding> findings) {}

  private final List<Rule> rules;
  private final Path workspace;
  private final Map<String, String> env;
  private final Optional<ExternalTool> shellcheck;

  DocumentLinter(
      List<Rule> rules,
      Path workspace,
      Map<String, String> env,
      Optional<ExternalTool> shellcheck) {
    this.rules = rules;
    this.workspace = workspace;
    this.env = env;
    this.shellcheck = shellcheck;
  }

  /** The file type of a document: by its name, its language id, then its content. */
  static Optional<FileType> typeOf(OpenDocument doc) {
    Optional<FileType> byName =
        doc.path().flatMap(p -> FileType.detect(p.getFileName().toString()));
    if (byName.isPresent()) {
      return byName;
    }
    switch (doc.languageId() == null ? "" : doc.languageId()) {
      case "dockerfile":
        return Optional.of(FileType.DOCKERFILE);
      case "dockercompose":
        return Optional.of(FileType.COMPOSE);
      default:
        return FileType.sniff(doc.text().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Lints the document; empty when it is neither a Dockerfile nor a compose file. */
  Optional<Linted> lint(OpenDocument doc) throws ConfigException {
    Optional<FileType> type = typeOf(doc);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Path file = doc.path().orElse(workspace.resolve("untitled"));
    Path folder = file.getParent() == null ? workspace : file.getParent();
    ConfigResolver configs =
        ConfigResolver.create(
            rules.stream().map(Rule::meta).toList(), env, CliOverrides.NONE, workspace);
    EffectiveConfig config = configs.forFile(file);
    Linter linter =
        new Linter(
            rules,
            config.policy(),
            config.settings().withShellcheck(shellcheck).withBuildContext(Optional.of(folder)),
            new SuppressionOptions(
                config.disableIgnorePragma(),
                Optional.ofNullable(env.get("BUILDKIT_DOCKERFILE_CHECK"))));
    String name = file.toString();
    LintRunner runner =
        new LintRunner(linter, LintRunner.DEFAULT_MAX_FILE_SIZE, 1)
            .withWorkingDirectory(folder)
            .withCompose(new ComposeSettings(env, Optional.of(folder), Optional.empty()));
    LintRunner.Outcome outcome =
        runner.run(
            List.of(new LintTarget(Optional.empty(), name, type.get(), true)),
            new ByteArrayInputStream(doc.text().getBytes(StandardCharsets.UTF_8)));
    for (FileResult r : outcome.results()) {
      if (r.file().equals(name) && r.source().isPresent()) {
        return Optional.of(new Linted(r.source().get(), r.findings()));
      }
    }
    return Optional.empty();
  }
}
