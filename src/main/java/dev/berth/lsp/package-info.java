/**
 * {@code berth lsp}: a Language Server Protocol server over standard input and output. It lints
 * Dockerfiles and compose files from the editor's unsaved text (debounced after each change, at
 * once on open and save) with the configuration that applies to the file on disk, publishes the
 * findings as diagnostics, offers each finding's fix and a suppression comment as code actions, and
 * shows a finding's rule on hover. The engine does the linting; this package only translates
 * between the editor's positions (lines and UTF-16 columns) and berth's byte spans.
 */
package dev.berth.lsp;
