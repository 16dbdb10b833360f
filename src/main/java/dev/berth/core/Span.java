package dev.berth.core;

/**
 * A half-open range {@code [start, end)} of byte offsets into a file's original bytes. Offsets are
 * the source of truth for every position berth reports; lines and columns are derived from them.
 */
public record Span(int start, int end) implements Comparable<Span> {
  // equals and hashCode written out: spans are set and map keys in many rules, and a record's
  // generated ones cost a cold JVM a bootstrap.
  @Override
  public boolean equals(Object o) {
    return o instanceof Span s && start == s.start && end == s.end;
  }

  @Override
  public int hashCode() {
    return start * 31 + end;
  }

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public static Span empty(int offset) {
    return new Span(offset, offset);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
