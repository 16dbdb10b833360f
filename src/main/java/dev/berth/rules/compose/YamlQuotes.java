package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarStyle;
import dev.berth.compose.model.ScalarType;
import dev.berth.compose.model.YamlScalars;
import dev.berth.core.Fix;
import dev.berth.core.SourceText;
import dev.berth.core.TextEdit;
import java.util.Optional;

/**
 * Rewrites a one-line scalar in another quoting style, when the new text is certain to read as the
 * same string.
 */
final class YamlQuotes {
  private YamlQuotes() {}

  /** A quote style by dclint's name: {@code single} or {@code double}. */
  static Optional<ScalarStyle> style(String name) {
    switch (name) {
      case "single":
        return Optional.of(ScalarStyle.SINGLE_QUOTED);
      case "double":
        return Optional.of(ScalarStyle.DOUBLE_QUOTED);
      default:
        return Optional.empty();
    }
  }

  static String name(ScalarStyle style) {
    return style == ScalarStyle.SINGLE_QUOTED ? "single" : "double";
  }

  /**
   * Reports a finding at the scalar, with the fix that rewrites it in {@code style} when the scalar
   * is written where it takes effect (not brought by an alias) and the rewrite is certain.
   */
  static void report(
      ComposeContext ctx, NodePaths.Hit hit, ScalarStyle style, String message, String fixTitle) {
    report(ctx, hit, style, false, message, fixTitle);
  }

  /**
   * Like {@link #report(ComposeContext, NodePaths.Hit, ScalarStyle, String, String)}; {@code
   * inBlock} says the scalar is an item of a block collection, where a plain scalar may hold flow
   * indicators such as braces after its first character.
   */
  static void report(
      ComposeContext ctx,
      NodePaths.Hit hit,
      ScalarStyle style,
      boolean inBlock,
      String message,
      String fixTitle) {
    ScalarNode s = (ScalarNode) hit.node();
    Optional<String> text = hit.local() ? write(ctx.source(), s, style, inBlock) : Optional.empty();
    if (text.isPresent()) {
      ctx.report(s.span(), message, Fix.safe(fixTitle, TextEdit.replace(s.span(), text.get())));
    } else {
      ctx.report(s.span(), message);
    }
  }

  /** The scalar's text in {@code style}; empty when that is not certain or not possible. */
  static Optional<String> write(SourceText src, ScalarNode s, ScalarStyle style, boolean inBlock) {
    String raw = s.raw();
    if (s.alias().isPresent()
        || s.tag().isPresent()
        || s.style() == ScalarStyle.LITERAL
        || s.style() == ScalarStyle.FOLDED
        || src.line(s.span().start()) != src.line(Math.max(s.span().start(), s.span().end() - 1))
        || !raw.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
      return Optional.empty();
    }
    switch (style) {
      case SINGLE_QUOTED:
        return Optional.of("'" + raw.replace("'", "''") + "'");
      case DOUBLE_QUOTED:
        return Optional.of("\"" + raw.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
      case PLAIN:
        return plainSafe(raw, inBlock) ? Optional.of(raw) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** True when {@code raw}, written without quotes, reads back as the same string. */
  static boolean plainSafe(String raw, boolean inBlock) {
    if (raw.isEmpty()
        || raw.strip().length() != raw.length()
        || YamlScalars.resolvePlain(raw) != ScalarType.STRING
        || "-?:,[]{}#&*!|>'\"%@`".indexOf(raw.charAt(0)) >= 0
        || raw.contains(": ")
        || raw.contains(" #")
        || raw.endsWith(":")) {
      return false;
    }
    return inBlock || raw.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0);
  }
}
