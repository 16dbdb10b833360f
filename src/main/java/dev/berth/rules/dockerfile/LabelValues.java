package dev.berth.rules.dockerfile;

import dev.berth.api.DockerfileContext;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Label;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The label schema of the settings ({@code label-schema}, {@code --require-label}) applied to the
 * LABEL instructions: which labels are checked, and the value types hadolint defines.
 */
final class LabelValues {
  private LabelValues() {}

  /** A label of a LABEL instruction: its key and value as BuildKit reads them. */
  record Pair(KeyValue pair, String key, Optional<String> value) {}

  /** Every label the file's LABEL instructions set (ONBUILD triggers not included). */
  static java.util.List<Pair> pairs(DockerfileContext ctx) {
    java.util.List<Pair> out = new java.util.ArrayList<>();
    for (Label l : ctx.model().instructions(Label.class)) {
      for (KeyValue kv : l.pairs()) {
        Optional<String> key = Values.of(ctx, l, kv.key());
        if (key.isPresent()) {
          out.add(new Pair(kv, key.get(), Values.of(ctx, l, kv.value())));
        }
      }
    }
    return out;
  }

  /**
   * Reports the labels whose schema type is {@code type} and whose non-empty value fails {@code
   * valid}; {@code expected} says what the value should be. Values written with variables are not
   * judged: such labels are filled with build arguments, and their defaults are placeholders.
   */
  static void check(DockerfileContext ctx, String type, Predicate<String> valid, String expected) {
    for (Pair p : pairs(ctx)) {
      if (!type.equals(ctx.settings().labelSchema().get(p.key()))
          || p.pair().value().text().indexOf('$') >= 0
          || p.value().isEmpty()
          || p.value().get().isEmpty()
          || valid.test(p.value().get())) {
        continue;
      }
      ctx.report(
          p.pair().value().span(),
          "Label "
              + p.key()
              + " is '"
              + p.value().get()
              + "', which is not "
              + expected
              + " as the label schema requires");
    }
  }

  static boolean isUrl(String v) {
    try {
      URI uri = new URI(v);
      return uri.isAbsolute() && !uri.getSchemeSpecificPart().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static final Pattern RFC3339 =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d++)?(?:[Zz]|[+-]\\d{2}:\\d{2})");

  static boolean isRfc3339(String v) {
    if (!RFC3339.matcher(v).matches()) {
      return false;
    }
    String iso = v.replace(' ', 'T').replace('t', 'T').replace('z', 'Z');
    try {
      OffsetDateTime.parse(iso);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static final Pattern GIT_HASH = Pattern.compile("[0-9a-f]{7}|[0-9a-f]{40}");

  static boolean isGitHash(String v) {
    return GIT_HASH.matcher(v).matches();
  }

  private static final Pattern SEMVER =
      Pattern.compile(
          "(?:0|[1-9]\\d*+)\\.(?:0|[1-9]\\d*+)\\.(?:0|[1-9]\\d*+)"
              + "(?:-(?:0|[1-9]\\d*+|\\d*+[a-zA-Z-][0-9a-zA-Z-]*+)"
              + "(?:\\.(?:0|[1-9]\\d*+|\\d*+[a-zA-Z-][0-9a-zA-Z-]*+))*+)?"
              + "(?:\\+[0-9a-zA-Z-]++(?:\\.[0-9a-zA-Z-]++)*+)?");

  static boolean isSemver(String v) {
    return SEMVER.matcher(v).matches();
  }

  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]++";
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?:"
              + ATOM
              + "(?:\\."
              + ATOM
              + ")*+|\"(?:[^\"\\\\]|\\\\.)*+\")@(?:"
              + ATOM
              + "(?:\\."
              + ATOM
              + ")*+|\\[[^\\[\\]\\\\]*+])");

  /** An RFC 5322 address specification ({@code local@domain}), without display name. */
  static boolean isEmail(String v) {
    return EMAIL.matcher(v).matches();
  }

  private static final Set<String> SPDX = loadSpdx();

  /** A single SPDX license identifier, compared case-insensitively; expressions are not ids. */
  static boolean isSpdx(String v) {
    return SPDX.contains(v.toLowerCase(Locale.ROOT));
  }

  private static Set<String> loadSpdx() {
    Set<String> ids = new HashSet<>();
    try (InputStream in = LabelValues.class.getResourceAsStream("spdx-license-ids.txt");
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    java.util.Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          ids.add(line.trim().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(ids);
  }
}
