package dev.berth.compose.model;

/**
 * The type a scalar has for Compose. Compose reads YAML with Go's go-yaml, which differs from the
 * YAML 1.2 core schema in places (a leading-zero integer such as {@code 0440} is octal); berth
 * follows Compose.
 */
public enum ScalarType {
  STRING,
  INTEGER,
  FLOAT,
  BOOLEAN,
  NULL
}
