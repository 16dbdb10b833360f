package dev.berth.engine.suppress;

import dev.berth.core.Span;

/**
 * A {@code # hadolint shell=NAME} pragma. It changes the shell only for ShellCheck, from its line
 * on: before the first FROM it sets the default for every stage, after a FROM it sets the shell of
 * that stage (and of stages built from it). The DL and BuildKit rules are not affected.
 */
public record ShellPragma(String shell, int line, Span span) {
  /** hadolint skips ShellCheck when the shell is PowerShell or cmd. */
  public boolean skipsShellCheck() {
    String s = shell.toLowerCase(java.util.Locale.ROOT);
    return s.contains("pwsh") || s.contains("powershell") || s.contains("cmd");
  }
}
