package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Span;
import dev.berth.core.Spelling;
import java.util.Collection;
import java.util.Map;

/** What the reference rules share: how a missing name is reported. */
final class References {
  private References() {}

  /** Past this many names, no suggestion is looked for (it would cost a pass over all of them). */
  private static final int MAX_SUGGESTION_CANDIDATES = 1000;

  /** {@code "; did you mean 'x'?"} when a known name is close, else the empty string. */
  static String didYouMean(String name, Collection<String> known) {
    if (known.size() > MAX_SUGGESTION_CANDIDATES) {
      return "";
    }
    return Spelling.closest(name, known).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * Reports a service's use of a top-level resource that is not declared: {@code kind} is the
   * top-level key ({@code volumes}, {@code secrets}...), {@code singular} its element.
   */
  static void undeclared(
      ComposeContext ctx,
      Service s,
      Node node,
      SpannedText name,
      String kind,
      String singular,
      Map<String, Resource> declared,
      String hint) {
    if (declared.containsKey(name.value()) || ctx.project().hasUnsetVariable(name.span())) {
      return;
    }
    String suggestion = didYouMean(name.value(), declared.keySet());
    String what =
        suggestion.isEmpty()
            ? "; declare it under the top-level " + kind + " key" + hint
            : suggestion + " Otherwise declare it under the top-level " + kind + " key";
    ctx.report(
        node,
        name.span(),
        "service '"
            + s.name().value()
            + "' uses "
            + singular
            + " '"
            + name.value()
            + "', which is not declared"
            + what);
  }

  /**
   * Whether two services can run at the same time: one has no profile, or they share one ({@code *}
   * enables every profile).
   */
  static boolean together(Service a, Service b) {
    if (a.profiles().isEmpty() || b.profiles().isEmpty()) {
      return true;
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (SpannedText t : a.profiles()) {
      names.add(t.value());
    }
    for (SpannedText t : b.profiles()) {
      if (names.contains(t.value()) || t.value().equals("*")) {
        return true;
      }
    }
    return names.contains("*");
  }

  /** The 1-based line of a span, for messages that point at another place. */
  static int line(ComposeContext ctx, Span span) {
    return ctx.source().position(span.start()).line();
  }
}
