package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;
import java.util.Map;

/**
 * A {@code security_opt} that switches off the seccomp filter, the AppArmor profile, SELinux
 * labelling or the masking of {@code /proc} and {@code /sys} paths.
 */
@RuleInfo(
    id = "no-disabled-security-profile",
    name = "no-disabled-security-profile",
    level = Level.ERROR,
    category = Category.SECURITY,
    summary = "Do not switch off seccomp, AppArmor, SELinux or the masked paths.")
public final class NoDisabledSecurityProfile implements ComposeRule {
  private static final Map<String, String> DISABLED =
      Map.of(
          "seccomp:unconfined", "every system call is allowed (the seccomp filter is off)",
          "apparmor:unconfined", "the AppArmor profile is off",
          "label:disable", "SELinux separation is off",
          "systempaths:unconfined", "the kernel paths under /proc and /sys are no longer masked");

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      List<ScalarNode> opts =
          s.get("security_opt").map(ServiceNodes::scalarItems).orElse(List.of());
      for (ScalarNode opt : opts) {
        String key = ServiceNodes.securityOption(opt);
        String effect = DISABLED.get(key);
        if (effect != null) {
          ctx.report(
              opt.site(),
              "Service '"
                  + s.name().value()
                  + "' sets "
                  + opt.value().trim()
                  + ": "
                  + effect
                  + "; remove it, or give a custom profile that allows what the service needs");
        }
      }
    }
  }
}
