package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Device;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;

/**
 * A short-syntax device Compose or the Engine refuses: more than three parts, no host path, a
 * container path that is not absolute (often permissions written second), permissions other than a
 * combination of {@code r}, {@code w} and {@code m}. CDI names ({@code vendor.com/gpu=all}) and
 * devices with a variable are not judged.
 */
@RuleInfo(
    id = "valid-device-syntax",
    name = "valid-device-syntax",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Short-syntax devices must be HOST[:CONTAINER[:PERMISSIONS]].")
public final class ValidDeviceSyntax implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (Device d : s.devices()) {
        d.error().ifPresent(e -> ctx.report(e.span(), e.message()));
      }
    }
  }
}
