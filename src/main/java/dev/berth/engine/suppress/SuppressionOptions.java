package dev.berth.engine.suppress;

import java.util.Optional;

/**
 * How suppressions are read.
 *
 * <ul>
 *   <li>{@code disableIgnorePragma}: hadolint's {@code --disable-ignore-pragma}. Inline, stage and
 *       global pragmas ({@code # hadolint ...}, {@code # berth ...}, {@code # dockerfile-utils:
 *       ignore}, {@code # dclint ...}) are not honoured. BuildKit's {@code check=} directive and
 *       per-instruction {@code # check=} comments still are, because they change what BuildKit
 *       itself reports, and so are the configuration's ignores, which are not inline.
 *   <li>{@code buildkitDockerfileCheck}: the value of the {@code BUILDKIT_DOCKERFILE_CHECK} build
 *       argument. As in BuildKit it replaces the file's {@code # check=} directive (the two are not
 *       merged); the directive is still validated.
 * </ul>
 */
public record SuppressionOptions(
    boolean disableIgnorePragma, Optional<String> buildkitDockerfileCheck) {
  public static final SuppressionOptions DEFAULTS = new SuppressionOptions(false, Optional.empty());

  public SuppressionOptions withDisableIgnorePragma(boolean disable) {
    return new SuppressionOptions(disable, buildkitDockerfileCheck);
  }

  public SuppressionOptions withBuildkitDockerfileCheck(String value) {
    return new SuppressionOptions(disableIgnorePragma, Optional.ofNullable(value));
  }
}
