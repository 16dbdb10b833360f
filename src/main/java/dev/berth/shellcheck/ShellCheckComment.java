package dev.berth.shellcheck;

/**
 * One comment of ShellCheck's {@code json1} output: which of the scripts it is about (their index
 * in the run), its range (1-based lines and code-point columns, end exclusive), ShellCheck's level
 * ({@code error}, {@code warning}, {@code info} or {@code style}), code and message.
 */
public record ShellCheckComment(
    int script,
    int line,
    int column,
    int endLine,
    int endColumn,
    String level,
    int code,
    String message) {}
