package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Device;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
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
    for (Service s : ctx.project().services()) {
      for (Device d : s.devices()) {
        if (d.source().isEmpty() || d.isCdi()) {
          continue;
        }
        SpannedText source = d.source().get();
        String what = danger(source.value().trim());
        if (what != null) {
          ctx.report(
              ServiceNodes.at(d.node(), source.span()),
              "Service '"
                  + s.name().value()
                  + "' gets the host device "
                  + source.value().trim()
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
