package dev.berth.dockerfile.model;

import dev.berth.core.GoText;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a Dockerfile's stages relate: each stage's base (an earlier stage named in its {@code FROM},
 * or an image), the stages used as a base or as a {@code COPY --from} / mount {@code from=} source,
 * and the final stage. Stage names are compared lower-cased, as BuildKit does. Computed once per
 * file; rules get it from their context.
 *
 * <p>Values written with variables ({@code FROM ${BASE}}, {@code COPY --from=$STAGE}) are judged by
 * what they expand to with the ARG (and, in a stage, ENV) values known before them: the defaults,
 * since no build argument is given. A value that uses a variable with no known value is {@link
 * Value#complete() incomplete}; rules should not judge it.
 */
public final class StageGraph {
  /** Expands the variables of a value written in an instruction, as BuildKit would. */
  @FunctionalInterface
  public interface Expander {
    /**
     * The expanded text and whether every variable it uses has a known value; empty when the text
     * is not valid (an unterminated {@code ${}) or too large to expand.
     */
    Optional<Value> expand(Instruction at, String text);

    /** Takes every text literally: for a file without variables, or for tests. */
    Expander LITERAL = (at, text) -> Optional.of(new Value(text, true));
  }

  /** A value after expansion; {@code complete} is false when some variable had no known value. */
  public record Value(String text, boolean complete) {}

  /**
   * The base of a stage, as its {@code FROM} names it: {@code word} as written, its expanded {@code
   * value}, the earlier stage it names ({@code parent}), else the image {@code reference} it names.
   * A stage whose value is incomplete has neither.
   */
  public record Base(
      Word word, Optional<Value> value, Optional<Stage> parent, Optional<ImageReference> image) {}

  /** What a {@code COPY --from} or mount {@code from=} value names. */
  public enum Target {
    /** An earlier stage, by name or index. */
    STAGE,
    /** The stage the instruction is in. */
    SELF,
    /** A stage defined later in the file. */
    LATER_STAGE,
    /** A number that is no stage index. */
    BAD_INDEX,
    /** An image reference. */
    IMAGE,
    /** A value with variables whose values are not known. */
    UNKNOWN
  }

  /**
   * A reference to another stage or an image: where it is written, in which stage, its expanded
   * value and what it names. {@code stage} is set for STAGE, SELF and LATER_STAGE, {@code image}
   * for IMAGE.
   */
  public record Reference(
      Instruction instruction,
      Stage in,
      Span span,
      String written,
      Optional<Value> value,
      Target target,
      Optional<Stage> stage,
      Optional<ImageReference> image) {
    /** Whether the value is a stage index ({@code --from=0}). */
    public boolean isIndex() {
      return value.map(v -> isNumber(v.text())).orElse(false);
    }
  }

  private final Dockerfile file;
  private final Map<Stage, Base> bases = new IdentityHashMap<>();
  private final Map<String, Stage> byName = new HashMap<>();
  private final List<Reference> references = new ArrayList<>();
  private final Map<Stage, List<Stage>> children = new IdentityHashMap<>();
  private final Map<Stage, List<Reference>> copiedFrom = new IdentityHashMap<>();
  private final Map<Instruction, Stage> stageOf = new IdentityHashMap<>();

  private StageGraph(Dockerfile file) {
    this.file = file;
  }

  /** Builds the graph of {@code file}, expanding variables with {@code expander}. */
  public static StageGraph of(Dockerfile file, Expander expander) {
    StageGraph g = new StageGraph(file);
    g.build(expander);
    return g;
  }

  private void build(Expander expander) {
    // plain ifs, not ifPresent with lambdas: every run's first lint pays a bootstrap per lambda
    Map<String, Stage> earlier = new LinkedHashMap<>();
    for (Stage s : file.stages()) {
      if (s.normalizedName().isPresent()) {
        byName.putIfAbsent(s.normalizedName().get(), s);
      }
      if (s.from().isPresent()) {
        stageOf.put(s.from().get(), s);
      }
      for (Instruction i : s.instructions()) {
        stageOf.put(i, s);
      }
    }
    for (Stage s : file.stages()) {
      if (s.from().isPresent() && s.from().get().image().isPresent()) {
        From from = s.from().get();
        Word word = from.image().get();
        Optional<Value> value = expander.expand(from, word.text());
        Optional<Stage> parent = Optional.empty();
        Optional<ImageReference> image = Optional.empty();
        if (value.isPresent() && value.get().complete()) {
          parent = Optional.ofNullable(earlier.get(GoText.toLower(value.get().text())));
          if (parent.isEmpty()) {
            image = Optional.of(ImageReference.parse(value.get().text(), word.span(), word.raw()));
          }
        }
        bases.put(s, new Base(word, value, parent, image));
        if (parent.isPresent()) {
          List<Stage> siblings = children.get(parent.get());
          if (siblings == null) {
            siblings = new ArrayList<>();
            children.put(parent.get(), siblings);
          }
          siblings.add(s);
        }
      }
      for (Instruction i : s.instructions()) {
        for (Flag f : i.flags()) {
          Optional<Located> v = fromValue(i, f);
          if (v.isPresent()) {
            reference(s, i, v.get(), expander);
          }
        }
      }
      if (s.normalizedName().isPresent()) {
        earlier.putIfAbsent(s.normalizedName().get(), s);
      }
    }
  }

  /** A value of another stage or image in a flag: {@code COPY --from=x}, {@code --mount=from=x}. */
  private static Optional<Located> fromValue(Instruction i, Flag f) {
    if (f.value().isEmpty()) {
      return Optional.empty();
    }
    if (f.name().equals("from") && i instanceof Transfer) {
      return Optional.of(located(f, f.value().get(), f.raw().indexOf('=') + 1));
    }
    if (f.name().equals("mount") && i instanceof Run) {
      for (String field : f.value().get().split(",", -1)) {
        int eq = field.indexOf('=');
        if (eq > 0 && GoText.toLower(field.substring(0, eq).trim()).equals("from")) {
          String value = field.substring(eq + 1);
          return Optional.of(located(f, value, f.raw().indexOf(field) + eq + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The value's own span when the flag is written plainly at {@code at}, else the flag's. */
  private static Located located(Flag f, String value, int at) {
    boolean plain = f.raw().equals(f.text()) && f.raw().chars().allMatch(c -> c < 0x80) && at > 0;
    if (plain && f.raw().startsWith(value, at)) {
      int start = f.span().start() + at;
      return new Located(value, Span.of(start, start + value.length()), value);
    }
    return new Located(value, f.span(), f.raw());
  }

  /** A value in a flag: its text, where it is, and its source there (the flag's when not plain). */
  private record Located(String text, Span span, String raw) {}

  private void reference(Stage in, Instruction i, Located written, Expander expander) {
    Optional<Value> value = expander.expand(i, written.text());
    Target target = Target.UNKNOWN;
    Optional<Stage> stage = Optional.empty();
    Optional<ImageReference> image = Optional.empty();
    if (value.isPresent() && value.get().complete()) {
      String v = value.get().text();
      Optional<Stage> named = Optional.ofNullable(byName.get(GoText.toLower(v)));
      if (named.isEmpty() && isNumber(v)) {
        named = stage(v);
        target = named.isEmpty() ? Target.BAD_INDEX : target;
      }
      if (named.isPresent()) {
        stage = named;
        int cmp = Integer.compare(named.get().index(), in.index());
        target = cmp < 0 ? Target.STAGE : cmp == 0 ? Target.SELF : Target.LATER_STAGE;
        copiedFrom.computeIfAbsent(named.get(), k -> new ArrayList<>());
      } else if (target != Target.BAD_INDEX) {
        target = Target.IMAGE;
        image = Optional.of(ImageReference.parse(v, written.span(), written.raw()));
      }
    }
    Reference r = new Reference(i, in, written.span(), written.text(), value, target, stage, image);
    references.add(r);
    stage.ifPresent(s -> copiedFrom.get(s).add(r));
  }

  private Optional<Stage> stage(String index) {
    try {
      int n = Integer.parseInt(index);
      return n < file.stages().size() ? Optional.of(file.stages().get(n)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The stages in file order (one implicit stage for a fragment without FROM). */
  public List<Stage> stages() {
    return file.stages();
  }

  /** The last stage, the one {@code docker build} builds without {@code --target}. */
  public Optional<Stage> finalStage() {
    List<Stage> all = file.stages();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public boolean isFinal(Stage s) {
    return finalStage().map(f -> f == s).orElse(false);
  }

  /** The first stage with this name, compared lower-cased. */
  public Optional<Stage> byName(String name) {
    return Optional.ofNullable(byName.get(GoText.toLower(name)));
  }

  /** The stage an instruction (a FROM or an instruction of the stage) belongs to. */
  public Optional<Stage> stageOf(Instruction i) {
    return Optional.ofNullable(stageOf.get(i));
  }

  /** The base of a stage; empty for the implicit stage and a FROM without image. */
  public Optional<Base> base(Stage s) {
    return Optional.ofNullable(bases.get(s));
  }

  /** The bases that name an image (not a stage), in file order. */
  public List<Base> imageBases() {
    List<Base> out = new ArrayList<>();
    for (Stage s : file.stages()) {
      base(s).filter(b -> b.image().isPresent()).ifPresent(out::add);
    }
    return out;
  }

  /** The earlier stage this stage is built on ({@code FROM build AS test}). */
  public Optional<Stage> parent(Stage s) {
    return base(s).flatMap(Base::parent);
  }

  /** The stage and the stages it is built on, nearest first. */
  public List<Stage> chain(Stage s) {
    List<Stage> out = new ArrayList<>();
    for (Optional<Stage> c = Optional.of(s); c.isPresent(); c = parent(c.get())) {
      out.add(c.get());
    }
    return out;
  }

  /** The stages built on this one. */
  public List<Stage> children(Stage s) {
    return List.copyOf(children.getOrDefault(s, List.of()));
  }

  public boolean isUsedAsBase(Stage s) {
    return children.containsKey(s);
  }

  /** Whether a {@code COPY --from} or a mount {@code from=} reads from this stage. */
  public boolean isCopiedFrom(Stage s) {
    return copiedFrom.containsKey(s);
  }

  /** The {@code --from} and mount {@code from=} values of the file, in file order. */
  public List<Reference> references() {
    return List.copyOf(references);
  }
}
