package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Word;
import java.util.Optional;

/**
 * In {@code FROM image AS name}, {@code AS} should have the case of {@code FROM}. Only a FROM
 * keyword that is itself all lower or all upper case is compared; a mixed-case one is left to
 * ConsistentInstructionCasing, as in BuildKit.
 */
@RuleInfo(
    id = "FromAsCasing",
    name = "from-as-casing-mismatch",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.ALWAYS,
    summary = "Write AS in the same case as FROM.")
public final class FromAsCasing implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (From from : ctx.model().instructions(From.class)) {
      Optional<Word> as = from.asKeyword();
      String keyword = from.keyword().text();
      boolean lower = Casing.isLower(keyword);
      if (as.isEmpty() || !(lower || Casing.isUpper(keyword))) {
        continue;
      }
      Word word = as.get();
      if (Casing.isIn(word.text(), lower)) {
        continue;
      }
      String wanted = Casing.recase(word.raw(), lower);
      ctx.report(
          word.span(),
          "'"
              + word.text()
              + "' does not match the case of '"
              + keyword
              + "'; write '"
              + Casing.recase(word.text(), lower)
              + "'",
          Fix.safe("Write '" + wanted + "'", TextEdit.replace(word.span(), wanted)));
    }
  }
}
