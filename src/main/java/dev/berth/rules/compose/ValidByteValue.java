package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;

/**
 * Memory sizes are a number of bytes or a number with a unit ({@code 512m}, {@code 2g}). compose-go
 * refuses any other text when it loads the file.
 */
@RuleInfo(
    id = "valid-byte-value",
    name = "valid-byte-value",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Memory sizes must be a number of bytes or a number with a unit, such as 512m.")
public final class ValidByteValue implements ComposeRule {
  private static final List<String> PATHS =
      List.of(
          "services.*.mem_limit",
          "services.*.mem_reservation",
          "services.*.memswap_limit",
          "services.*.shm_size",
          "services.*.build.shm_size",
          "services.*.volumes[].tmpfs.size",
          "services.*.deploy.resources.limits.memory",
          "services.*.deploy.resources.reservations.memory",
          "services.*.blkio_config.device_read_bps[].rate",
          "services.*.blkio_config.device_write_bps[].rate");

  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), PATHS)) {
      ScalarNode s = (ScalarNode) h.node();
      if (!GoValues.isByteSize(s.value())) {
        ctx.report(
            s.span(),
            "`"
                + h.dotted()
                + "` is not a size: "
                + NodePaths.quoted(s)
                + "; write a number of bytes or a number with a unit (b, k, m, g), e.g. '512m'");
      }
    }
  }
}
