package dev.berth.core;

/** Whether a fix can be applied without a human looking at it. */
public enum Applicability {
  /** Keeps the meaning of the file; applied by {@code --fix}. */
  SAFE,
  /** May change behaviour; offered, never applied automatically. */
  UNSAFE
}
