package dev.berth.compose.schema;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EmptySchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.SchemaLocation;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.TrueSchema;
import org.everit.json.schema.regexp.Regexp;
import org.json.JSONObject;

/**
 * Turns the everit schema that {@code SchemaLoader} builds from {@code compose-schema.json} into
 * Java source ({@code CompiledComposeSchema}) that builds the same object graph directly with
 * everit's builders: same classes, same fields, same locations, same order of properties, so that
 * everit validates and words its failures exactly as with the loaded schema, without the loader's
 * cost in a cold JVM (some 250 ms of CPU for the whole schema).
 *
 * <p>It reads the loaded graph (private fields included, by reflection) and writes one small method
 * per schema node, so that every method stays far below the JVM's size limits. Each {@code $ref}
 * keeps its own {@link ReferenceSchema}; the schemas they refer to are built once and linked last,
 * which is how recursive definitions close. Identical regexps are compiled once and shared (RE2/J
 * patterns are immutable). Two things of the loaded graph are left out on purpose: the raw {@code
 * definitions} the loader keeps as an unknown keyword of the root (nothing reads it), and every
 * {@code uniqueItems} (taken out before loading and checked by {@link UniqueItems}, whose property
 * names the source lists). A keyword the compiler does not know fails the compilation instead of
 * being dropped.
 *
 * <p>The generated file is committed; {@code CompiledComposeSchemaTest} regenerates it in memory,
 * fails when the committed one is stale, and rewrites it with {@code -Dberth.update=true}.
 */
public final class ComposeSchemaCompiler {
  /** Where the generated class lives, relative to the repository. */
  public static final String SOURCE_FILE =
      "src/main/java/dev/berth/compose/schema/CompiledComposeSchema.java";

  private static final int CHUNK = 64;

  private final IdentityHashMap<Schema, Integer> ids = new IdentityHashMap<>();
  private final List<Schema> nodes = new ArrayList<>();
  private final IdentityHashMap<Schema, Integer> incoming = new IdentityHashMap<>();
  private final Set<Schema> targets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, Integer> regexps = new LinkedHashMap<>();
  private final StringBuilder methods = new StringBuilder();
  private int references;

  private ComposeSchemaCompiler() {}

  /** The Java source of {@code CompiledComposeSchema} for a schema's JSON text. */
  public static String compile(String json) {
    JSONObject raw = new JSONObject(json);
    Set<String> unique = UniqueItems.strip(raw);
    Schema schema = ComposeSchema.load(raw);
    return new ComposeSchemaCompiler().source(schema, unique);
  }

  private String source(Schema root, Set<String> uniqueLists) {
    number(root);
    count(root);
    for (Schema s : nodes) {
      method(s);
    }
    StringBuilder out = new StringBuilder();
    out.append("  /** Names of the properties whose lists must hold unique items. */\n");
    out.append("  static final Set<String> UNIQUE_LISTS =\n      Set.of(");
    List<String> names = new ArrayList<>(new TreeSet<>(uniqueLists));
    for (int i = 0; i < names.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(literal(names.get(i)));
    }
    out.append(");\n\n");
    out.append("  private static final String[] PATTERNS = {\n");
    for (String p : regexps.keySet()) {
      out.append("    ").append(literal(p)).append(",\n");
    }
    out.append("  };\n\n");
    out.append("  private CompiledComposeSchema() {\n");
    out.append("    super(").append(nodes.size()).append(", ").append(references);
    out.append(", PATTERNS);\n  }\n\n");
    out.append("  /** A new schema graph, equal to the one everit's loader builds. */\n");
    out.append("  static Schema build() {\n");
    out.append("    return new CompiledComposeSchema().root();\n  }\n\n");
    out.append("  private Schema root() {\n");
    out.append("    Schema root = s").append(ids.get(root)).append("();\n");
    for (Schema s : nodes) {
      if (targets.contains(s)) {
        out.append("    s").append(ids.get(s)).append("();\n");
      }
    }
    out.append("    linkAll();\n");
    out.append("    return root;\n  }\n\n");
    out.append(methods);
    out.append("}\n");
    return header(out.toString()) + out;
  }

  // ---- the graph

  private void number(Schema root) {
    java.util.ArrayDeque<Schema> todo = new java.util.ArrayDeque<>();
    todo.add(root);
    ids.put(root, 0);
    nodes.add(root);
    while (!todo.isEmpty()) {
      Schema s = todo.poll();
      for (Schema c : children(s)) {
        if (!ids.containsKey(c)) {
          ids.put(c, nodes.size());
          nodes.add(c);
          todo.add(c);
        }
      }
    }
  }

  private void count(Schema root) {
    incoming.put(root, 1);
    for (Schema s : nodes) {
      for (Schema c : children(s)) {
        incoming.merge(c, 1, Integer::sum);
      }
      if (s instanceof ReferenceSchema r) {
        Schema target = r.getReferredSchema();
        if (target == null) {
          throw new IllegalStateException("unresolved reference " + r.getReferenceValue());
        }
        targets.add(target);
        references++;
      }
    }
  }

  /** Direct subschemas, in the order the graph keeps them; a reference's target included. */
  private static List<Schema> children(Schema s) {
    List<Schema> out = new ArrayList<>();
    if (s instanceof ObjectSchema o) {
      out.addAll(o.getPropertySchemas().values());
      out.addAll(patternProperties(o).values());
      add(out, o.getSchemaOfAdditionalProperties());
      add(out, o.getPropertyNameSchema());
      out.addAll(o.getSchemaDependencies().values());
    } else if (s instanceof ArraySchema a) {
      add(out, a.getAllItemSchema());
      if (a.getItemSchemas() != null) {
        out.addAll(a.getItemSchemas());
      }
      add(out, a.getSchemaOfAdditionalItems());
      add(out, a.getContainedItemSchema());
    } else if (s instanceof CombinedSchema c) {
      out.addAll(subschemas(c));
    } else if (s instanceof NotSchema n) {
      add(out, n.getMustNotMatch());
    } else if (s instanceof ConditionalSchema c) {
      c.getIfSchema().ifPresent(out::add);
      c.getThenSchema().ifPresent(out::add);
      c.getElseSchema().ifPresent(out::add);
    } else if (s instanceof ReferenceSchema r) {
      add(out, r.getReferredSchema());
    }
    return out;
  }

  /**
   * A combined schema's subschemas in a fixed order. The {@code allOf} the loader makes of the
   * keywords of one schema object (say {@code type} and {@code enum}) comes out of a hash set of
   * builders, so its order changes from run to run (and so does the order of the problems it finds
   * before berth sorts them); the compiled one sorts them by {@link #orderKey}.
   */
  static List<Schema> subschemas(CombinedSchema c) {
    List<Schema> out = new ArrayList<>(c.getSubschemas());
    if (c.getCriterion() == CombinedSchema.ALL_CRITERION
        && field(c, CombinedSchema.class, "synthetic").equals(Boolean.TRUE)) {
      out.sort(java.util.Comparator.comparing(ComposeSchemaCompiler::orderKey));
      for (int i = 1; i < out.size(); i++) {
        if (orderKey(out.get(i - 1)).equals(orderKey(out.get(i)))) {
          throw new IllegalStateException(
              "the compose schema compiler cannot order the keywords at " + c.getLocation());
        }
      }
    }
    return out;
  }

  /** The class of a synthetic allOf's part (one per keyword family), and its criterion. */
  static String orderKey(Schema s) {
    return s.getClass().getName()
        + (s instanceof CombinedSchema c ? " " + c.getCriterion() : "")
        + " "
        + s.getLocation();
  }

  private static void add(List<Schema> out, Schema s) {
    if (s != null) {
      out.add(s);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<Regexp, Schema> patternProperties(ObjectSchema o) {
    return (Map<Regexp, Schema>) field(o, ObjectSchema.class, "patternProperties");
  }

  static Object field(Object o, Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(o);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + owner.getName() + "." + name, e);
    }
  }

  // ---- one method per node

  private void method(Schema s) {
    int id = ids.get(s);
    boolean shared = incoming.getOrDefault(s, 0) > 1 || targets.contains(s);
    StringBuilder m = methods;
    m.append("  private Schema s").append(id).append("() {\n");
    if (shared) {
      m.append("    if (shared[").append(id).append("] != null) {\n");
      m.append("      return shared[").append(id).append("];\n    }\n");
    }
    String result = shared ? "    shared[" + id + "] = " : "    return ";
    if (s instanceof ReferenceSchema r) {
      reference(r, id, shared);
      return;
    }
    Optional<String> singleton = singleton(s);
    if (singleton.isPresent()) {
      m.append(result).append(singleton.get()).append(";\n");
    } else {
      String type = s.getClass().getSimpleName();
      String builderType = type.equals("ConstSchema") ? "ConstSchemaBuilder" : "Builder";
      m.append("    ").append(type).append('.').append(builderType).append(" b = ");
      m.append(type).append(".builder();\n");
      specific(s);
      common(s);
      m.append(result).append("b.build();\n");
    }
    if (shared) {
      m.append("    return shared[").append(id).append("];\n");
    }
    m.append("  }\n\n");
  }

  private static Optional<String> singleton(Schema s) {
    if (s == EmptySchema.INSTANCE) {
      return Optional.of("EmptySchema.INSTANCE");
    } else if (s == FalseSchema.INSTANCE) {
      return Optional.of("FalseSchema.INSTANCE");
    } else if (s == NullSchema.INSTANCE) {
      return Optional.of("NullSchema.INSTANCE");
    } else if (s == BooleanSchema.INSTANCE) {
      return Optional.of("BooleanSchema.INSTANCE");
    }
    return Optional.empty();
  }

  private void reference(ReferenceSchema r, int id, boolean shared) {
    StringBuilder m = methods;
    m.append("    ReferenceSchema.Builder b = ReferenceSchema.builder().refValue(");
    m.append(literal(r.getReferenceValue())).append(");\n");
    common(r);
    String title = (String) field(r, ReferenceSchema.class, "title");
    String description = (String) field(r, ReferenceSchema.class, "description");
    SchemaLocation location = (SchemaLocation) field(r, ReferenceSchema.class, "schemaLocation");
    Object own = field(r, ReferenceSchema.class, "unprocessedProperties");
    Object base = field(r, Schema.class, "unprocessedProperties");
    m.append("    ReferenceSchema r = b.build();\n");
    if (title != null) {
      statement("b.title(", literal(title), ");");
    }
    if (description != null) {
      statement("b.description(", literal(description), ");");
    }
    if (location != null) {
      statement("b.schemaLocation(", location(location), ");");
    }
    if (own != null && !own.equals(base)) {
      statement("b.unprocessedProperties(", value(own), ");");
    }
    m.append("    link(r, ").append(ids.get(r.getReferredSchema())).append(");\n");
    if (shared) {
      m.append("    shared[").append(id).append("] = r;\n");
    }
    m.append("    return r;\n  }\n\n");
  }

  /** The keywords of the schema's own class that differ from a fresh builder's. */
  private void specific(Schema s) {
    if (s instanceof ObjectSchema o) {
      ObjectSchema d = ObjectSchema.builder().build();
      for (Map.Entry<String, Schema> e : o.getPropertySchemas().entrySet()) {
        statement("b.addPropertySchema(", literal(e.getKey()) + ", " + call(e.getValue()), ");");
      }
      for (Map.Entry<Regexp, Schema> e : patternProperties(o).entrySet()) {
        statement("b.patternProperty(", regexp(e.getKey()) + ", " + call(e.getValue()), ");");
      }
      if (o.permitsAdditionalProperties() != d.permitsAdditionalProperties()) {
        statement("b.additionalProperties(", "" + o.permitsAdditionalProperties(), ");");
      }
      if (o.getSchemaOfAdditionalProperties() != null) {
        statement(
            "b.schemaOfAdditionalProperties(", call(o.getSchemaOfAdditionalProperties()), ");");
      }
      if (o.getPropertyNameSchema() != null) {
        statement("b.propertyNameSchema(", call(o.getPropertyNameSchema()), ");");
      }
      for (String name : o.getRequiredProperties()) {
        statement("b.addRequiredProperty(", literal(name), ");");
      }
      integer("minProperties", o.getMinProperties());
      integer("maxProperties", o.getMaxProperties());
      if (o.requiresObject() != d.requiresObject()) {
        statement("b.requiresObject(", "" + o.requiresObject(), ");");
      }
      unsupported(!o.getPropertyDependencies().isEmpty(), s, "dependencies (property lists)");
      unsupported(!o.getSchemaDependencies().isEmpty(), s, "dependencies (schemas)");
      unsupported(
          !field(o, ObjectSchema.class, "oneOrMoreDefaultProperty").equals(Boolean.FALSE),
          s,
          "default values in properties");
    } else if (s instanceof ArraySchema a) {
      ArraySchema d = ArraySchema.builder().build();
      if (a.getAllItemSchema() != null) {
        statement("b.allItemSchema(", call(a.getAllItemSchema()), ");");
      }
      if (a.getItemSchemas() != null) {
        for (Schema item : a.getItemSchemas()) {
          statement("b.addItemSchema(", call(item), ");");
        }
      }
      if (a.permitsAdditionalItems() != d.permitsAdditionalItems()) {
        statement("b.additionalItems(", "" + a.permitsAdditionalItems(), ");");
      }
      if (a.getSchemaOfAdditionalItems() != null) {
        statement("b.schemaOfAdditionalItems(", call(a.getSchemaOfAdditionalItems()), ");");
      }
      if (a.getContainedItemSchema() != null) {
        statement("b.containsItemSchema(", call(a.getContainedItemSchema()), ");");
      }
      integer("minItems", a.getMinItems());
      integer("maxItems", a.getMaxItems());
      if (a.needsUniqueItems() != d.needsUniqueItems()) {
        statement("b.uniqueItems(", "" + a.needsUniqueItems(), ");");
      }
      if (a.requiresArray() != d.requiresArray()) {
        statement("b.requiresArray(", "" + a.requiresArray(), ");");
      }
    } else if (s instanceof StringSchema t) {
      StringSchema d = StringSchema.builder().build();
      integer("minLength", t.getMinLength());
      integer("maxLength", t.getMaxLength());
      Object pattern = field(t, StringSchema.class, "pattern");
      if (pattern != null) {
        statement("b.pattern(", regexp((Regexp) pattern), ");");
      }
      if (t.requireString() != d.requireString()) {
        statement("b.requiresString(", "" + t.requireString(), ");");
      }
      unsupported(t.getFormatValidator() != d.getFormatValidator(), s, "format");
    } else if (s instanceof NumberSchema n) {
      NumberSchema d = NumberSchema.builder().build();
      number("minimum", n.getMinimum());
      number("maximum", n.getMaximum());
      number("exclusiveMinimum", n.getExclusiveMinimumLimit());
      number("exclusiveMaximum", n.getExclusiveMaximumLimit());
      number("multipleOf", n.getMultipleOf());
      if (n.isExclusiveMinimum() != d.isExclusiveMinimum()) {
        statement("b.exclusiveMinimum(", "" + n.isExclusiveMinimum(), ");");
      }
      if (n.isExclusiveMaximum() != d.isExclusiveMaximum()) {
        statement("b.exclusiveMaximum(", "" + n.isExclusiveMaximum(), ");");
      }
      if (n.isRequiresNumber() != d.isRequiresNumber()) {
        statement("b.requiresNumber(", "" + n.isRequiresNumber(), ");");
      }
      if (n.requiresInteger() != d.requiresInteger()) {
        statement("b.requiresInteger(", "" + n.requiresInteger(), ");");
      }
    } else if (s instanceof CombinedSchema c) {
      String criterion =
          c.getCriterion() == CombinedSchema.ALL_CRITERION
              ? "ALL_CRITERION"
              : c.getCriterion() == CombinedSchema.ANY_CRITERION
                  ? "ANY_CRITERION"
                  : c.getCriterion() == CombinedSchema.ONE_CRITERION ? "ONE_CRITERION" : null;
      unsupported(criterion == null, s, "criterion " + c.getCriterion());
      statement("b.criterion(", "CombinedSchema." + criterion, ");");
      StringBuilder list = new StringBuilder("list(");
      int i = 0;
      for (Schema sub : subschemas(c)) {
        list.append(i++ == 0 ? "" : ", ").append(call(sub));
      }
      statement("b.subschemas(", list.append(')').toString(), ");");
      if (!field(c, CombinedSchema.class, "synthetic").equals(Boolean.FALSE)) {
        statement("b.isSynthetic(", "true", ");");
      }
    } else if (s instanceof EnumSchema e) {
      statement("b.possibleValues(", value(e.getPossibleValuesAsList()), ");");
    } else if (s instanceof ConstSchema c) {
      statement("b.permittedValue(", value(c.getPermittedValue()), ");");
    } else if (s instanceof NotSchema n) {
      statement("b.mustNotMatch(", call(n.getMustNotMatch()), ");");
    } else if (s instanceof ConditionalSchema c) {
      c.getIfSchema().ifPresent(x -> statement("b.ifSchema(", call(x), ");"));
      c.getThenSchema().ifPresent(x -> statement("b.thenSchema(", call(x), ");"));
      c.getElseSchema().ifPresent(x -> statement("b.elseSchema(", call(x), ");"));
    } else if (!(s instanceof EmptySchema
        || s instanceof FalseSchema
        || s instanceof NullSchema
        || s instanceof BooleanSchema)) {
      unsupported(true, s, s.getClass().getName());
    }
    if (s instanceof TrueSchema || s instanceof EmptySchema) {
      unsupported(
          s.getClass() != TrueSchema.class && s.getClass() != EmptySchema.class,
          s,
          s.getClass().getName());
    }
  }

  /** The annotations and location every schema has, set through {@link Schema.Builder}. */
  private void common(Schema s) {
    String title = (String) field(s, Schema.class, "title");
    String description = (String) field(s, Schema.class, "description");
    SchemaLocation location = (SchemaLocation) field(s, Schema.class, "location");
    if (title != null) {
      statement("b.title(", literal(title), ");");
    }
    if (description != null) {
      statement("b.description(", literal(description), ");");
    }
    if (s.getId() != null) {
      statement("b.id(", literal(s.getId()), ");");
    }
    if (location != null) {
      statement("b.schemaLocation(", location(location), ");");
    }
    unsupported(field(s, Schema.class, "defaultValue") != null, s, "default");
    unsupported(field(s, Schema.class, "nullable") != null, s, "nullable");
    unsupported(field(s, Schema.class, "readOnly") != null, s, "readOnly");
    unsupported(field(s, Schema.class, "writeOnly") != null, s, "writeOnly");
    Map<?, ?> unprocessed = (Map<?, ?>) field(s, Schema.class, "unprocessedProperties");
    Map<Object, Object> kept = new LinkedHashMap<>(unprocessed);
    if (s == nodes.get(0)) {
      kept.remove("definitions");
    }
    if (!kept.isEmpty()) {
      statement("b.unprocessedProperties(", value(kept), ");");
    }
  }

  private void unsupported(boolean condition, Schema s, String what) {
    if (condition) {
      throw new IllegalStateException(
          "the compose schema compiler does not handle " + what + " (at " + s.getLocation() + ")");
    }
  }

  private void integer(String setter, Integer value) {
    if (value != null) {
      statement("b." + setter + "(", value.toString(), ");");
    }
  }

  private void number(String setter, Number value) {
    if (value != null) {
      statement("b." + setter + "(", value(value), ");");
    }
  }

  private String call(Schema s) {
    return "s" + ids.get(s) + "()";
  }

  private String regexp(Regexp r) {
    unsupported(
        !r.getClass().getSimpleName().equals("RE2JRegexp"),
        nodes.get(0),
        "regexps other than RE2/J: " + r.getClass().getName());
    Integer index = regexps.computeIfAbsent(r.toString(), k -> regexps.size());
    return "re(" + index + ")";
  }

  private static String location(SchemaLocation location) {
    unsupported(
        field(location, SchemaLocation.class, "rootDocumentURI") != null, "root document URIs");
    @SuppressWarnings("unchecked")
    List<String> segments =
        (List<String>) field(location, SchemaLocation.class, "pointerToLocation");
    StringBuilder pointer = new StringBuilder("#");
    for (String segment : segments) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return "loc(" + literal(pointer.toString()) + ")";
  }

  private static void unsupported(boolean condition, String what) {
    if (condition) {
      throw new IllegalStateException("the compose schema compiler does not handle " + what);
    }
  }

  /** A Java expression for a JSON-like value as the loader keeps it. */
  private static String value(Object v) {
    if (v == null) {
      return "null";
    } else if (v == JSONObject.NULL) {
      return "JSONObject.NULL";
    } else if (v instanceof String s) {
      return literal(s);
    } else if (v instanceof Boolean b) {
      return b ? "Boolean.TRUE" : "Boolean.FALSE";
    } else if (v instanceof Integer i) {
      return "Integer.valueOf(" + i + ")";
    } else if (v instanceof Long l) {
      return "Long.valueOf(" + l + "L)";
    } else if (v instanceof Double d && Double.isFinite(d)) {
      return "Double.valueOf(" + d + ")";
    } else if (v instanceof BigInteger b) {
      return "new BigInteger(" + literal(b.toString()) + ")";
    } else if (v instanceof BigDecimal b) {
      return "new BigDecimal(" + literal(b.toString()) + ")";
    } else if (v instanceof Map<?, ?> m && m.getClass() == java.util.HashMap.class
        || v instanceof LinkedHashMap<?, ?>) {
      StringBuilder sb = new StringBuilder("map(");
      int i = 0;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        sb.append(i++ == 0 ? "" : ", ").append(value(e.getKey())).append(", ");
        sb.append(value(e.getValue()));
      }
      return sb.append(')').toString();
    } else if (v instanceof Collection<?> c && c.isEmpty()) {
      return "new ArrayList<Object>()";
    } else if (v instanceof List<?> c) {
      StringBuilder sb = new StringBuilder("list(");
      int i = 0;
      for (Object item : c) {
        sb.append(i++ == 0 ? "" : ", ").append(value(item));
      }
      return sb.append(')').toString();
    }
    throw new IllegalStateException(
        "the compose schema compiler does not handle the value " + v + " (" + v.getClass() + ")");
  }

  /** A Java string literal; long ones split into a concatenation (javac joins them again). */
  static String literal(String s) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    do {
      int end = Math.min(s.length(), start + CHUNK);
      if (end < s.length()) {
        int space = s.lastIndexOf(' ', end - 1);
        end = space > start + CHUNK / 2 ? space + 1 : end;
      }
      if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
        end--;
      }
      out.append(start == 0 ? "" : " + ").append('"');
      for (int i = start; i < end; i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20 || c > 0x7e) {
              out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
      start = end;
    } while (start < s.length());
    return out.toString();
  }

  private void statement(String head, String argument, String tail) {
    methods.append("    ").append(head).append(argument).append(tail).append('\n');
  }

  private static final List<String> IMPORTS =
      List.of(
          "java.math.BigDecimal",
          "java.math.BigInteger",
          "java.util.ArrayList",
          "java.util.Set",
          "org.everit.json.schema.ArraySchema",
          "org.everit.json.schema.BooleanSchema",
          "org.everit.json.schema.CombinedSchema",
          "org.everit.json.schema.ConditionalSchema",
          "org.everit.json.schema.ConstSchema",
          "org.everit.json.schema.EmptySchema",
          "org.everit.json.schema.EnumSchema",
          "org.everit.json.schema.FalseSchema",
          "org.everit.json.schema.NotSchema",
          "org.everit.json.schema.NullSchema",
          "org.everit.json.schema.NumberSchema",
          "org.everit.json.schema.ObjectSchema",
          "org.everit.json.schema.ReferenceSchema",
          "org.everit.json.schema.Schema",
          "org.everit.json.schema.StringSchema",
          "org.everit.json.schema.TrueSchema",
          "org.json.JSONObject");

  /** The package, the imports the body uses (as google-java-format keeps them), the class. */
  private static String header(String body) {
    StringBuilder out = new StringBuilder("package dev.berth.compose.schema;\n\n");
    for (String name : IMPORTS) {
      String simple = name.substring(name.lastIndexOf('.') + 1);
      if (mentions(CLASS + body, simple)) {
        out.append("import ").append(name).append(";\n");
      }
    }
    return out.append(CLASS).toString();
  }

  /** Whether {@code name} occurs in {@code body} as a whole identifier. */
  private static boolean mentions(String body, String name) {
    for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at == 0 || !Character.isJavaIdentifierPart(body.charAt(at - 1)))
          && (end == body.length() || !Character.isJavaIdentifierPart(body.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static final String CLASS =
      """

      // GENERATED by ComposeSchemaCompiler from compose-schema.json: do not edit. To regenerate:
      // mvn -o test -Dtest=CompiledComposeSchemaTest -Dberth.update=true && mvn -o spotless:apply
      /** berth's Compose schema as everit's loader builds it, built directly (see the compiler). */
      final class CompiledComposeSchema extends SchemaGraphBuilder {
      """;
}
