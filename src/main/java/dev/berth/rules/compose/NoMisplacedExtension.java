package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import java.util.List;

/**
 * Under {@code services}, {@code volumes}, {@code networks}, {@code secrets}, {@code configs} and
 * {@code models} every key is a name, so {@code x-base} there is a real resource, not an extension
 * Compose ignores: usually an anchor host that belongs at the top level. (An {@code x-} key where
 * Compose allows no extension at all, such as inside {@code extends}, is reported by {@code
 * no-unknown-property}.)
 */
@RuleInfo(
    id = "no-misplaced-extension",
    name = "no-misplaced-extension",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "x- keys under services, volumes, networks... are real entries; move them up.")
public final class NoMisplacedExtension implements ComposeRule {
  private static final List<String> SECTIONS =
      List.of("services", "volumes", "networks", "secrets", "configs", "models");

  @Override
  public void check(ComposeContext ctx) {
    for (String section : SECTIONS) {
      for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), section + ".*")) {
        h.entry()
            .filter(e -> !e.merged() && e.key().value().startsWith("x-"))
            .ifPresent(
                e ->
                    ctx.report(
                        e.key().span(),
                        "`"
                            + e.key().value()
                            + "` under "
                            + section
                            + " is not an extension: Compose treats it as a "
                            + section.substring(0, section.length() - 1)
                            + " of that name. Move it to the top level"));
      }
    }
  }
}
