/**
 * Running the external {@code shellcheck} program: scripts that remember where each of their
 * characters came from in a file ({@link dev.berth.shellcheck.ShellScript}), and one process for
 * many scripts with a time limit ({@link dev.berth.shellcheck.ShellCheckProcess}), whose comments
 * are cached by content in pack files ({@link dev.berth.shellcheck.ShellCheckCache}). Knows nothing
 * of Dockerfiles; the ShellCheck rule builds the scripts.
 */
package dev.berth.shellcheck;
