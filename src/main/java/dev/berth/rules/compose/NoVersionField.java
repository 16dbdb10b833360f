package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import java.util.Optional;

/**
 * The top-level {@code version} key is obsolete: Compose ignores it and warns. The fix deletes the
 * lines of the entry when the entry stands on lines of its own.
 */
@RuleInfo(
    id = "no-version-field",
    name = "no-version-field",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "The top-level version key is obsolete; remove it.")
public final class NoVersionField implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Optional<MapNode> root = ctx.model().rootMap();
    if (root.isEmpty()) {
      return;
    }
    for (MapNode.Entry e : root.get().entries()) {
      if (!e.key().value().equals("version") || e.key().alias().isPresent()) {
        continue;
      }
      Span key = e.key().span();
      String message =
          "The top-level `version` key is obsolete: Compose ignores it and warns; remove it.";
      Optional<Span> lines =
          e.merged() ? Optional.empty() : wholeLines(ctx.source(), key, e.value());
      if (lines.isPresent()) {
        ctx.report(key, message, Fix.safe("Remove the version key", TextEdit.delete(lines.get())));
      } else {
        ctx.report(key, message);
      }
    }
  }

  /**
   * The lines the entry occupies, line breaks included, when nothing else is on them: the key
   * starts its line, and after the value there is at most a comment.
   */
  private static Optional<Span> wholeLines(SourceText src, Span key, Node value) {
    int keyLine = src.line(key.start());
    int lineStart = src.lineStart(keyLine);
    if (!src.slice(new Span(lineStart, key.start())).isBlank()) {
      return Optional.empty();
    }
    int valueEnd = Math.max(key.end(), value.span().end());
    int valueLine = src.line(Math.max(valueEnd - 1, key.start()));
    // A block collection's span can end after its last line break, past that line's content.
    int contentEnd = Math.max(valueEnd, src.lineContentEnd(valueLine));
    String rest = src.slice(new Span(valueEnd, contentEnd)).strip();
    if (!rest.isEmpty() && !rest.startsWith("#")) {
      return Optional.empty();
    }
    int end = valueLine < src.lineCount() ? src.lineStart(valueLine + 1) : src.length();
    return Optional.of(new Span(lineStart, end));
  }
}
