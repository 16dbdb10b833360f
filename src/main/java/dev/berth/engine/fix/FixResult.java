package dev.berth.engine.fix;

import dev.berth.core.Finding;
import dev.berth.core.Problem;
import dev.berth.core.TextEdit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@link Fixer#fix} did to one file.
 *
 * @param bytes the content to write: the fixed bytes, or the original bytes when nothing was
 *     changed (always the original when {@link #status()} is not {@code FIXED})
 * @param changed whether {@code bytes} differ from the original
 * @param fixesApplied how many findings' fixes were applied, over all passes
 * @param fixedByRule the same count per rule id, sorted by id
 * @param passes how many passes applied at least one fix (a pass that was undone counts too)
 * @param status why the fixer stopped
 * @param remaining the findings of {@code bytes}: what is left to report after fixing
 * @param introducedProblems for {@code FIX_BREAKS_PARSE}: the syntax problems the rejected pass
 *     would have introduced
 * @param suspectRules for {@code FIX_BREAKS_PARSE}: the rules whose fixes were in the rejected
 *     pass, sorted
 * @param passEdits the edits each kept pass applied, in order, sorted and not overlapping, with
 *     offsets into that pass's input (the original bytes for the first pass, the previous pass's
 *     output after that); empty when {@code bytes} is the original. Every byte outside them was
 *     copied unchanged.
 */
public record FixResult(
    byte[] bytes,
    boolean changed,
    int fixesApplied,
    Map<String, Integer> fixedByRule,
    int passes,
    Status status,
    List<Finding> remaining,
    List<Problem> introducedProblems,
    Set<String> suspectRules,
    List<List<TextEdit>> passEdits) {

  /** Why the fixer stopped. */
  public enum Status {
    /** No finding had a fix to apply; the bytes are the original. */
    NOTHING_TO_FIX,
    /** Fixes were applied and no fixable finding remains. */
    FIXED,
    /**
     * Fixable findings remain: the pass limit was reached (fixes that undo each other, or a long
     * chain) or a pass changed nothing. {@code bytes} holds the last good result and may be
     * written.
     */
    NOT_CONVERGED,
    /** The input does not parse; it was left untouched. */
    INPUT_DOES_NOT_PARSE,
    /**
     * A pass would have introduced a syntax problem (a bug in a rule's fix); every fix was
     * discarded and {@code bytes} is the original.
     */
    FIX_BREAKS_PARSE
  }

  public FixResult {
    fixedByRule = Collections.unmodifiableSortedMap(new TreeMap<>(fixedByRule));
    remaining = List.copyOf(remaining);
    introducedProblems = List.copyOf(introducedProblems);
    suspectRules = Collections.unmodifiableSortedSet(new TreeSet<>(suspectRules));
    passEdits = passEdits.stream().map(List::copyOf).toList();
  }

  /** Whether the fixer refused to change the file because of a parse error, before or after. */
  public boolean stoppedOnParseError() {
    return status == Status.INPUT_DOES_NOT_PARSE || status == Status.FIX_BREAKS_PARSE;
  }
}
