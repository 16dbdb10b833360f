package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host device in {@code devices} that exposes the host's memory, raw disks or the hypervisor: a
 * container with it can read or rewrite what the host keeps there.
 */
@RuleInfo(
    id = "no-dangerous-devices",
    name = "no-dangerous-devices",
    level = Level.ERROR,
    category = Category.SECURITY,
    summary = "Do not give containers the host's memory, raw disks or KVM device.")
public final class NoDangerousDevices implements ComposeRule {
  private static final Pattern MEMORY = Pattern.compile("/dev/(k?mem|port|cpu/\\d+/msr)");
  private static final Pattern DISK =
      Pattern.compile(
          "/dev/((sd|hd|vd|xvd)[a-z]+\\d*|nvme\\d+(n\\d+(p\\d+)?)?|mmcblk\\d+(p\\d+)?|dm-\\d+"
              + "|md\\d+|disk/.+|mapper/.+)");

  @Override
  public void check(ComposeContext ctx) {
    for (ServiceNodes.Service s : ServiceNodes.services(ctx)) {
      for (Node item : s.get("devices").map(ServiceNodes::items).orElse(List.of())) {
        Optional<ScalarNode> source =
            ServiceNodes.scalar(item)
                .or(
                    () ->
                        ServiceNodes.map(item)
                            .flatMap(m -> m.get("source"))
                            .flatMap(ServiceNodes::scalar));
        if (source.isEmpty()) {
          continue;
        }
        String host = source.get().value().trim().split(":", 2)[0];
        String what = danger(host);
        if (what != null) {
          ctx.report(
              source.get().site(),
              "Service '"
                  + s.name().value()
                  + "' gets the host device "
                  + host
                  + ", "
                  + what
                  + "; remove it, or pass a narrower device or a volume instead");
        }
      }
    }
  }

  private static String danger(String device) {
    if (MEMORY.matcher(device).matches()) {
      return "which reads and writes the host's physical memory";
    }
    if (DISK.matcher(device).matches()) {
      return "a raw disk whose every file the container can read and rewrite, bypassing"
          + " permissions";
    }
    if (device.equals("/dev/kvm")) {
      return "the hypervisor, which runs guest code on the host's kernel";
    }
    return null;
  }
}
