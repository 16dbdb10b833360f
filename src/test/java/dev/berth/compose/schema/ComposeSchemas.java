package dev.berth.compose.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;
import org.everit.json.schema.loader.SchemaLoader;
import org.everit.json.schema.regexp.JavaUtilRegexpFactory;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.everit.json.schema.regexp.RegexpFactory;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/** Test support: loads berth's compose schema and the upstream reference schema into everit. */
final class ComposeSchemas {
  static final String BERTH_RESOURCE = "/dev/berth/compose/compose-schema.json";
  static final String UPSTREAM_RELATIVE = "reference/compose-spec-latest.json";

  /**
   * The keywords the upstream schema may use for its draft 2020-12 document to mean the same under
   * draft-07 once {@code $defs} is renamed. Anything else (prefixItems, unevaluatedProperties,
   * dependentRequired, $anchor, ...) would be silently ignored by a draft-07 validator, so the
   * conversion refuses it instead of producing wrong verdicts.
   */
  static final Set<String> DRAFT7_COMPATIBLE_KEYWORDS =
      Set.of(
          "$schema",
          "$id",
          "$ref",
          "$defs",
          "title",
          "description",
          "deprecated",
          "default",
          "type",
          "properties",
          "patternProperties",
          "additionalProperties",
          "required",
          "items",
          "uniqueItems",
          "enum",
          "pattern",
          "minimum",
          "maximum",
          "oneOf",
          "anyOf",
          "allOf");

  /** How everit evaluates {@code pattern} and {@code patternProperties}. */
  enum Regex {
    /** everit's default: java.util.regex, searched with find(). */
    JAVA(new JavaUtilRegexpFactory()),
    /** RE2/J, the semantics of Go's regexp, which docker compose's validator uses. */
    RE2J(new RE2JRegexpFactory());

    final RegexpFactory factory;

    Regex(RegexpFactory factory) {
      this.factory = factory;
    }
  }

  private ComposeSchemas() {}

  static JSONObject berthJson() {
    try (InputStream in = ComposeSchemas.class.getResourceAsStream(BERTH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(BERTH_RESOURCE + " is not on the class path");
      }
      return new JSONObject(new JSONTokener(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The upstream schema, made loadable by everit without changing what it accepts: {@code $defs}
   * becomes {@code definitions}, {@code $schema} says draft-07, the relative {@code $id} goes.
   */
  static JSONObject upstreamJson(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JSONObject json = new JSONObject(text.replace("\"#/$defs/", "\"#/definitions/"));
    Set<String> unexpected = new TreeSet<>();
    collectKeywords(json, unexpected);
    unexpected.removeAll(DRAFT7_COMPATIBLE_KEYWORDS);
    if (!unexpected.isEmpty()) {
      throw new IllegalStateException(
          file + " uses keywords whose meaning a draft-07 validator would not keep: " + unexpected);
    }
    json.put("definitions", json.remove("$defs"));
    json.put("$schema", "http://json-schema.org/draft-07/schema#");
    json.remove("$id");
    return json;
  }

  /**
   * Keywords of every schema object, skipping the names under properties/patternProperties/$defs.
   */
  private static void collectKeywords(Object schema, Set<String> out) {
    if (schema instanceof JSONArray array) {
      for (Object item : array) {
        collectKeywords(item, out);
      }
    } else if (schema instanceof JSONObject object) {
      for (String key : object.keySet()) {
        out.add(key);
        Object value = object.get(key);
        if (key.equals("properties") || key.equals("patternProperties") || key.equals("$defs")) {
          for (String name : ((JSONObject) value).keySet()) {
            collectKeywords(((JSONObject) value).get(name), out);
          }
        } else if (!key.equals("enum") && !key.equals("required") && !key.equals("default")) {
          collectKeywords(value, out);
        }
      }
    }
  }

  static Schema build(JSONObject schemaJson, Regex regex) {
    return SchemaLoader.builder()
        .schemaJson(schemaJson)
        .regexpFactory(regex.factory)
        .build()
        .load()
        .build();
  }

  /** Stops at the first error: a verdict is all the differential tests need, and it is faster. */
  private static final Validator FIRST_ERROR = Validator.builder().failEarly().build();

  static boolean accepts(Schema schema, Object document) {
    try {
      FIRST_ERROR.performValidation(schema, document);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }
}
