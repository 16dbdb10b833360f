package dev.berth.compose.schema;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;

/**
 * Validates a loaded compose file against a Compose JSON schema and reports every violation at the
 * node it is about (see {@link ViolationExplainer}). Never throws.
 *
 * <p>A file without a mapping root (not loaded, empty, a list) or in the legacy v1 format is not
 * validated: the loader already reported why, and schema errors would only repeat it.
 */
public final class ComposeSchemaValidation {
  private ComposeSchemaValidation() {}

  /** Collects every violation instead of stopping at the first (not {@code failEarly}). */
  private static final Validator ALL_VIOLATIONS = Validator.builder().build();

  /** Validates with berth's bundled schema. */
  public static ComposeFile validate(ComposeFile file) {
    Optional<ComposeSchema> schema = ComposeSchema.bundled();
    return schema.isPresent() ? validate(file, schema.get()) : file;
  }

  /** The file with the schema's problems added to its own, in file order. */
  public static ComposeFile validate(ComposeFile file, ComposeSchema schema) {
    List<Problem> found = problems(file, schema);
    if (found.isEmpty()) {
      return file;
    }
    LinkedHashSet<Problem> all = new LinkedHashSet<>(file.problems());
    all.addAll(found);
    List<Problem> sorted = new ArrayList<>(all);
    sorted.sort(
        Comparator.comparing(Problem::span)
            .thenComparing(Problem::code)
            .thenComparing(Problem::message));
    return new ComposeFile(file.source(), file.root(), List.copyOf(sorted));
  }

  /** Only the schema's problems. */
  public static List<Problem> problems(ComposeFile file, ComposeSchema schema) {
    if (!(file.root().orElse(null) instanceof MapNode root)) {
      return List.of();
    }
    for (Problem p : file.problems()) {
      if (p.code().equals(ComposeProblemCodes.NO_LEGACY_V1_FORMAT)) {
        return List.of();
      }
    }
    List<Problem> out = new ArrayList<>();
    try {
      JsonView view = new JsonView(root);
      try {
        ALL_VIOLATIONS.performValidation(schema.everit(), view.root());
      } catch (ValidationException e) {
        new ViolationExplainer(file.source(), view, out).explain(e, "#");
      }
      UniqueItems.check(view, schema.uniqueLists(), out);
    } catch (RuntimeException | StackOverflowError e) {
      out.add(
          new Problem(
              ComposeProblemCodes.INVALID_SCHEMA,
              Level.ERROR,
              Span.empty(0),
              "berth could not validate this file against the Compose schema because of an"
                  + " internal error ("
                  + e
                  + "); please report it."));
    }
    return out;
  }
}
