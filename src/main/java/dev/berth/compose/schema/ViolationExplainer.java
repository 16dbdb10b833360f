package dev.berth.compose.schema;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarType;
import dev.berth.compose.model.YamlScalars;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.Spelling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;

/**
 * Turns everit's violations into problems at the offending node, in Compose terms.
 *
 * <ul>
 *   <li>A key the schema does not allow is {@code no-unknown-property} at the key, with the closest
 *       allowed name as a suggestion, or a hint to prefix private data with {@code x-} where the
 *       schema allows extensions. A badly formed name in a map of user-chosen names ({@code
 *       services}, {@code volumes}...) is {@code invalid-schema} at the name.
 *   <li>A failed {@code oneOf}/{@code anyOf} (short vs long syntax) is explained by the branch that
 *       came closest: among the branches whose type matches the value, the one with the fewest
 *       violations (then the deepest); when no branch has the value's type, one problem lists the
 *       types that would do.
 *   <li>{@code uniqueItems} is not everit's to check (see {@link UniqueItems}).
 * </ul>
 */
final class ViolationExplainer {
  private static final String NAME_PATTERN = "^[a-zA-Z0-9._-]+$";

  private static final Map<String, String> RESOURCE_NOUNS =
      Map.of(
          "services", "service",
          "volumes", "volume",
          "networks", "network",
          "secrets", "secret",
          "configs", "config",
          "models", "model");

  /** Re-validation of oneOf branches is bounded, whatever the document. */
  private int budget = 5_000;

  private final SourceText source;
  private final JsonView view;
  private final List<Problem> out;

  ViolationExplainer(SourceText source, JsonView view, List<Problem> out) {
    this.source = source;
    this.view = view;
    this.out = out;
  }

  /** Explains a violation whose pointers are relative to the value at {@code base}. */
  void explain(ValidationException e, String base) {
    Schema violated = e.getViolatedSchema();
    if (violated instanceof CombinedSchema c
        && c.getCriterion() != CombinedSchema.ALL_CRITERION
        && budget > 0) {
      combined(e, c, base);
      return;
    }
    List<ValidationException> causes = e.getCausingExceptions();
    if (!causes.isEmpty()) {
      for (ValidationException cause : causes) {
        explain(cause, base);
      }
      return;
    }
    leaf(e, base);
  }

  private static String absolute(String pointer, String base) {
    String p = pointer == null ? "#" : pointer;
    if (!p.startsWith("#")) {
      p = "#" + (p.startsWith("/") ? p : "/" + p);
    }
    return base + p.substring(1);
  }

  private record Branch(Schema schema, ValidationException failure) {}

  private void combined(ValidationException e, CombinedSchema schema, String base) {
    JsonView.Located at = view.at(absolute(e.getPointerToViolation(), base));
    Object value = at.json();
    List<Branch> failed = new ArrayList<>();
    int matched = 0;
    for (Schema sub : schema.getSubschemas()) {
      budget--;
      try {
        sub.validate(value);
        matched++;
      } catch (ValidationException f) {
        failed.add(new Branch(sub, f));
      }
    }
    if (matched > 0) {
      if (matched > 1 && schema.getCriterion() == CombinedSchema.ONE_CRITERION) {
        report(
            ComposeProblemCodes.INVALID_SCHEMA,
            at,
            span(at),
            path(at)
                + " matches more than one of the forms allowed here; Compose cannot tell"
                + " which one is meant.");
      }
      return;
    }
    List<Branch> typed = new ArrayList<>();
    for (Branch b : failed) {
      if (ComposeTerms.typeMatches(b.schema(), value)) {
        typed.add(b);
      }
    }
    if (typed.isEmpty()) {
      Set<String> expected = new LinkedHashSet<>();
      for (Branch b : failed) {
        expected.addAll(ComposeTerms.expected(b.schema()));
      }
      typeProblem(at, expected);
      return;
    }
    Branch best =
        typed.stream()
            .min(
                Comparator.comparingInt((Branch b) -> b.failure().getViolationCount())
                    .thenComparing(b -> -deepest(b.failure())))
            .orElseThrow();
    explain(best.failure(), at.pointer());
  }

  private static int deepest(ValidationException e) {
    int d =
        SchemaPaths.segments(e.getPointerToViolation() == null ? "#" : e.getPointerToViolation())
            .size();
    for (ValidationException c : e.getCausingExceptions()) {
      d = Math.max(d, deepest(c));
    }
    return d;
  }

  private void leaf(ValidationException e, String base) {
    JsonView.Located at = view.at(absolute(e.getPointerToViolation(), base));
    Schema violated = ComposeTerms.unwrap(e.getViolatedSchema());
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    switch (keyword) {
      case "additionalProperties":
        if (unknownKey(e, at, violated)) {
          return;
        }
        break;
      case "required":
        {
          String name = between(e.getErrorMessage(), "required key [", "] not found");
          if (name != null) {
            report(
                ComposeProblemCodes.INVALID_SCHEMA,
                at,
                at.key().map(ScalarNode::span).orElse(span(at)),
                path(at) + " is missing the required key `" + name + "`; add it.");
            return;
          }
          break;
        }
      case "type":
        typeProblem(at, ComposeTerms.expected(violated));
        return;
      case "enum":
      case "const":
        {
          Set<String> expected = ComposeTerms.expected(violated);
          report(
              ComposeProblemCodes.INVALID_SCHEMA,
              at,
              span(at),
              path(at)
                  + " must be "
                  + ComposeTerms.or(expected)
                  + ", but it is "
                  + ComposeTerms.describe(at.node())
                  + ".");
          return;
        }
      case "pattern":
        if (violated instanceof StringSchema s && s.getPattern() != null) {
          report(
              ComposeProblemCodes.INVALID_SCHEMA,
              at,
              span(at),
              path(at)
                  + " is "
                  + ComposeTerms.describe(at.node())
                  + ", which does not match the pattern `"
                  + s.getPattern().pattern()
                  + "` Compose requires.");
          return;
        }
        break;
      case "minimum":
      case "exclusiveMinimum":
      case "maximum":
      case "exclusiveMaximum":
        if (violated instanceof NumberSchema n) {
          report(
              ComposeProblemCodes.INVALID_SCHEMA,
              at,
              span(at),
              path(at)
                  + " must be "
                  + bound(n, keyword)
                  + ", but it is "
                  + ComposeTerms.describe(at.node())
                  + ".");
          return;
        }
        break;
      default:
        break;
    }
    report(
        ComposeProblemCodes.INVALID_SCHEMA,
        at,
        span(at),
        path(at) + ": " + ComposeTerms.humanize(e.getErrorMessage()) + ".");
  }

  private static String bound(NumberSchema n, String keyword) {
    switch (keyword) {
      case "minimum":
        return "at least " + n.getMinimum();
      case "exclusiveMinimum":
        return "more than "
            + (n.getExclusiveMinimumLimit() != null
                ? n.getExclusiveMinimumLimit()
                : n.getMinimum());
      case "maximum":
        return "at most " + n.getMaximum();
      default:
        return "less than "
            + (n.getExclusiveMaximumLimit() != null
                ? n.getExclusiveMaximumLimit()
                : n.getMaximum());
    }
  }

  private void typeProblem(JsonView.Located at, Set<String> expected) {
    StringBuilder msg =
        new StringBuilder(path(at))
            .append(" must be ")
            .append(ComposeTerms.or(expected))
            .append(", but it is ")
            .append(ComposeTerms.describe(at.node()))
            .append('.');
    if (at.node() instanceof ScalarNode s) {
      if (expected.equals(Set.of("a string"))
          && (s.type() == ScalarType.INTEGER
              || s.type() == ScalarType.FLOAT
              || s.type() == ScalarType.BOOLEAN)) {
        msg.append(" Quote it to make it a string: \"").append(s.raw()).append("\".");
      } else if (s.type() == ScalarType.STRING
          && !s.isPlain()
          && YamlScalars.resolvePlain(s.raw().isEmpty() ? "x" : s.raw()) != ScalarType.STRING
          && !expected.contains("a string")) {
        msg.append(" Remove the quotes.");
      }
    }
    report(ComposeProblemCodes.INVALID_SCHEMA, at, span(at), msg.toString());
  }

  /**
   * Reports an additionalProperties violation at the key; false if it cannot be placed. (everit's
   * only public view of the pattern properties is deprecated, not replaced.)
   */
  @SuppressWarnings("deprecation")
  private boolean unknownKey(ValidationException e, JsonView.Located at, Schema violated) {
    String key = between(e.getErrorMessage(), "extraneous key [", "] is not permitted");
    if (key == null || !(violated instanceof ObjectSchema object)) {
      return false;
    }
    Optional<MapNode.Entry> entry =
        at.node() instanceof MapNode map ? map.entry(key) : Optional.empty();
    Span span = entry.map(en -> en.key().span()).orElse(span(at));
    Set<String> names = object.getPropertySchemas().keySet();
    boolean allowsExtensions = false;
    List<String> namePatterns = new ArrayList<>();
    for (Pattern p : object.getPatternProperties().keySet()) {
      if (p.pattern().equals("^x-")) {
        allowsExtensions = true;
      } else {
        namePatterns.add(p.pattern());
      }
    }
    String where = at.pointer().equals("#") ? "at the top level" : "in " + path(at);
    String via =
        entry
            .flatMap(
                en ->
                    en.key()
                        .alias()
                        .map(
                            a ->
                                (en.merged() ? " (merged" : " (")
                                    + " through the alias at line "
                                    + source.line(a.start())
                                    + ")"))
            .orElse("");
    if (names.isEmpty() && !namePatterns.isEmpty()) {
      String noun = RESOURCE_NOUNS.getOrDefault(SchemaPaths.last(at.pointer()), "entry");
      String rule =
          namePatterns.size() == 1 && namePatterns.get(0).equals(NAME_PATTERN)
              ? "names may contain only letters, digits, `.`, `_` and `-`"
              : "names must match `" + String.join("` or `", namePatterns) + "`";
      out.add(
          new Problem(
              ComposeProblemCodes.INVALID_SCHEMA,
              Level.ERROR,
              span,
              "`" + key + "` is not a valid " + noun + " name " + where + via + ": " + rule + "."));
      return true;
    }
    String message;
    if (key.startsWith("x-") && !allowsExtensions) {
      message =
          "Extension key `"
              + key
              + "` is not allowed "
              + where
              + via
              + "; Compose accepts `x-` keys only in some places. Move it to the top level or into"
              + " the service.";
    } else {
      Optional<String> suggestion = Spelling.closest(key, names, key.length() <= 3 ? 1 : 2);
      StringBuilder sb =
          new StringBuilder("Unknown key `").append(key).append("` ").append(where).append(via);
      if (suggestion.isPresent()) {
        sb.append("; did you mean `").append(suggestion.get()).append("`?");
      } else if (allowsExtensions) {
        sb.append(
            "; Compose does not know it. Check the spelling and the indentation, or prefix it with"
                + " `x-` if it is your own data.");
      } else {
        sb.append("; Compose does not know it here. Check the spelling and the indentation.");
      }
      message = sb.toString();
    }
    out.add(new Problem(ComposeProblemCodes.NO_UNKNOWN_PROPERTY, Level.ERROR, span, message));
    return true;
  }

  private static String between(String text, String before, String after) {
    if (text == null) {
      return null;
    }
    int s = text.indexOf(before);
    int e = text.lastIndexOf(after);
    if (s < 0 || e < s + before.length()) {
      return null;
    }
    return text.substring(s + before.length(), e);
  }

  private String path(JsonView.Located at) {
    String p = SchemaPaths.display(at.pointer(), view);
    return p.equals("the top level") ? "The top level" : "`" + p + "`";
  }

  /** Where to report a value: its span, or its key's when the value has no text (null). */
  private static Span span(JsonView.Located at) {
    Span s = at.node().span();
    if (s.isEmpty() && at.key().isPresent()) {
      return at.key().get().span();
    }
    return s;
  }

  private void report(String code, JsonView.Located at, Span span, String message) {
    Node node = at.node();
    String via =
        node.alias()
            .map(a -> " (This value comes from the alias at line " + source.line(a.start()) + ".)")
            .orElse("");
    out.add(new Problem(code, Level.ERROR, span, message + via));
  }
}
