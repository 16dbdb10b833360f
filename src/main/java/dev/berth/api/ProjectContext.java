package dev.berth.api;

import dev.berth.compose.model.ComposeFile;
import dev.berth.core.Fix;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import java.util.Map;

/**
 * The context of a {@link ProjectRule}: a compose file and the Dockerfiles its services build,
 * keyed by service name. Findings may be reported in any of these files.
 */
public interface ProjectContext {
  ComposeFile compose();

  Map<String, Dockerfile> dockerfiles();

  RuleOptions options();

  LintSettings settings();

  void report(SourceText file, Span span, String message);

  void report(SourceText file, Span span, String message, Fix fix);
}
