package dev.berth.report;

import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.SourceText;
import dev.berth.core.Utf8;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Identities of findings that survive edits elsewhere in the file, so that code review tools can
 * tell a new finding from one that only moved. A fingerprint hashes the file path, the rule id, the
 * flagged source lines with their indentation and trailing blanks trimmed (the finding's message
 * when the source is not available), and how many earlier findings of the file share those three.
 * Line and column numbers are left out on purpose.
 */
final class Fingerprints {
  private static final HexFormat HEX = HexFormat.of();

  private Fingerprints() {}

  /** One fingerprint per finding of the file, in the order of its findings. */
  static List<String> of(FileResult file) {
    List<String> out = new ArrayList<>(file.findings().size());
    Map<String, Integer> seen = new HashMap<>();
    for (Finding f : file.findings()) {
      String key =
          Uris.forwardSlashes(f.file()) + '\0' + f.code() + '\0' + flaggedText(file.source(), f);
      int occurrence = seen.merge(key, 1, Integer::sum) - 1;
      out.add(sha256("berth-fingerprint-1\0" + occurrence + '\0' + key));
    }
    return out;
  }

  private static String flaggedText(Optional<SourceText> source, Finding f) {
    if (source.isEmpty()) {
      return f.message();
    }
    SourceText src = source.get();
    int first = f.start().line();
    int last = Math.max(first, f.end().line());
    if (first < 1 || last > src.lineCount()) {
      return f.message();
    }
    StringBuilder sb = new StringBuilder();
    for (int line = first; line <= last; line++) {
      if (line > first) {
        sb.append('\n');
      }
      sb.append(src.lineText(line).strip());
    }
    return sb.toString();
  }

  private static String sha256(String s) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(Utf8.encode(s)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
