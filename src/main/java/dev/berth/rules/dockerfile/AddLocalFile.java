package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Word;
import java.util.List;
import java.util.Optional;

/**
 * ADD of a local file that is neither an archive ADD extracts (by its name: {@code .tar}, {@code
 * .gz}, ...; not {@code .zip}) nor a URL or git repository does what COPY does, less visibly.
 * Heredoc sources and sources whose variables have no known value are not judged. The fix (not
 * safe: ADD extracts an archive by its content, whatever its name) writes COPY when every source is
 * such a file and the ADD has no flag COPY lacks.
 */
@RuleInfo(
    id = "DL3020",
    name = "add-local-file",
    level = Level.ERROR,
    category = Category.SECURITY,
    fix = Fixability.SOMETIMES,
    summary = "Use COPY, not ADD, for local files and folders.")
public final class AddLocalFile implements DockerfileRule {
  private static final List<String> ADD_ONLY_FLAGS = List.of("checksum", "keep-git-dir", "unpack");

  @Override
  public void check(DockerfileContext ctx) {
    for (Add add : ctx.model().instructionsWithTriggers(Add.class)) {
      Optional<Word> first = Optional.empty();
      boolean allLocal = true;
      for (Word source : add.sources()) {
        Optional<String> value =
            add.isHeredoc(source) ? Optional.empty() : Values.of(ctx, add, source);
        if (value.isPresent() && isLocalFile(value.get())) {
          first = first.isPresent() ? first : Optional.of(source);
        } else {
          allLocal = false;
        }
      }
      if (first.isEmpty()) {
        continue;
      }
      String message =
          "ADD of the local "
              + first.get().text()
              + " does what COPY does; use COPY (ADD is for URLs and archives to extract)";
      boolean fixable =
          allLocal && add.flags().stream().noneMatch(f -> ADD_ONLY_FLAGS.contains(f.name()));
      if (fixable) {
        String copy = Casing.isLower(add.keyword().text()) ? "copy" : "COPY";
        ctx.report(
            first.get().span(),
            message,
            Fix.unsafe("Write " + copy, TextEdit.replace(add.keyword().span(), copy)));
      } else {
        ctx.report(first.get().span(), message);
      }
    }
  }

  private static boolean isLocalFile(String source) {
    return !Sources.isRemote(source) && !Sources.isArchive(source);
  }
}
