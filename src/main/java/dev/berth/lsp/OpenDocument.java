package dev.berth.lsp;

import dev.berth.core.Finding;
import dev.berth.core.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An editor's document as berth last linted it: its text and version, the path it stands for (if it
 * is a file), and the findings with the source their spans refer to.
 */
record OpenDocument(
    String uri,
    Optional<Path> path,
    String languageId,
    int version,
    String text,
    Optional<SourceText> source,
    List<Finding> findings) {

  OpenDocument withText(int newVersion, String newText) {
    return new OpenDocument(uri, path, languageId, newVersion, newText, source, findings);
  }

  OpenDocument withFindings(SourceText linted, List<Finding> found) {
    return new OpenDocument(uri, path, languageId, version, text, Optional.of(linted), found);
  }
}
