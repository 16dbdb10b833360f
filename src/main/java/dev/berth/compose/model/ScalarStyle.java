package dev.berth.compose.model;

/** How a scalar is written in the YAML text. */
public enum ScalarStyle {
  PLAIN,
  SINGLE_QUOTED,
  DOUBLE_QUOTED,
  LITERAL,
  FOLDED
}
