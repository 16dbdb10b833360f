package dev.berth.engine.suppress;

/** What part of a file a suppression covers; the exact lines are in {@link Suppression}. */
public enum Scope {
  /** The whole file. */
  FILE,
  /** A Dockerfile stage, its FROM included. */
  STAGE,
  /** The next instruction (or, when none starts there, the next line). */
  NEXT_INSTRUCTION,
  /** One instruction, for a per-instruction {@code # check=} comment. */
  INSTRUCTION,
  /** A compose node: the line and the lines nested under it. */
  NODE,
  /** Exactly one line. */
  LINE
}
