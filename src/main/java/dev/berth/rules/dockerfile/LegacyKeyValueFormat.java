package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ENV key value} and {@code LABEL key value} are the legacy forms; {@code key=value} is the
 * current one. ONBUILD triggers are checked too.
 *
 * <p>The fix keeps the value's meaning exactly. A value that is already one word ({@code ENV A 1},
 * {@code ENV A "x y"}) only gets the {@code =}; a value with spaces becomes one double-quoted word
 * ({@code ENV A="x y"}), with single-quoted and escaped parts made literal. The rewrite is checked
 * with BuildKit's word processing and offered only when it gives the same value. A value that is
 * one word keeps its continuation lines; a value with spaces continued over several lines, a key
 * with quotes, escapes or unusual spaces, or a key or value with bytes that are not UTF-8, is
 * reported without a fix.
 */
@RuleInfo(
    id = "LegacyKeyValueFormat",
    name = "legacy-key-value-format",
    level = Level.INFO,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    summary = "Write ENV and LABEL as key=value, not the legacy key value.")
public final class LegacyKeyValueFormat implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    List<Instruction> instructions = new ArrayList<>();
    instructions.addAll(ctx.model().instructionsWithTriggers(Env.class));
    instructions.addAll(ctx.model().instructionsWithTriggers(Label.class));
    int escape = ctx.model().escape();
    for (Instruction i : instructions) {
      List<KeyValue> pairs = i instanceof Env e ? e.pairs() : ((Label) i).pairs();
      for (KeyValue kv : pairs) {
        if (!kv.legacy() || kv.value().text().isEmpty()) {
          continue;
        }
        check(ctx, i.keyword().text(), kv, escape);
      }
    }
  }

  private static void check(DockerfileContext ctx, String keyword, KeyValue kv, int escape) {
    String form =
        "Legacy '" + keyword + " key value' form; write " + keyword + " " + kv.key().text() + "=";
    Optional<Rewrite> rewrite = rewrite(ctx, kv, escape);
    if (rewrite.isEmpty()) {
      ctx.report(kv.span(), form + "<value>, quoting the value if it has spaces");
      return;
    }
    String value = rewrite.get().value();
    ctx.report(
        kv.span(),
        form + value + " instead",
        Fix.safe("Write " + kv.key().text() + "=" + value, rewrite.get().edit()));
  }

  /** The value as it will read after {@code key=}, and the edit that writes it. */
  private record Rewrite(String value, TextEdit edit) {}

  /** How to rewrite the pair, when it can be done without doubt. */
  private static Optional<Rewrite> rewrite(DockerfileContext ctx, KeyValue kv, int escape) {
    Span gap = new Span(kv.key().span().end(), kv.value().span().start());
    if (Quoting.spansLines(ctx.source().slice(gap)) || !plainKey(kv.key(), escape)) {
      return Optional.empty();
    }
    if (Quoting.hasInvalidUtf8(kv.value().raw())) {
      return Optional
          .empty(); // BuildKit reads key=value rune by rune: bad bytes would become U+FFFD
    }
    String value = kv.value().text();
    if (!Quoting.sameValue(value, value, escape)) {
      return Optional.empty(); // BuildKit cannot process the value (an unterminated quote...)
    }
    if (Quoting.isOneWord(value, escape)) {
      // Only the blanks between key and value change, so continuation lines in the value stay.
      return Optional.of(new Rewrite(value, TextEdit.replace(gap, "=")));
    }
    if (Quoting.spansLines(kv.value().raw()) || !value.equals(kv.value().raw())) {
      return Optional.empty();
    }
    Span gapAndValue = gap.union(kv.value().span());
    return Quoting.asDoubleQuoted(value, escape)
        .filter(w -> Quoting.isOneWord(w, escape) && Quoting.sameValue(value, w, escape))
        .map(w -> new Rewrite(w, TextEdit.replace(gapAndValue, "=" + w)));
  }

  /** A key that reads the same in both forms: no quotes, escapes, '=' or whitespace. */
  private static boolean plainKey(Word key, int escape) {
    String k = key.raw();
    if (k.isEmpty() || !k.equals(key.text())) {
      return false;
    }
    return !Quoting.hasInvalidUtf8(k)
        && k.codePoints()
            .noneMatch(c -> c == '"' || c == '\'' || c == '=' || c == escape || GoText.isSpace(c));
  }
}
