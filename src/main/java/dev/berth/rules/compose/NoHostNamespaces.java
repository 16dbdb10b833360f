package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Map;
import java.util.Optional;

/**
 * A host namespace shared with the container: {@code pid}, {@code ipc}, {@code uts}, {@code
 * userns_mode} or {@code cgroup} set to {@code host}.
 */
@RuleInfo(
    id = "no-host-namespaces",
    name = "no-host-namespaces",
    level = Level.WARNING,
    category = Category.SECURITY,
    summary = "Do not share the host's PID, IPC, UTS, user or cgroup namespace.")
public final class NoHostNamespaces implements ComposeRule {
  private static final Map<String, String> EFFECT =
      Map.of(
          "pid", "it sees and can signal every process on the host",
          "ipc", "it shares the host's shared memory and semaphores",
          "uts", "it can change the host's hostname",
          "userns_mode", "root in it is root on the host, user-namespace remapping is off",
          "cgroup", "it sees the host's cgroup tree");

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (String key : new String[] {"pid", "ipc", "uts", "userns_mode", "cgroup"}) {
        Optional<ScalarNode> v = s.nonNull(key);
        if (v.isPresent() && ServiceNodes.lower(v.get()).equals("host")) {
          ctx.report(
              v.get().site(),
              "Service '"
                  + s.name().value()
                  + "' shares the host's "
                  + key
                  + " namespace: "
                  + EFFECT.get(key)
                  + "; remove '"
                  + key
                  + ": host' unless the service must inspect the host");
        }
      }
    }
  }
}
