package dev.berth.engine.suppress;

/** Ids of the rules that report problems found in suppressions. */
public final class SuppressionCodes {
  private SuppressionCodes() {}

  /** Unknown ids and malformed or misplaced pragmas in a Dockerfile. */
  public static final String DOCKERFILE_INVALID = "InvalidSuppression";

  /** Unknown ids and malformed or misplaced pragmas in a compose file. */
  public static final String COMPOSE_INVALID = "invalid-suppression";

  /** A suppression (or one of its ids) that matched no finding; off by default. */
  public static final String DOCKERFILE_UNUSED = "UnusedSuppression";

  /** hadolint's DL1001: an inline ignore pragma was used; off by default. */
  public static final String INLINE_PRAGMA = "DL1001";

  /** An invalid {@code check} option, reported like the other directive problems. */
  public static final String INVALID_DIRECTIVE = "InvalidDirective";
}
