package dev.berth.rules.compose;

import dev.berth.compose.model.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@code image} reference split into repository, tag and digest, as written: a part given as a
 * variable stays a variable, so {@code app:${TAG}} has a tag.
 */
record ImageRefs(String repository, Optional<String> tag, Optional<String> digest) {

  /** The reference of a service's {@code image}: the text as written when it holds variables. */
  static ImageRefs of(ScalarNode image) {
    return parse(ServiceNodes.interpolated(image) ? image.raw() : image.value());
  }

  static ImageRefs parse(String text) {
    String ref = text.trim();
    Optional<String> digest = Optional.empty();
    List<String> atDigest = ServiceNodes.splitOutsideBraces(ref, '@');
    if (atDigest.size() > 1) {
      ref = atDigest.get(0);
      digest = Optional.of(atDigest.get(atDigest.size() - 1));
    }
    List<String> path = ServiceNodes.splitOutsideBraces(ref, '/');
    String last = path.get(path.size() - 1);
    List<String> nameTag = ServiceNodes.splitOutsideBraces(last, ':');
    if (nameTag.size() < 2) {
      return new ImageRefs(ref, Optional.empty(), digest);
    }
    String tag = nameTag.get(nameTag.size() - 1);
    return new ImageRefs(
        ref.substring(0, ref.length() - tag.length() - 1), Optional.of(tag), digest);
  }

  /**
   * The last path segment of the repository, lower-cased: {@code postgres} of {@code
   * bitnami/postgres}.
   */
  String shortName() {
    String name = repository.substring(repository.lastIndexOf('/') + 1);
    return name.toLowerCase(Locale.ROOT);
  }

  /** True when the name's last segment itself is (or holds) a variable that may carry the tag. */
  boolean lastSegmentVariable() {
    return repository.substring(repository.lastIndexOf('/') + 1).contains("$");
  }
}
