package dev.berth.engine;

import dev.berth.compose.parser.ComposeLoadOptions;

/**
 * The limits the runner enforces on each file, so that a hostile file costs bounded time, memory
 * and output. Hitting one is a finding, never an exception. The limits rules enforce themselves
 * (heredoc size, variable expansion) are in {@link dev.berth.api.LintSettings}.
 *
 * @param maxFileSize a larger file is not read; it gets one {@code FileTooLarge} / {@code
 *     file-too-large} finding
 * @param maxFindingsPerFile a file's findings past this many (in report order) are dropped and
 *     replaced by one {@code TooManyFindings} / {@code too-many-findings} finding
 * @param maxYamlDepth compose nesting deeper than this is one {@code invalid-yaml} finding
 * @param maxYamlAliases a compose file whose aliases expand to more nodes than this is one {@code
 *     no-yaml-alias-cycle} finding
 * @param maxYamlNodes a compose file with more nodes than this is one {@code file-too-large}
 *     finding
 */
public record Limits(
    long maxFileSize,
    int maxFindingsPerFile,
    int maxYamlDepth,
    int maxYamlAliases,
    int maxYamlNodes) {
  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_FINDINGS_PER_FILE = 1000;

  public static final Limits DEFAULTS =
      new Limits(
          DEFAULT_MAX_FILE_SIZE,
          DEFAULT_MAX_FINDINGS_PER_FILE,
          ComposeLoadOptions.DEFAULT_MAX_DEPTH,
          ComposeLoadOptions.DEFAULT_MAX_ALIAS_EXPANSION,
          ComposeLoadOptions.DEFAULT_MAX_NODES);

  public Limits {
    if (maxFileSize < 0) {
      throw new IllegalArgumentException("the file size limit must not be negative");
    }
    if (maxFindingsPerFile < 1 || maxYamlDepth < 1 || maxYamlAliases < 0 || maxYamlNodes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public Limits withMaxFileSize(long bytes) {
    return new Limits(bytes, maxFindingsPerFile, maxYamlDepth, maxYamlAliases, maxYamlNodes);
  }

  public Limits withMaxFindingsPerFile(int n) {
    return new Limits(maxFileSize, n, maxYamlDepth, maxYamlAliases, maxYamlNodes);
  }

  /** The compose loader's options with these limits. */
  ComposeLoadOptions applyTo(ComposeLoadOptions options) {
    return options
        .withMaxFileBytes((int) Math.min(Integer.MAX_VALUE, maxFileSize))
        .withMaxDepth(maxYamlDepth)
        .withMaxAliasExpansion(maxYamlAliases)
        .withMaxNodes(maxYamlNodes);
  }
}
