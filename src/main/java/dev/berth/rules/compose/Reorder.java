package dev.berth.rules.compose;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Fix;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reorders the entries of a block mapping or the items of a block sequence by moving whole lines:
 * each entry takes along the comment lines right above it (at its own indentation or less) and the
 * more deeply indented comment lines right after it, while blank lines and other text between
 * entries stay where they are. The fix is refused when it would not be certain: a flow collection,
 * two entries on one line, an anchor that an alias among the moved entries uses (moving them could
 * put the alias before its anchor) or an anchor name defined twice among them, text that is not
 * valid UTF-8.
 */
final class Reorder {
  private Reorder() {}

  /** An entry to move: where its first line's content starts, and its node. */
  record Item(int start, Node last) {}

  /** The entries written in a mapping (not brought by a merge key), as items. */
  static List<Item> items(MapNode map) {
    List<Item> out = new ArrayList<>();
    for (MapNode.Entry e : map.entries()) {
      if (!e.merged()) {
        out.add(new Item(e.key().span().start(), e.value()));
      }
    }
    return out;
  }

  /** The items of a sequence; each starts at its dash. */
  static List<Item> items(SourceText src, SeqNode seq) {
    List<Item> out = new ArrayList<>();
    for (Node n : seq.items()) {
      int start = n.span().start();
      String before = src.slice(new Span(src.lineStart(src.line(start)), start));
      int dash = before.lastIndexOf('-');
      out.add(new Item(dash >= 0 ? start - (before.length() - dash) : start, n));
    }
    return out;
  }

  /** True when the collection is written in block style. */
  static boolean isBlock(SourceText src, Node collection) {
    if (collection.span().isEmpty()) {
      return false;
    }
    String first = src.slice(new Span(collection.span().start(), collection.span().start() + 1));
    return !first.equals("{") && !first.equals("[");
  }

  /**
   * The index of the first item that sorts before the one above it, for each such item; empty when
   * the items are in order.
   */
  static <T> List<Integer> outOfOrder(List<T> keys, Comparator<T> order) {
    List<Integer> out = new ArrayList<>();
    T max = null;
    for (int i = 0; i < keys.size(); i++) {
      T k = keys.get(i);
      if (max != null && order.compare(k, max) < 0) {
        out.add(i);
      } else {
        max = k;
      }
    }
    return out;
  }

  /** A fix that sorts the items by their keys (stable), when the edit is certain. */
  static <T> Optional<Fix> sortFix(
      SourceText src,
      Node collection,
      List<Item> items,
      List<T> keys,
      Comparator<T> order,
      String title) {
    Integer[] idx = new Integer[items.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> order.compare(keys.get(a), keys.get(b)));
    if (!isBlock(src, collection)) {
      return Optional.empty();
    }
    return edit(src, items, idx).map(e -> Fix.safe(title, e));
  }

  /** The edit that puts item {@code order[i]} in slot {@code i}, when it is certain. */
  static Optional<TextEdit> edit(SourceText src, List<Item> items, Integer[] order) {
    int n = items.size();
    if (n < 2 || src.hasInvalidUtf8()) {
      return Optional.empty();
    }
    int[] first = new int[n];
    int[] last = new int[n];
    for (int i = 0; i < n; i++) {
      Item it = items.get(i);
      int line = src.line(it.start());
      if (!src.slice(new Span(src.lineStart(line), it.start())).isBlank()) {
        return Optional.empty();
      }
      first[i] = line;
      last[i] = src.line(contentEnd(src, it.last().span(), it.start()) - 1);
      if (i > 0 && first[i] <= last[i - 1]) {
        return Optional.empty();
      }
    }
    int[] lead = new int[n];
    for (int i = 0; i < n; i++) {
      int indent = indent(src, first[i]);
      int floor = i == 0 ? 1 : last[i - 1] + 1;
      // comments deeper than the next entry's key, right after this entry, belong to this entry
      int limit = i + 1 < n ? first[i + 1] : src.lineCount() + 1;
      while (last[i] + 1 < limit
          && isComment(src, last[i] + 1)
          && indent(src, last[i] + 1) > indent) {
        last[i]++;
      }
      lead[i] = first[i];
      while (lead[i] - 1 >= floor
          && isComment(src, lead[i] - 1)
          && (i == 0 ? indent(src, lead[i] - 1) == indent : indent(src, lead[i] - 1) <= indent)) {
        lead[i]--;
      }
    }
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chunks.add(src.slice(new Span(src.lineStart(lead[i]), lineEnd(src, last[i]))));
    }
    if (!anchorsStay(chunks)) {
      return Optional.empty();
    }
    String newline = chunks.get(0).endsWith("\r\n") ? "\r\n" : "\n";
    boolean openEnd = !chunks.get(n - 1).endsWith("\n") && !chunks.get(n - 1).endsWith("\r");
    if (openEnd) {
      chunks.set(n - 1, chunks.get(n - 1) + newline);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(src.slice(new Span(lineEnd(src, last[i - 1]), src.lineStart(lead[i]))));
      }
      out.append(chunks.get(order[i]));
    }
    if (openEnd) {
      out.setLength(out.length() - newline.length());
    }
    Span region = new Span(src.lineStart(lead[0]), lineEnd(src, last[n - 1]));
    String text = out.toString();
    return text.equals(src.slice(region))
        ? Optional.empty()
        : Optional.of(TextEdit.replace(region, text));
  }

  /**
   * True when moving the chunks cannot change what an alias refers to: no anchor defined in them is
   * used by an alias in them, and no anchor name is defined twice among them. Aliases of anchors
   * written before the chunks, and anchors used only after them, are fine.
   */
  static boolean anchorsStay(List<String> chunks) {
    for (String chunk : chunks) {
      if (chunk.indexOf('&') >= 0) {
        return anchorsStayScanned(chunks);
      }
    }
    return true; // no '&', so no anchor: what the scan finds
  }

  /**
   * {@link #anchorsStay}, always scanning the chunks for anchors and aliases: outside comments, a
   * {@code &} or {@code *} at the start of a line or after a blank, {@code ,}, {@code [} or {@code
   * {}, then a name that starts with a letter, digit or {@code _} and runs to a blank or one of
   * {@code ,[]{}} (written out; what {@code (?:^|[\s,\[{])([&*])([A-Za-z0-9_][^\s,\[\]{}]*)}
   * finds, {@code ^} at any line start).
   */
  static boolean anchorsStayScanned(List<String> chunks) {
    Set<String> anchors = new HashSet<>();
    Set<String> aliases = new HashSet<>();
    for (String chunk : chunks) {
      String code = code(chunk);
      int n = code.length();
      int i = 0;
      while (i < n) {
        char c = code.charAt(i);
        if ((c == '&' || c == '*')
            && i + 1 < n
            && nameStart(code.charAt(i + 1))
            && (i == 0 || markMayFollow(code.charAt(i - 1)))) {
          int end = i + 2;
          while (end < n && !nameEnds(code.charAt(end))) {
            end++;
          }
          String name = code.substring(i + 1, end);
          if (c == '*') {
            aliases.add(name);
          } else if (!anchors.add(name)) {
            return false;
          }
          i = end;
        } else {
          i++;
        }
      }
    }
    anchors.retainAll(aliases);
    return anchors.isEmpty();
  }

  /** A chunk's lines without their comments, each ended by {@code \n}. */
  static String code(String chunk) {
    StringBuilder code = new StringBuilder();
    for (String line : (Iterable<String>) chunk.lines()::iterator) {
      int hash = line.strip().startsWith("#") ? 0 : line.indexOf(" #");
      code.append(hash >= 0 ? line.substring(0, hash) : line).append('\n');
    }
    return code.toString();
  }

  /** A blank as {@code \s} has it (ASCII only). */
  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** What an anchor or alias mark may follow: a blank, {@code ,[{}, or a line break. */
  private static boolean markMayFollow(char c) {
    return blank(c)
        || c == ','
        || c == '['
        || c == '{'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static boolean nameStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean nameEnds(char c) {
    return blank(c) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** The end of a node's text, past trailing blanks and line breaks, never before {@code min}. */
  private static int contentEnd(SourceText src, Span span, int min) {
    int end = Math.max(span.end(), min + 1);
    byte[] b = src.bytes();
    while (end - 1 > min
        && (b[end - 1] == '\n' || b[end - 1] == '\r' || b[end - 1] == ' ' || b[end - 1] == '\t')) {
      end--;
    }
    return end;
  }

  private static int lineEnd(SourceText src, int line) {
    return line < src.lineCount() ? src.lineStart(line + 1) : src.length();
  }

  private static int indent(SourceText src, int line) {
    String t = src.lineText(line);
    int i = 0;
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isComment(SourceText src, int line) {
    return src.lineText(line).strip().startsWith("#");
  }
}
