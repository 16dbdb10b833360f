package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tmpfs mount from which programs can be run or setuid bits honoured: an intruder's usual place
 * to drop a payload. The service-level {@code tmpfs} takes {@code noexec,nosuid}; a {@code type:
 * tmpfs} volume cannot, and is reported too.
 */
@RuleInfo(
    id = "no-tmpfs-exec",
    name = "no-tmpfs-exec",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "VolumeMount tmpfs with noexec,nosuid.")
public final class NoTmpfsExec implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (ScalarNode t : s.get("tmpfs").map(ServiceNodes::scalarItems).orElse(List.of())) {
        String[] parts = t.value().trim().split(":", 2);
        List<String> options =
            parts.length > 1 ? Arrays.asList(parts[1].split(",")) : List.<String>of();
        List<String> missing = new ArrayList<>();
        for (String needed : new String[] {"noexec", "nosuid"}) {
          if (!options.contains(needed)) {
            missing.add(needed);
          }
        }
        if (!missing.isEmpty()) {
          ctx.report(
              t.site(),
              "The tmpfs "
                  + parts[0]
                  + " of service '"
                  + s.name().value()
                  + "' lets programs dropped there run; add "
                  + String.join(",", missing)
                  + " to its options ("
                  + parts[0]
                  + ":"
                  + (parts.length > 1 ? parts[1] + "," : "")
                  + String.join(",", missing)
                  + ")");
        }
      }
      for (VolumeMount m : s.volumes()) {
        if (m.type().equals("tmpfs")) {
          ctx.report(
              ServiceNodes.site(m),
              "The tmpfs volume "
                  + ServiceNodes.target(m)
                  + " of service '"
                  + s.name().value()
                  + "' cannot take noexec or nosuid; declare it under the service's tmpfs as "
                  + ServiceNodes.target(m)
                  + ":noexec,nosuid");
        }
      }
    }
  }
}
