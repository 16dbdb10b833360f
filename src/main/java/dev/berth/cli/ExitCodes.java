package dev.berth.cli;

/** berth's exit codes, as {@code cli.md} fixes them. */
public final class ExitCodes {
  private ExitCodes() {}

  /** No finding at or above the failure threshold. */
  public static final int OK = 0;

  /** At least one finding at or above the threshold. */
  public static final int FINDINGS = 1;

  /** berth could not do what was asked (bad option, missing path, unwritable output...). */
  public static final int USAGE = 2;

  /** A bug in berth. */
  public static final int INTERNAL = 3;
}
