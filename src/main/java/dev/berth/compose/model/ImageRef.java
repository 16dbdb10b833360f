package dev.berth.compose.model;

import java.util.Optional;

/**
 * A service's {@code image}, split as a Docker reference: {@code
 * [REGISTRY/]REPOSITORY[:TAG][@DIGEST]}. The first path component is the registry when it has a
 * {@code .} or a {@code :}, or is {@code localhost}. Each part keeps its span.
 */
public record ImageRef(
    SpannedText text,
    Optional<SpannedText> registry,
    SpannedText repository,
    Optional<SpannedText> tag,
    Optional<SpannedText> digest) {

  static ImageRef parse(ScalarText s) {
    String v = s.node().value();
    int at = v.indexOf('@');
    int nameEnd = at < 0 ? v.length() : at;
    Optional<SpannedText> digest =
        at < 0 ? Optional.empty() : Optional.of(s.part(at + 1, v.length()));
    int lastSlash = v.lastIndexOf('/', nameEnd - 1);
    int colon = v.indexOf(':', lastSlash + 1);
    Optional<SpannedText> tag = Optional.empty();
    int repoEnd = nameEnd;
    if (colon >= 0 && colon < nameEnd) {
      tag = Optional.of(s.part(colon + 1, nameEnd));
      repoEnd = colon;
    }
    int firstSlash = v.indexOf('/');
    Optional<SpannedText> registry = Optional.empty();
    int repoStart = 0;
    if (firstSlash >= 0 && firstSlash < repoEnd) {
      String first = v.substring(0, firstSlash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = Optional.of(s.part(0, firstSlash));
        repoStart = firstSlash + 1;
      }
    }
    return new ImageRef(s.whole(), registry, s.part(repoStart, repoEnd), tag, digest);
  }
}
