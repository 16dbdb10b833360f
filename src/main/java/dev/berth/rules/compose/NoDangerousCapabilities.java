package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Capabilities added with {@code cap_add} that reach beyond the container, in two tiers: those that
 * open a way to the host's kernel, processes or files (warning), and those that let the container
 * disturb the host without escaping it (info). Capabilities Docker grants by default are not
 * reported.
 */
@RuleInfo(
    id = "no-dangerous-capabilities",
    name = "no-dangerous-capabilities",
    level = Level.WARNING,
    category = Category.SECURITY,
    summary = "Do not add capabilities that reach the host's kernel, processes or files.")
public final class NoDangerousCapabilities implements ComposeRule {
  /** Capabilities that reach the host: a container holding one can usually escape or spy. */
  private static final Map<String, String> HOST_REACHING =
      Map.ofEntries(
          Map.entry("ALL", "grants every capability, as much as privileged mode"),
          Map.entry("SYS_ADMIN", "allows mounts, namespaces and much of the kernel's admin API"),
          Map.entry("SYS_MODULE", "loads kernel modules, code running in the host kernel"),
          Map.entry("SYS_RAWIO", "gives raw access to devices and I/O ports"),
          Map.entry("SYS_PTRACE", "traces and injects code into other processes"),
          Map.entry("DAC_READ_SEARCH", "reads any file by handle, a known container escape"),
          Map.entry("SYS_BOOT", "reboots the host or loads a new kernel"),
          Map.entry("BPF", "loads eBPF programs into the host kernel"),
          Map.entry("PERFMON", "observes the host's processes and kernel through perf"),
          Map.entry("MAC_ADMIN", "changes the host's AppArmor or SELinux policy"),
          Map.entry("MAC_OVERRIDE", "bypasses the host's mandatory access control"),
          Map.entry("NET_ADMIN", "reconfigures interfaces, routes and firewall rules"),
          Map.entry("SYS_TIME", "sets the host's clock"),
          Map.entry("SYSLOG", "reads and clears the kernel log, which holds kernel addresses"),
          Map.entry("LINUX_IMMUTABLE", "changes immutable and append-only file flags"),
          Map.entry("AUDIT_CONTROL", "changes or disables the host's audit rules"),
          Map.entry("CHECKPOINT_RESTORE", "checkpoints and restores other processes"));

  /** Capabilities that let the container disturb the host without escaping it. */
  private static final Map<String, String> HOST_DISTURBING =
      Map.ofEntries(
          Map.entry("SYS_RESOURCE", "overrides resource limits and quotas"),
          Map.entry("SYS_NICE", "raises its priority above the host's processes"),
          Map.entry("IPC_LOCK", "locks memory the host cannot swap out"),
          Map.entry("IPC_OWNER", "bypasses permission checks on IPC objects"),
          Map.entry("NET_BROADCAST", "broadcasts and listens to multicast"),
          Map.entry("SYS_PACCT", "switches process accounting on and off"),
          Map.entry("SYS_TTY_CONFIG", "reconfigures terminals"),
          Map.entry("LEASE", "takes leases on files other processes use"),
          Map.entry("WAKE_ALARM", "sets alarms that wake the host"),
          Map.entry("BLOCK_SUSPEND", "keeps the host from suspending"),
          Map.entry("AUDIT_READ", "reads the host's audit log"));

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      List<ScalarNode> caps = s.get("cap_add").map(ServiceNodes::scalarItems).orElse(List.of());
      for (ScalarNode cap : caps) {
        String name = normalise(cap.value());
        String reach = HOST_REACHING.get(name);
        Level level = Level.WARNING;
        if (reach == null) {
          reach = HOST_DISTURBING.get(name);
          level = Level.INFO;
        }
        if (reach == null) {
          continue;
        }
        ctx.report(
            meta().id(),
            level,
            cap.site(),
            "Service '"
                + s.name().value()
                + "' adds capability "
                + name
                + ", which "
                + reach
                + "; drop it, or add only the narrower capability the service needs");
      }
    }
  }

  static String normalise(String cap) {
    String c = cap.trim().toUpperCase(Locale.ROOT);
    return c.startsWith("CAP_") ? c.substring(4) : c;
  }
}
