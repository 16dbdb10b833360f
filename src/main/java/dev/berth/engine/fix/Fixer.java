package dev.berth.engine.fix;

import dev.berth.core.Applicability;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Problem;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import dev.berth.core.Utf8;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies the fixes of a file's findings, in passes, until none is left.
 *
 * <p>A pass takes the fixes of the given applicability (SAFE by default), sorted by their first
 * edit; a fix whose extent overlaps or touches one already taken in the pass waits for the next
 * pass, and a fix identical to one already taken counts as applied. The output copies every
 * untouched byte range of the input verbatim and splices in the replacements, UTF-8 encoded (so
 * line endings, a byte order mark and invalid bytes outside the edits survive). After each pass the
 * file is re-parsed and re-linted, and the loop repeats, at most {@link #DEFAULT_MAX_PASSES} times.
 *
 * <p>The fixer never makes a file worse: a file that does not parse is left untouched, and when a
 * pass would introduce a syntax problem the input did not have, every fix is discarded and the
 * original bytes are returned. It knows nothing of file types; the {@link Relinter} does. Instances
 * are immutable and thread-safe.
 */
public final class Fixer {
  public static final int DEFAULT_MAX_PASSES = 10;

  private static final Comparator<Finding> FIX_ORDER =
      Comparator.comparing((Finding f) -> f.fix().get().edits().get(0).span())
          .thenComparingInt(f -> f.fix().get().extent().end())
          .thenComparing(Finding::code)
          .thenComparing(Finding::message);

  private final int maxPasses;
  private final Set<Applicability> applicable;

  /** A fixer that applies SAFE fixes, in at most {@value #DEFAULT_MAX_PASSES} passes. */
  public Fixer() {
    this(DEFAULT_MAX_PASSES, EnumSet.of(Applicability.SAFE));
  }

  public Fixer(int maxPasses, Set<Applicability> applicable) {
    if (maxPasses < 1) {
      throw new IllegalArgumentException("maxPasses must be at least 1");
    }
    if (applicable.isEmpty()) {
      throw new IllegalArgumentException("no applicability selected");
    }
    this.maxPasses = maxPasses;
    this.applicable = Set.copyOf(applicable);
  }

  /**
   * Fixes {@code original}. The relinter is called on the original bytes first, then once per pass.
   * The array passed in is not modified.
   */
  public FixResult fix(byte[] original, Relinter relinter) {
    Objects.requireNonNull(original);
    Relinter.Linted first = relinter.lint(original);
    if (first.hasParseError()) {
      return unchanged(
          original, 0, FixResult.Status.INPUT_DOES_NOT_PARSE, first, List.of(), Set.of());
    }
    byte[] current = original;
    Relinter.Linted linted = first;
    int passes = 0;
    int applied = 0;
    Map<String, Integer> byRule = new TreeMap<>();
    List<List<TextEdit>> passEdits = new ArrayList<>();
    FixResult.Status status;
    while (true) {
      Pass pass = applyPass(current, linted.findings(), applicable);
      if (pass.fixed().isEmpty()) {
        status = passes == 0 ? FixResult.Status.NOTHING_TO_FIX : FixResult.Status.FIXED;
        break;
      }
      if (passes == maxPasses || Arrays.equals(pass.bytes(), current)) {
        status = FixResult.Status.NOT_CONVERGED;
        break;
      }
      passes++;
      Relinter.Linted next = relinter.lint(pass.bytes());
      List<Problem> introduced = first.problemsAddedIn(next);
      if (!introduced.isEmpty()) {
        Set<String> suspects = new LinkedHashSet<>();
        pass.fixed().forEach(f -> suspects.add(f.code()));
        return unchanged(
            original, passes, FixResult.Status.FIX_BREAKS_PARSE, first, introduced, suspects);
      }
      for (Finding f : pass.fixed()) {
        byRule.merge(f.code(), 1, Integer::sum);
      }
      applied += pass.fixed().size();
      passEdits.add(pass.edits());
      current = pass.bytes();
      linted = next;
    }
    return new FixResult(
        current,
        !Arrays.equals(current, original),
        applied,
        byRule,
        passes,
        status,
        linted.findings(),
        List.of(),
        Set.of(),
        passEdits);
  }

  private static FixResult unchanged(
      byte[] original,
      int passes,
      FixResult.Status status,
      Relinter.Linted linted,
      List<Problem> introduced,
      Set<String> suspects) {
    return new FixResult(
        original,
        false,
        0,
        Map.of(),
        passes,
        status,
        linted.findings(),
        introduced,
        suspects,
        List.of());
  }

  /**
   * The result of one pass: the new bytes, the findings whose fixes they include, and the edits.
   */
  record Pass(byte[] bytes, List<Finding> fixed, List<TextEdit> edits) {}

  /** Applies every compatible fix of {@code findings} to {@code bytes} once. */
  static Pass applyPass(byte[] bytes, List<Finding> findings, Set<Applicability> applicable) {
    List<Finding> candidates = new ArrayList<>();
    for (Finding f : findings) {
      if (f.fix().isPresent() && applicable.contains(f.fix().get().applicability())) {
        checkBounds(f, bytes.length);
        candidates.add(f);
      }
    }
    candidates.sort(FIX_ORDER);
    List<Finding> fixed = new ArrayList<>();
    List<TextEdit> edits = new ArrayList<>();
    Set<TextEdit> taken = new HashSet<>();
    int lastEnd = -1;
    for (Finding f : candidates) {
      Fix fix = f.fix().get();
      if (taken.containsAll(fix.edits())) {
        fixed.add(f);
        continue;
      }
      Span extent = fix.extent();
      if (extent.start() <= lastEnd) {
        continue;
      }
      fixed.add(f);
      edits.addAll(fix.edits());
      taken.addAll(fix.edits());
      lastEnd = extent.end();
    }
    return new Pass(splice(bytes, edits), List.copyOf(fixed), List.copyOf(edits));
  }

  private static void checkBounds(Finding f, int length) {
    for (TextEdit e : f.fix().get().edits()) {
      if (e.span().end() > length) {
        throw new IllegalArgumentException(
            f.code() + ": fix edit " + e.span() + " lies outside the file (" + length + " bytes)");
      }
    }
  }

  /** Copies {@code bytes}, replacing each edit's span; edits sorted and not overlapping. */
  static byte[] splice(byte[] bytes, List<TextEdit> edits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
    int pos = 0;
    for (TextEdit e : edits) {
      out.write(bytes, pos, e.span().start() - pos);
      byte[] replacement = Utf8.encode(e.replacement());
      out.write(replacement, 0, replacement.length);
      pos = e.span().end();
    }
    out.write(bytes, pos, bytes.length - pos);
    return out.toByteArray();
  }
}
