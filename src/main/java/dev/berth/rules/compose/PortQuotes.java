package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the two port-quoting rules share: the port scalars of the sections dclint's {@code
 * portsSections} names, and the quote style the file should use (dclint's {@code quoteType}).
 */
final class PortQuotes {
  private PortQuotes() {}

  static final List<String> DEFAULT_SECTIONS = List.of("ports", "expose");

  /** The scalar entries of the port sections of every service, each once, in file order. */
  static List<NodePaths.Hit> scalars(ComposeContext ctx) {
    List<String> sections = ctx.options().getStrings("portsSections", DEFAULT_SECTIONS);
    List<NodePaths.Hit> out = new ArrayList<>();
    Set<ScalarNode> seen = new HashSet<>();
    for (String section : sections) {
      for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services.*." + section + "[]")) {
        if (h.node() instanceof ScalarNode s && seen.add(s)) {
          out.add(h);
        }
      }
    }
    out.sort((a, b) -> a.node().span().compareTo(b.node().span()));
    return out;
  }

  /**
   * The quote style asked for: the {@code quoteType} option, else the style of the first quoted
   * port entry of the file, else single quotes (dclint's default).
   */
  static ScalarStyle style(ComposeContext ctx, List<NodePaths.Hit> ports) {
    Optional<ScalarStyle> option = YamlQuotes.style(ctx.options().getString("quoteType", ""));
    if (option.isPresent()) {
      return option.get();
    }
    for (NodePaths.Hit h : ports) {
      ScalarStyle s = ((ScalarNode) h.node()).style();
      if (s == ScalarStyle.SINGLE_QUOTED || s == ScalarStyle.DOUBLE_QUOTED) {
        return s;
      }
    }
    return ScalarStyle.SINGLE_QUOTED;
  }

  /** True when the quote style was given as an option, not taken from the file. */
  static boolean configured(ComposeContext ctx) {
    return YamlQuotes.style(ctx.options().getString("quoteType", "")).isPresent();
  }
}
