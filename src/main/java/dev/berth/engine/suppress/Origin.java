package dev.berth.engine.suppress;

/** Which syntax a suppression was written in. */
public enum Origin {
  /** {@code # hadolint ignore=}, {@code global ignore=}, {@code stage ignore=}. */
  HADOLINT,
  /**
   * {@code # berth ignore=}, {@code global ignore=}, {@code stage ignore=}, {@code ignore-file=}.
   */
  BERTH,
  /** {@code # dockerfile-utils: ignore}. */
  DOCKERFILE_UTILS,
  /** The {@code # check=} parser directive at the top of a Dockerfile. */
  BUILDKIT_DIRECTIVE,
  /** The {@code BUILDKIT_DOCKERFILE_CHECK} build argument, which replaces the directive. */
  BUILDKIT_BUILD_ARG,
  /** A {@code # check=skip=} comment above one instruction. */
  BUILDKIT_COMMENT,
  /** {@code # dclint disable...} comments in a compose file. */
  DCLINT;

  /**
   * BuildKit semantics: experimental checks ignore the suppression, and "all" means every BuildKit
   * check.
   */
  public boolean buildkit() {
    return this == BUILDKIT_DIRECTIVE || this == BUILDKIT_BUILD_ARG || this == BUILDKIT_COMMENT;
  }

  /** True for the inline pragmas that {@code disableIgnorePragma} turns off. */
  public boolean inlinePragma() {
    return !buildkit();
  }
}
