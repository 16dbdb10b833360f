package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Level;

/**
 * A short-syntax volume Compose refuses (empty, an empty part between colons, too many colons), a
 * container path that is not absolute, or a mode option Compose silently ignores ({@code :roo} for
 * {@code :ro}). Volumes with a variable are not judged.
 */
@RuleInfo(
    id = "valid-volume-syntax",
    name = "valid-volume-syntax",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Short-syntax volumes must be [SOURCE:]TARGET[:MODE] with known modes.")
public final class ValidVolumeSyntax implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (VolumeMount m : s.volumes()) {
        m.error().ifPresent(e -> ctx.report(e.span(), e.message()));
      }
    }
  }
}
