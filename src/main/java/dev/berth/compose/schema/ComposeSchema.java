package dev.berth.compose.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * <p>Building berth's own schema costs a few hundred milliseconds in a cold JVM, so it is built
 * once per process, on first use ({@link #bundled()}), and only when a compose file is validated.
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
   * Builds a schema from its JSON text.
   *
   * @throws IllegalArgumentException when the text is not a JSON schema everit can build
   */
  public static ComposeSchema fromJson(String name, String json) {
    try {
      JSONObject raw = new JSONObject(json);
      Set<String> uniqueLists = UniqueItems.strip(raw);
      Schema schema =
          SchemaLoader.builder()
              .schemaJson(raw)
              .draftV7Support()
              .regexpFactory(new RE2JRegexpFactory())
              .build()
              .load()
              .build();
      return new ComposeSchema(name, schema, Set.copyOf(uniqueLists));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot build the compose schema " + name + ": " + e, e);
    }
  }

  /**
   * berth's own schema from {@link #RESOURCE}, built on first call (thread-safe); empty when the
   * resource is not on the class path.
   */
  public static Optional<ComposeSchema> bundled() {
    return Bundled.INSTANCE;
  }

  /** Holder: the class is initialised, and the schema built, on the first call of bundled(). */
  private static final class Bundled {
    static final Optional<ComposeSchema> INSTANCE = load();

    private static Optional<ComposeSchema> load() {
      try (InputStream in = ComposeSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(
            fromJson(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
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
