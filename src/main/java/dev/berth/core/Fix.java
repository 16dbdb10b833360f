package dev.berth.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A titled set of non-overlapping edits that together repair one finding. */
public record Fix(String title, Applicability applicability, List<TextEdit> edits) {
  public Fix {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a fix needs a title");
    }
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
    List<TextEdit> sorted = new ArrayList<>(edits);
    Collections.sort(sorted);
    for (int i = 1; i < sorted.size(); i++) {
      Span prev = sorted.get(i - 1).span();
      Span next = sorted.get(i).span();
      if (next.start() < prev.end()
          || (next.start() == prev.end() && next.isEmpty() && prev.isEmpty())) {
        throw new IllegalArgumentException("overlapping edits in fix '" + title + "'");
      }
    }
    edits = List.copyOf(sorted);
  }

  public static Fix safe(String title, TextEdit... edits) {
    return new Fix(title, Applicability.SAFE, List.of(edits));
  }

  public static Fix unsafe(String title, TextEdit... edits) {
    return new Fix(title, Applicability.UNSAFE, List.of(edits));
  }

  /** The smallest span covering every edit. */
  public Span extent() {
    Span s = edits.get(0).span();
    for (TextEdit e : edits) {
      s = s.union(e.span());
    }
    return s;
  }
}
