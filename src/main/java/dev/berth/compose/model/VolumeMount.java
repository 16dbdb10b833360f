package dev.berth.compose.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code volumes} entry of a service, short syntax ({@code [SOURCE:]TARGET[:MODE]}, read as
 * compose-go's {@code format.ParseVolume} reads it) or long syntax, normalised to the same fields.
 * {@code type} is {@code bind}, {@code volume}, {@code tmpfs}, {@code npipe}, {@code cluster} or
 * {@code image}; a short-syntax source starting with {@code .}, {@code /}, {@code ~}, {@code \\} or
 * a drive letter is a bind mount, another source a named volume, no source an anonymous volume.
 * {@code options} are the comma-separated parts of the short syntax's mode; {@code error} is set
 * when Compose would refuse the entry, or would silently ignore part of it.
 */
public record VolumeMount(
    Node node,
    boolean longSyntax,
    String type,
    Optional<SpannedText> source,
    Optional<SpannedText> target,
    boolean readOnly,
    List<SpannedText> options,
    Optional<SyntaxError> error) {

  public static final String BIND = "bind";
  public static final String VOLUME = "volume";

  /** Mode options compose-go or the Engine understand. */
  static final Set<String> KNOWN_OPTIONS =
      Set.of(
          "ro",
          "rw",
          "nocopy",
          "z",
          "Z",
          "shared",
          "rshared",
          "slave",
          "rslave",
          "private",
          "rprivate",
          "cached",
          "delegated",
          "consistent");

  public boolean isBind() {
    return type.equals(BIND);
  }

  /** A volume with a name, which must be declared at the top level. */
  public boolean isNamedVolume() {
    return type.equals(VOLUME) && source.isPresent() && !source.get().value().isEmpty();
  }

  static VolumeMount parse(ScalarText s) {
    String v = s.node().value();
    boolean checkable = !s.node().raw().contains("$");
    if (v.isEmpty()) {
      return new VolumeMount(
          s.node(),
          false,
          VOLUME,
          Optional.empty(),
          Optional.empty(),
          false,
          List.of(),
          Optional.of(new SyntaxError(s.node().span(), "empty volume; write SOURCE:TARGET")));
    }
    if (v.length() <= 2) {
      return new VolumeMount(
          s.node(),
          false,
          VOLUME,
          Optional.empty(),
          Optional.of(s.whole()),
          false,
          List.of(),
          Optional.empty());
    }
    List<int[]> sections = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '$' && i + 1 < v.length() && v.charAt(i + 1) == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0) {
        if (i - start == 1 && Character.isLetter(v.charAt(start))) {
          continue;
        }
        sections.add(new int[] {start, i});
        start = i + 1;
      }
    }
    sections.add(new int[] {start, v.length()});
    Optional<SyntaxError> error = Optional.empty();
    for (int[] sec : sections) {
      if (sec[0] == sec[1]) {
        error =
            Optional.of(
                new SyntaxError(
                    s.node().span(),
                    "volume '"
                        + v
                        + "' has an empty part between colons; write SOURCE:TARGET[:MODE]"));
        break;
      }
    }
    Optional<SpannedText> source = Optional.empty();
    Optional<SpannedText> target;
    List<SpannedText> options = new ArrayList<>();
    if (sections.size() == 1) {
      target = Optional.of(s.whole());
    } else {
      source = Optional.of(s.part(sections.get(0)[0], sections.get(0)[1]));
      target = Optional.of(s.part(sections.get(1)[0], sections.get(1)[1]));
      if (sections.size() > 3 && error.isEmpty()) {
        error =
            Optional.of(
                new SyntaxError(
                    s.node().span(),
                    "volume '" + v + "' has too many colons; write SOURCE:TARGET[:MODE]"));
      }
      if (sections.size() >= 3) {
        int[] mode = sections.get(2);
        int from = mode[0];
        for (int i = mode[0]; i <= mode[1]; i++) {
          if (i == mode[1] || v.charAt(i) == ',') {
            options.add(s.part(from, i));
            from = i + 1;
          }
        }
      }
    }
    boolean readOnly = false;
    for (SpannedText o : options) {
      if (o.value().equals("ro")) {
        readOnly = true;
      } else if (o.value().equals("rw")) {
        readOnly = false;
      } else if (error.isEmpty() && !KNOWN_OPTIONS.contains(o.value()) && checkable) {
        error =
            Optional.of(
                new SyntaxError(
                    o.span(),
                    "unknown volume option '"
                        + o.value()
                        + "', which Compose silently ignores; use ro, rw, nocopy, z, Z or a"
                        + " propagation (shared, slave, private and their r- forms)"));
      }
    }
    String type = source.filter(t -> isFilePath(t.value())).isPresent() ? BIND : VOLUME;
    if (error.isEmpty() && checkable && target.isPresent()) {
      String t = target.get().value();
      if (!t.isEmpty() && !isAbsoluteTarget(t)) {
        error =
            Optional.of(
                new SyntaxError(
                    target.get().span(),
                    "container path '"
                        + t
                        + "' of volume '"
                        + v
                        + "' is not absolute; write SOURCE:/ABSOLUTE/PATH[:MODE]"));
      }
    }
    if (!checkable) {
      error = Optional.empty();
    }
    return new VolumeMount(s.node(), false, type, source, target, readOnly, options, error);
  }

  /** A source compose-go reads as a host path. */
  static boolean isFilePath(String source) {
    if (source.isEmpty()) {
      return false;
    }
    char c = source.charAt(0);
    if (c == '.' || c == '/' || c == '~' || source.startsWith("\\\\")) {
      return true;
    }
    return source.length() > 1 && Character.isLetter(c) && source.charAt(1) == ':';
  }

  private static boolean isAbsoluteTarget(String t) {
    return t.startsWith("/")
        || t.startsWith("\\")
        || (t.length() > 1 && Character.isLetter(t.charAt(0)) && t.charAt(1) == ':');
  }

  static VolumeMount parseLong(MapNode m, Texts texts) {
    String type = texts.scalar(m, "type").map(SpannedText::value).orElse(VOLUME);
    List<SpannedText> options = new ArrayList<>();
    m.get("bind")
        .filter(MapNode.class::isInstance)
        .map(MapNode.class::cast)
        .flatMap(b -> texts.scalar(b, "propagation"))
        .ifPresent(options::add);
    return new VolumeMount(
        m,
        true,
        type,
        texts.scalar(m, "source"),
        texts.scalar(m, "target"),
        Texts.isTrue(m.get("read_only")),
        options,
        Optional.empty());
  }
}
