package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference ({@code FROM} image, {@code COPY --from} image, mount {@code from=})
 * split the way Docker's {@code distribution/reference} splits it: an optional registry, a
 * repository path, an optional tag and an optional digest.
 *
 * <p>The first path component is the registry when it contains {@code .} or {@code :}, is {@code
 * localhost}, or has upper-case letters; otherwise the registry is {@code docker.io} and a
 * one-component path gets {@code library/} in front ({@link #repository()}). {@code text} is the
 * value judged: for a reference written with variables, the value they expand to. Each part keeps
 * its span in the file; when the written text differs from the value (quotes, variables,
 * continuations), every part's span is the span of the whole reference.
 *
 * <p>A reference that breaks the grammar keeps what could be split and an {@link #error()}, the
 * message BuildKit would fail with at build time.
 */
public record ImageReference(
    String text,
    Span span,
    Optional<Part> registry,
    Part path,
    Optional<Part> tag,
    Optional<Part> digest,
    Optional<String> error) {

  /** A piece of the reference and where it is written. */
  public record Part(String text, Span span) {}

  public static final String DEFAULT_REGISTRY = "docker.io";

  /** The name of the empty base image, which is no image. */
  public static final String SCRATCH = "scratch";

  // Possessive forms of distribution/reference's expressions: the same matches, in linear time.
  private static final Pattern COMPONENT =
      Pattern.compile("[a-z0-9]++(?:(?:[._]|__|-++)[a-z0-9]++)*+");
  private static final String LABEL = "[a-zA-Z0-9]++(?:-++[a-zA-Z0-9]++)*+";
  private static final Pattern DOMAIN =
      Pattern.compile("(?:" + LABEL + "(?:\\." + LABEL + ")*+|\\[[a-fA-F0-9:]++])(?::[0-9]++)?");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*+(?:[-_+.][A-Za-z][A-Za-z0-9]*+)*+:[0-9a-fA-F]{32,}");
  private static final int MAX_NAME = 255;

  /**
   * Splits {@code value}, written at {@code span}; {@code raw} is the text as written there. Part
   * spans are exact only when {@code raw} equals {@code value} and is ASCII.
   */
  public static ImageReference parse(String value, Span span, String raw) {
    boolean exact = raw.equals(value) && raw.chars().allMatch(c -> c < 0x80);
    Splitter s = new Splitter(value, span, exact);
    String rest = value;
    Optional<Part> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(s.part(at + 1, rest.length()));
      rest = rest.substring(0, at);
    }
    Optional<Part> tag = Optional.empty();
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = Optional.of(s.part(colon + 1, rest.length()));
      rest = rest.substring(0, colon);
    }
    Optional<Part> registry = Optional.empty();
    int pathStart = 0;
    int slash = rest.indexOf('/');
    if (slash >= 0 && isRegistry(rest.substring(0, slash))) {
      registry = Optional.of(s.part(0, slash));
      pathStart = slash + 1;
    }
    Part path = s.part(pathStart, rest.length());
    Optional<String> error = validate(rest, registry, path, tag, digest);
    return new ImageReference(value, span, registry, path, tag, digest, error);
  }

  /** Parses a word whose value is its text (no variables to expand). */
  public static ImageReference parse(Word word) {
    return parse(word.text(), word.span(), word.raw());
  }

  /** distribution/reference's test for a first path component that names a registry. */
  private static boolean isRegistry(String component) {
    return component.indexOf('.') >= 0
        || component.indexOf(':') >= 0
        || component.equals("localhost")
        || !component.toLowerCase(java.util.Locale.ROOT).equals(component);
  }

  private static Optional<String> validate(
      String name, Optional<Part> registry, Part path, Optional<Part> tag, Optional<Part> digest) {
    if (name.isEmpty()) {
      return Optional.of("the image name is empty");
    }
    if (registry.isPresent() && !DOMAIN.matcher(registry.get().text()).matches()) {
      return Optional.of("'" + registry.get().text() + "' is not a valid registry host");
    }
    String p = path.text();
    if (!p.toLowerCase(java.util.Locale.ROOT).equals(p)) {
      return Optional.of("the repository name '" + p + "' must be lower case");
    }
    for (String component : p.split("/", -1)) {
      if (!COMPONENT.matcher(component).matches()) {
        return Optional.of("'" + p + "' is not a valid repository name");
      }
    }
    if (name.length() > MAX_NAME) {
      return Optional.of("the repository name is longer than " + MAX_NAME + " characters");
    }
    if (tag.isPresent() && !TAG.matcher(tag.get().text()).matches()) {
      return Optional.of("'" + tag.get().text() + "' is not a valid tag");
    }
    if (digest.isPresent() && !validDigest(digest.get().text())) {
      return Optional.of("'" + digest.get().text() + "' is not a valid digest");
    }
    return Optional.empty();
  }

  private static boolean validDigest(String d) {
    if (!DIGEST.matcher(d).matches()) {
      return false;
    }
    int colon = d.indexOf(':');
    String algorithm = d.substring(0, colon);
    String hex = d.substring(colon + 1);
    int expected =
        switch (algorithm) {
          case "sha256" -> 64;
          case "sha384" -> 96;
          case "sha512" -> 128;
          default -> -1;
        };
    return expected == hex.length() && hex.chars().noneMatch(c -> c >= 'A' && c <= 'F');
  }

  /** The registry host: the one written, else {@code docker.io} ({@code index.docker.io} too). */
  public String domain() {
    String d = registry.map(Part::text).orElse(DEFAULT_REGISTRY);
    return d.equals("index.docker.io") ? DEFAULT_REGISTRY : d;
  }

  /** Whether the registry is implicit ({@code ubuntu}, {@code user/app}). */
  public boolean hasImplicitRegistry() {
    return registry.isEmpty();
  }

  /** The full repository: {@code docker.io/library/ubuntu} for {@code ubuntu}. */
  public String repository() {
    String d = domain();
    String p = path.text();
    if (d.equals(DEFAULT_REGISTRY) && p.indexOf('/') < 0) {
      p = "library/" + p;
    }
    return d + "/" + p;
  }

  /** {@code scratch}: the empty image, which has no tag. */
  public boolean isScratch() {
    return registry.isEmpty() && tag.isEmpty() && digest.isEmpty() && path.text().equals(SCRATCH);
  }

  public boolean isValid() {
    return error.isEmpty();
  }

  /** Computes the parts' spans. */
  private record Splitter(String value, Span whole, boolean exact) {
    Part part(int from, int to) {
      String text = value.substring(from, to);
      return new Part(text, exact ? Span.of(whole.start() + from, whole.start() + to) : whole);
    }
  }
}
