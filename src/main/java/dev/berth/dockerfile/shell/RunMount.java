package dev.berth.dockerfile.shell;

import dev.berth.core.GoText;
import dev.berth.core.Span;
import dev.berth.core.Utf8;
import dev.berth.dockerfile.model.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code RUN --mount=...} flag read into its comma-separated fields ({@code type}, {@code
 * target}/{@code dst}/{@code destination}, {@code source}/{@code src}, {@code from}, {@code id},
 * {@code sharing}, {@code mode}, {@code uid}, {@code gid}, {@code readonly}/{@code ro}, {@code
 * required}, {@code size}, {@code env}...), each with its span. Keys are compared lower-cased, as
 * BuildKit does. A field's spans are exact when the flag is written without quotes or escapes;
 * otherwise they are the whole flag's.
 */
public record RunMount(Flag flag, List<Field> fields) {

  /**
   * One {@code key=value} field (or a bare {@code key}): the key lower-cased, the value, and spans
   * of the whole field, the key and the value.
   */
  public record Field(String key, Optional<String> value, Span span, Span keySpan, Span valueSpan) {
    public String valueOr(String otherwise) {
      return value.orElse(otherwise);
    }
  }

  /** Reads a {@code --mount} flag; other flags and a mount with no value give empty. */
  public static Optional<RunMount> of(Flag flag) {
    if (!flag.name().equals("mount") || flag.value().isEmpty()) {
      return Optional.empty();
    }
    String value = flag.value().get();
    String raw = flag.raw();
    int prefix = raw.indexOf('=');
    boolean exact = prefix >= 0 && raw.substring(prefix + 1).equals(value);
    int[] offsets = new int[value.length() + 1];
    int off =
        flag.span().start() + (prefix < 0 ? 0 : Utf8.encode(raw.substring(0, prefix + 1)).length);
    for (int i = 0; i < value.length(); i++) {
      offsets[i] = off;
      char c = value.charAt(i);
      off +=
          Character.isHighSurrogate(c)
              ? 4
              : Character.isLowSurrogate(c) ? 0 : Utf8.encode(String.valueOf(c)).length;
    }
    offsets[value.length()] = off;
    List<Field> fields = new ArrayList<>();
    int start = 0;
    while (start <= value.length()) {
      int comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      if (end > start) {
        String field = value.substring(start, end);
        int eq = field.indexOf('=');
        String key = GoText.toLower((eq < 0 ? field : field.substring(0, eq)).strip());
        Optional<String> v = eq < 0 ? Optional.empty() : Optional.of(field.substring(eq + 1));
        Span whole = exact ? new Span(offsets[start], offsets[end]) : flag.span();
        Span keySpan =
            exact ? new Span(offsets[start], offsets[eq < 0 ? end : start + eq]) : flag.span();
        Span valueSpan =
            exact ? new Span(offsets[eq < 0 ? end : start + eq + 1], offsets[end]) : flag.span();
        fields.add(new Field(key, v, whole, keySpan, valueSpan));
      }
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    return Optional.of(new RunMount(flag, List.copyOf(fields)));
  }

  /** The last field with one of these keys (BuildKit keeps the last). */
  public Optional<Field> field(String... keys) {
    Field found = null;
    for (Field f : fields) {
      for (String k : keys) {
        if (f.key().equals(k)) {
          found = f;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** The mount type, lower-cased; {@code bind} when not given. */
  public String type() {
    return field("type").flatMap(Field::value).map(GoText::toLower).orElse("bind");
  }

  /** The mount point ({@code target}, {@code dst} or {@code destination}), as written. */
  public Optional<String> target() {
    return field("target", "dst", "destination").flatMap(Field::value);
  }

  public Optional<String> source() {
    return field("source", "src").flatMap(Field::value);
  }

  public Optional<String> from() {
    return field("from").flatMap(Field::value);
  }

  public Optional<String> id() {
    return field("id").flatMap(Field::value);
  }

  /** True for a cache or tmpfs mount: what the build writes there stays out of the image. */
  public boolean keepsOutOfImage() {
    String type = type();
    return type.equals("cache") || type.equals("tmpfs");
  }

  /** The {@code --mount} flags of an instruction, read. */
  public static List<RunMount> all(List<Flag> flags) {
    List<RunMount> out = new ArrayList<>();
    for (Flag f : flags) {
      of(f).ifPresent(out::add);
    }
    return List.copyOf(out);
  }
}
