package dev.berth.compose.model;

import java.util.Optional;

/**
 * A {@code devices} entry: short syntax {@code HOST[:CONTAINER[:PERMISSIONS]]} as compose-go reads
 * it (the container path defaults to the host path, permissions to {@code rwm}), a CDI device name
 * such as {@code vendor.com/gpu=all}, or long syntax. {@code error} is set when Compose or the
 * Engine would refuse it.
 */
public record Device(
    Node node,
    boolean longSyntax,
    Optional<SpannedText> source,
    Optional<SpannedText> target,
    Optional<SpannedText> permissions,
    Optional<SyntaxError> error) {

  /** Whether the entry names a CDI device rather than a path. */
  public boolean isCdi() {
    return source.map(s -> !s.value().startsWith("/") && s.value().contains("=")).orElse(false);
  }

  static Device parse(ScalarText s) {
    String v = s.node().value();
    boolean checkable = !s.node().raw().contains("$");
    int c1 = v.indexOf(':');
    int c2 = c1 < 0 ? -1 : v.indexOf(':', c1 + 1);
    int c3 = c2 < 0 ? -1 : v.indexOf(':', c2 + 1);
    SpannedText source = s.part(0, c1 < 0 ? v.length() : c1);
    Optional<SpannedText> target = Optional.empty();
    Optional<SpannedText> permissions = Optional.empty();
    if (c1 >= 0) {
      target = Optional.of(s.part(c1 + 1, c2 < 0 ? v.length() : c2));
    }
    if (c2 >= 0) {
      permissions = Optional.of(s.part(c2 + 1, c3 < 0 ? v.length() : c3));
    }
    Optional<SyntaxError> error = Optional.empty();
    Device cdi = new Device(s.node(), false, Optional.of(source), target, permissions, error);
    if (!checkable || cdi.isCdi()) {
      return cdi;
    }
    if (c3 >= 0) {
      error =
          Optional.of(
              new SyntaxError(
                  s.node().span(),
                  "device '"
                      + v
                      + "' has more than three parts; write HOST:CONTAINER[:PERMISSIONS] or use"
                      + " the long syntax"));
    } else if (source.value().isEmpty()) {
      error =
          Optional.of(
              new SyntaxError(
                  s.node().span(),
                  "device '" + v + "' has no host path; write HOST:CONTAINER[:PERMISSIONS]"));
    } else if (target.isPresent()
        && !target.get().value().isEmpty()
        && !target.get().value().startsWith("/")) {
      String t = target.get().value();
      String hint =
          onlyRwm(t, 99)
              ? "; permissions come third: " + source.value() + ":" + source.value() + ":" + t
              : "";
      error =
          Optional.of(
              new SyntaxError(
                  target.get().span(),
                  "container path '" + t + "' of device '" + v + "' is not absolute" + hint));
    } else if (permissions.isPresent() && !onlyRwm(permissions.get().value(), 3)) {
      error =
          Optional.of(
              new SyntaxError(
                  permissions.get().span(),
                  "device permissions '"
                      + permissions.get().value()
                      + "' are not a combination of r, w and m (such as rwm or r)"));
    }
    return new Device(s.node(), false, Optional.of(source), target, permissions, error);
  }

  /** Whether {@code s} is 1 to {@code max} of the letters r, w and m. */
  private static boolean onlyRwm(String s, int max) {
    if (s.isEmpty() || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if ("rwm".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  static Device parseLong(MapNode m, Texts texts) {
    return new Device(
        m,
        true,
        texts.scalar(m, "source"),
        texts.scalar(m, "target"),
        texts.scalar(m, "permissions"),
        Optional.empty());
  }
}
