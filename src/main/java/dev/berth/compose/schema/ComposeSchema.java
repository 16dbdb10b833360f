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
    return build(name, new JSONObject(json));
  }

  private static ComposeSchema build(String name, JSONObject raw) {
    try {
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

  /**
   * berth's own schema cut down for one document whose mapping keys are {@code keys}: every
   * property whose name is not among them keeps its name but accepts anything, so the validator
   * built from it skips the subschemas no node of the document can reach. For that document it
   * finds exactly what the whole schema finds (names stay, so "did you mean" suggestions are the
   * same), at a fraction of the cost of building the whole schema: the way to validate one or two
   * files in a process. Empty when the resource is not on the class path.
   */
  public static Optional<ComposeSchema> bundledFor(Set<String> keys) {
    return Text.JSON.map(json -> build(RESOURCE, prune(new JSONObject(json), keys)));
  }

  /** Replaces, everywhere in the schema, each property not named in {@code keys} by {@code {}}. */
  static JSONObject prune(JSONObject schema, Set<String> keys) {
    for (String field : schema.keySet()) {
      Object value = schema.get(field);
      if (field.equals("properties") && value instanceof JSONObject props) {
        for (String property : props.keySet()) {
          if (!keys.contains(property)) {
            props.put(property, new JSONObject());
          } else if (props.get(property) instanceof JSONObject sub) {
            prune(sub, keys);
          }
        }
      } else if (value instanceof JSONObject sub) {
        prune(sub, keys);
      } else if (value instanceof org.json.JSONArray items) {
        for (Object item : items) {
          if (item instanceof JSONObject sub) {
            prune(sub, keys);
          }
        }
      }
    }
    return schema;
  }

  /** The schema's text, read once. */
  private static final class Text {
    static final Optional<String> JSON = read();

    private static Optional<String> read() {
      try (InputStream in = ComposeSchema.class.getResourceAsStream(RESOURCE)) {
        return in == null
            ? Optional.empty()
            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** Holder: the class is initialised, and the schema built, on the first call of bundled(). */
  private static final class Bundled {
    static final Optional<ComposeSchema> INSTANCE = load();

    private static Optional<ComposeSchema> load() {
      return Text.JSON.map(json -> fromJson(RESOURCE, json));
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
