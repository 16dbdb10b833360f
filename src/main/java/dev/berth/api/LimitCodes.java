package dev.berth.api;

/**
 * Ids of the rules that report a limit being hit. Each is a rule of its own, so that its level can
 * be configured; the engine or a rule reports it once, instead of failing or running on.
 */
public final class LimitCodes {
  private LimitCodes() {}

  /** A Dockerfile had more findings than the per-file limit; the rest were dropped. */
  public static final String TOO_MANY_FINDINGS = "TooManyFindings";

  /** A compose (or .env) file had more findings than the per-file limit; the rest were dropped. */
  public static final String COMPOSE_TOO_MANY_FINDINGS = "too-many-findings";

  /** A heredoc body is larger than the heredoc limit. */
  public static final String HEREDOC_TOO_LARGE = "HeredocTooLarge";

  /** Expanding the ARG and ENV values of a Dockerfile exceeds the expansion limit. */
  public static final String EXPANSION_TOO_LARGE = "ExpansionTooLarge";
}
