package dev.berth.rules.dockerfile;

import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.InstructionKind;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Word;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What BuildKit's instruction parser accepts, shared by the rules that check it. */
final class BuildkitSyntax {
  private BuildkitSyntax() {}

  /** How a builder flag takes its value, as BuildKit's {@code BFlags} declares it. */
  enum FlagType {
    STRING,
    BOOL,
    /** A string flag that may be given more than once. */
    STRINGS
  }

  /** The flags each instruction accepts; instructions not listed accept none. */
  static final Map<InstructionKind, Map<String, FlagType>> FLAGS =
      Map.of(
          InstructionKind.FROM,
          Map.of("platform", FlagType.STRING),
          InstructionKind.ADD,
          Map.of(
              "chown", FlagType.STRING,
              "chmod", FlagType.STRING,
              "link", FlagType.BOOL,
              "keep-git-dir", FlagType.BOOL,
              "checksum", FlagType.STRING,
              "unpack", FlagType.BOOL,
              "exclude", FlagType.STRINGS),
          InstructionKind.COPY,
          Map.of(
              "chown", FlagType.STRING,
              "from", FlagType.STRING,
              "chmod", FlagType.STRING,
              "link", FlagType.BOOL,
              "exclude", FlagType.STRINGS,
              "parents", FlagType.BOOL),
          InstructionKind.RUN,
          Map.of(
              "mount", FlagType.STRINGS,
              "network", FlagType.STRING,
              "security", FlagType.STRING,
              "device", FlagType.STRINGS),
          InstructionKind.HEALTHCHECK,
          Map.of(
              "interval", FlagType.STRING,
              "timeout", FlagType.STRING,
              "start-period", FlagType.STRING,
              "start-interval", FlagType.STRING,
              "retries", FlagType.STRING));

  /** Every instruction in file order, each ONBUILD followed by its trigger (nested ones too). */
  static List<Instruction> withTriggers(Dockerfile file) {
    List<Instruction> out = new ArrayList<>();
    for (Instruction i : file.instructions()) {
      out.add(i);
      Instruction cur = i;
      while (cur instanceof Onbuild o && o.trigger().isPresent()) {
        cur = o.trigger().get();
        out.add(cur);
      }
    }
    return out;
  }

  /** The flags an instruction accepts, by name. */
  static Map<String, FlagType> flags(Instruction i) {
    return FLAGS.getOrDefault(i.kind(), Map.of());
  }

  /** BuildKit's stage name pattern, matched against the lower-cased name. */
  static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");

  /** The ARGs BuildKit defines for every build, usable in FROM without a declaration. */
  static final Set<String> PLATFORM_ARGS =
      Set.of(
          "BUILDPLATFORM",
          "BUILDOS",
          "BUILDARCH",
          "BUILDVARIANT",
          "TARGETPLATFORM",
          "TARGETOS",
          "TARGETARCH",
          "TARGETVARIANT",
          "TARGETSTAGE");

  /** The proxy build arguments BuildKit passes without an ARG declaration. */
  static final Set<String> PROXY_ARGS =
      Set.of(
          "HTTP_PROXY",
          "http_proxy",
          "HTTPS_PROXY",
          "https_proxy",
          "FTP_PROXY",
          "ftp_proxy",
          "NO_PROXY",
          "no_proxy",
          "ALL_PROXY",
          "all_proxy");

  /** True when a text holds a variable reference that BuildKit would expand. */
  static boolean hasVariable(String text) {
    return text.indexOf('$') >= 0;
  }

  /**
   * The span of {@code raw[from, to)} inside a word, or the whole word when its text is not what is
   * written (escapes, quotes, continuations), so that indexes in the text do not match the source.
   */
  static Span sub(Word w, int from, int to) {
    if (!w.raw().equals(w.text())) {
      return w.span();
    }
    return inRaw(w, from, to);
  }

  /** The span of {@code raw[from, to)} inside a word's source. */
  static Span inRaw(Word w, int from, int to) {
    String raw = w.raw();
    int start = w.span().start() + raw.substring(0, from).getBytes(StandardCharsets.UTF_8).length;
    int end = start + raw.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
    return new Span(start, Math.min(end, w.span().end()));
  }

  /** Go's {@code strings.ToUpper}, rune by rune. */
  static String goUpper(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
    return sb.toString();
  }

  /** The candidate nearest to {@code word} within {@code max} edits, for a "did you mean". */
  static Optional<String> nearest(String word, Collection<String> candidates, int max) {
    String best = null;
    int bestDistance = max + 1;
    for (String c : candidates) {
      if (c.equals(word)) {
        continue;
      }
      int d = dev.berth.core.Spelling.distance(word, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }
}
