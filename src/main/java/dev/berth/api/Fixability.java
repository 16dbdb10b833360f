package dev.berth.api;

/** Whether a rule's findings come with a fix. */
public enum Fixability {
  NONE,
  SOMETIMES,
  ALWAYS
}
