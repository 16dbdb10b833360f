package dev.berth.engine.fix;

import dev.berth.core.Utf8;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code --- a/PATH}, {@code +++ b/PATH}, {@code @@ -l,n +l,n @@} hunks) of two
 * versions of a file, for {@code --fix-dry-run}. Lines are compared with their line breaks, so a
 * changed line ending shows; a last line without a line break is followed by {@code \ No newline at
 * end of file}. The output is deterministic: among equally short edit scripts, deletions come
 * before insertions.
 *
 * <p>Text is decoded losslessly (see {@link Utf8}); write the diff with {@link Utf8#encode} to get
 * the file's exact bytes back, invalid ones included.
 */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  /** Lines of context around each change. */
  public static final int CONTEXT = 3;

  /**
   * Above this many line pairs to compare (after the common head and tail are set aside), the
   * differing middle is shown as one block removed and one added, instead of computing a minimal
   * diff.
   */
  static final long MAX_COMPARISONS = 4_000_000L;

  private enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /**
   * One line of the edit script; {@code oldLine}/{@code newLine} are 0-based positions before it.
   */
  private record Op(Kind kind, String text, int oldLine, int newLine) {}

  /** The diff of {@code before} and {@code after} of the file at {@code path}; empty when equal. */
  public static String of(String path, byte[] before, byte[] after) {
    return of("a/" + path, "b/" + path, before, after, CONTEXT);
  }

  public static String of(
      String oldName, String newName, byte[] before, byte[] after, int context) {
    List<String> a = lines(Utf8.decode(before, 0, before.length));
    List<String> b = lines(Utf8.decode(after, 0, after.length));
    List<Op> ops = script(a, b);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind() == Kind.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - context);
      int lastChange = i;
      int j = i;
      while (j < ops.size()) {
        if (ops.get(j).kind() != Kind.SAME) {
          lastChange = j;
          j++;
          continue;
        }
        int k = j;
        while (k < ops.size() && ops.get(k).kind() == Kind.SAME) {
          k++;
        }
        if (k == ops.size() || k - j > 2 * context) {
          break;
        }
        j = k;
      }
      int end = Math.min(ops.size(), lastChange + 1 + context);
      if (out.length() == 0) {
        out.append("--- ").append(oldName).append('\n');
        out.append("+++ ").append(newName).append('\n');
      }
      hunk(out, ops.subList(start, end));
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Op> ops) {
    int oldCount = 0;
    int newCount = 0;
    for (Op op : ops) {
      if (op.kind() != Kind.ADDED) {
        oldCount++;
      }
      if (op.kind() != Kind.REMOVED) {
        newCount++;
      }
    }
    Op first = ops.get(0);
    out.append("@@ -")
        .append(range(first.oldLine(), oldCount))
        .append(" +")
        .append(range(first.newLine(), newCount))
        .append(" @@\n");
    for (Op op : ops) {
      out.append(op.kind() == Kind.SAME ? ' ' : op.kind() == Kind.REMOVED ? '-' : '+');
      out.append(op.text());
      if (!op.text().endsWith("\n") && !op.text().endsWith("\r")) {
        out.append("\n\\ No newline at end of file\n");
      }
    }
  }

  /** A hunk range: 1-based first line and count; an empty range names the line before it. */
  private static String range(int zeroBasedStart, int count) {
    if (count == 0) {
      return zeroBasedStart + ",0";
    }
    return count == 1 ? Integer.toString(zeroBasedStart + 1) : (zeroBasedStart + 1) + "," + count;
  }

  /** The lines of a text, each with its line break (LF, CRLF or a lone CR). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** A shortest edit script from {@code a} to {@code b}. */
  private static List<Op> script(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<Op> ops = new ArrayList<>(a.size() + b.size());
    for (int i = 0; i < head; i++) {
      ops.add(new Op(Kind.SAME, a.get(i), i, i));
    }
    int n = a.size() - head - tail;
    int m = b.size() - head - tail;
    if ((long) n * m > MAX_COMPARISONS) {
      for (int i = 0; i < n; i++) {
        ops.add(new Op(Kind.REMOVED, a.get(head + i), head + i, head));
      }
      for (int j = 0; j < m; j++) {
        ops.add(new Op(Kind.ADDED, b.get(head + j), head + n, head + j));
      }
    } else {
      middle(a, b, head, n, m, ops);
    }
    for (int t = tail; t > 0; t--) {
      ops.add(new Op(Kind.SAME, a.get(a.size() - t), a.size() - t, b.size() - t));
    }
    return ops;
  }

  /** Longest-common-subsequence diff of {@code a[head, head+n)} and {@code b[head, head+m)}. */
  private static void middle(List<String> a, List<String> b, int head, int n, int m, List<Op> ops) {
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(head + i).equals(b.get(head + j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
        ops.add(new Op(Kind.SAME, a.get(head + i), head + i, head + j));
        i++;
        j++;
      } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new Op(Kind.REMOVED, a.get(head + i), head + i, head + j));
        i++;
      } else {
        ops.add(new Op(Kind.ADDED, b.get(head + j), head + i, head + j));
        j++;
      }
    }
  }
}
