package dev.berth.compose.schema;

import java.util.Optional;
import java.util.Set;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.json.JSONObject;

/**
 * A Compose JSON schema (draft-07 keywords), built into an everit validator. Its {@code
 * uniqueItems} constraints are taken out and checked by berth in linear time ({@link UniqueItems}).
 *
 * <p>berth's own schema ({@link #bundled()}) is compiled at build time: {@link
 * ComposeSchemaCompiler} turns what everit's loader builds from {@link #RESOURCE} into {@code
 * CompiledComposeSchema}, which builds the same object graph directly in a few milliseconds where
 * the loader takes a few hundred in a cold JVM. Any other schema ({@link #fromJson}) goes through
 * everit's loader, which stays the reference the tests compare the compiled schema with.
 */
public final class ComposeSchema {
  /** Where berth's own Compose schema lives on the class path. */
  public static final String RESOURCE = "/dev/berth/compose/compose-schema.json";

  private final String name;
  private final Schema schema;
  private final Set<String> uniqueLists;

  private ComposeSchema(String name, Schema schema, Set<String> uniqueLists) {
    this.name = name;
    this.schema = schema;
    this.uniqueLists = uniqueLists;
  }

  /**
   * Builds a schema from its JSON text with everit's loader.
   *
   * @throws IllegalArgumentException when the text is not a JSON schema everit can build
   */
  public static ComposeSchema fromJson(String name, String json) {
    try {
      JSONObject raw = new JSONObject(json);
      Set<String> uniqueLists = UniqueItems.strip(raw);
      return new ComposeSchema(name, load(raw), Set.copyOf(uniqueLists));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot build the compose schema " + name + ": " + e, e);
    }
  }

  /** everit's loader, as berth configures it: draft-07, RE2/J regexps. */
  static Schema load(JSONObject raw) {
    return SchemaLoader.builder()
        .schemaJson(raw)
        .draftV7Support()
        .regexpFactory(new RE2JRegexpFactory())
        .build()
        .load()
        .build();
  }

  /**
   * berth's own schema, compiled from {@link #RESOURCE}, built on first call (thread-safe). Never
   * empty; an {@code Optional} for the callers written when the schema could be missing.
   */
  public static Optional<ComposeSchema> bundled() {
    return Bundled.INSTANCE;
  }

  /** A new copy of berth's own schema, built from the compiled form (tests compare the two). */
  static ComposeSchema compiled() {
    return new ComposeSchema(
        RESOURCE, CompiledComposeSchema.build(), CompiledComposeSchema.UNIQUE_LISTS);
  }

  /** Holder: the class is initialised, and the schema built, on the first call of bundled(). */
  private static final class Bundled {
    static final Optional<ComposeSchema> INSTANCE = Optional.of(compiled());
  }

  public String name() {
    return name;
  }

  Schema everit() {
    return schema;
  }

  /** Names of the properties whose lists must hold unique items (see {@link UniqueItems}). */
  Set<String> uniqueLists() {
    return uniqueLists;
  }
}
