package dev.berth.compose.model;

/**
 * Ids of the rules under which the compose loader, the interpolator and the schema validator report
 * what they find. Each id is a rule of its own, so that its level can be configured.
 */
public final class ComposeProblemCodes {
  private ComposeProblemCodes() {}

  /**
   * Error: not YAML Compose can read: a syntax error, bytes that are not UTF-8, nesting deeper than
   * the limit, an undefined alias, a merge key with a value that is not a mapping, a key that is a
   * list or a mapping.
   */
  public static final String INVALID_YAML = "invalid-yaml";

  /** Error: the same key twice in one mapping. */
  public static final String NO_DUPLICATE_KEYS = "no-duplicate-keys";

  /** Error: an alias that refers to the node containing it, or aliases that expand too much. */
  public static final String NO_YAML_ALIAS_CYCLE = "no-yaml-alias-cycle";

  /** Error: the file is larger than the size limit and was not loaded. */
  public static final String FILE_TOO_LARGE = "file-too-large";

  /** Error: the file holds no document (empty, comments only, or a lone null). */
  public static final String NO_EMPTY_FILE = "no-empty-file";

  /** Warning: more than one YAML document ({@code ---}); berth merges them as Compose does. */
  public static final String NO_MULTIPLE_DOCUMENTS = "no-multiple-documents";

  /** Error: a Compose v1 file, services at the top level without a {@code services:} key. */
  public static final String NO_LEGACY_V1_FORMAT = "no-legacy-v1-format";

  /** Error: a value the Compose schema does not allow (wrong type, pattern, missing key...). */
  public static final String INVALID_SCHEMA = "invalid-schema";

  /** Error: a key the Compose schema does not know at that place. */
  public static final String NO_UNKNOWN_PROPERTY = "no-unknown-property";

  /** Error: a malformed {@code ${...}} expression. */
  public static final String VALID_INTERPOLATION = "valid-interpolation";

  /** Warning: a variable used without a default that is not set. */
  public static final String NO_UNDEFINED_VARIABLES = "no-undefined-variables";

  /** Error: {@code ${VAR:?message}} or {@code ${VAR?message}} with the variable missing. */
  public static final String NO_MISSING_REQUIRED_VARIABLE = "no-missing-required-variable";

  /** Error: a syntax error in a {@code .env} file. */
  public static final String VALID_ENV_FILE = "valid-env-file";
}
