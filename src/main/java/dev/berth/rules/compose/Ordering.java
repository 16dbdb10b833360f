package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.compose.model.Node;
import dev.berth.core.Fix;
import dev.berth.core.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the ordering rules share: how names compare, and how an out-of-order entry is reported with
 * the fix that sorts its whole collection.
 */
final class Ordering {
  private Ordering() {}

  /** Alphabetical, ignoring case first (as dclint's {@code localeCompare} does), then by case. */
  static final Comparator<String> ALPHABETICAL =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  /** Alphabetical, with runs of digits compared as numbers ({@code 80} before {@code 443}). */
  static final Comparator<String> NATURAL = Ordering::natural;

  /** One entry of a collection to order: its key, where to report it, and what to move. */
  record Entry<T>(T key, String label, Span at, Reorder.Item item) {}

  /**
   * Reports every entry that sorts before an entry above it, each with the fix that sorts the whole
   * collection (the same fix, so it is applied once).
   */
  static <T> void check(
      ComposeContext ctx,
      Node collection,
      List<Entry<T>> entries,
      Comparator<T> order,
      String what,
      String fixTitle) {
    List<T> keys = entries.stream().map(Entry::key).toList();
    List<Integer> late = Reorder.outOfOrder(keys, order);
    if (late.isEmpty()) {
      return;
    }
    List<Reorder.Item> items = entries.stream().map(Entry::item).toList();
    Optional<Fix> fix = Reorder.sortFix(ctx.source(), collection, items, keys, order, fixTitle);
    for (int i : late) {
      Entry<T> e = entries.get(i);
      String after = "";
      for (int j = 0; j < i; j++) {
        if (order.compare(keys.get(j), e.key()) > 0) {
          after = entries.get(j).label();
          break;
        }
      }
      String message = what + " '" + e.label() + "' should come before '" + after + "'";
      if (fix.isPresent()) {
        ctx.report(e.at(), message, fix.get());
      } else {
        ctx.report(e.at(), message);
      }
    }
  }

  private static String withoutLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  private static int natural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = withoutLeadingZeros(a.substring(si, i));
        String nb = withoutLeadingZeros(b.substring(sj, j));
        int c = na.length() != nb.length() ? na.length() - nb.length() : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
        if (c != 0) {
          return c;
        }
        i++;
        j++;
      }
    }
    return (a.length() - i) - (b.length() - j);
  }
}
