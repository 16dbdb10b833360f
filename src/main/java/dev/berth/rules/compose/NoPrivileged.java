package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code privileged: true} on a service, on one of its lifecycle hooks, or on its build gives the
 * process every capability and every host device.
 */
@RuleInfo(
    id = "no-privileged",
    name = "no-privileged",
    level = Level.ERROR,
    category = Category.SECURITY,
    summary = "Do not run services, hooks or builds privileged.")
public final class NoPrivileged implements ComposeRule {
  private static final String[] HOOKS = {"post_start", "pre_stop", "pre_start"};

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      String name = s.name().value();
      flag(
          ctx,
          privileged(s.node()),
          () ->
              "Service '"
                  + name
                  + "' runs privileged: it gets every capability and every host device, so a"
                  + " compromise of it is a compromise of the host; grant the capabilities or"
                  + " devices it needs instead");
      for (String hook : HOOKS) {
        for (Node item : s.get(hook).map(ServiceNodes::items).orElse(List.of())) {
          flag(
              ctx,
              ServiceNodes.map(item).flatMap(NoPrivileged::privileged),
              () ->
                  "The "
                      + hook
                      + " hook of service '"
                      + name
                      + "' runs privileged, with full access to the host; run it unprivileged");
        }
      }
      flag(
          ctx,
          s.get("build").flatMap(ServiceNodes::map).flatMap(NoPrivileged::privileged),
          () ->
              "The build of service '"
                  + name
                  + "' runs privileged: its RUN steps get full access to the build host;"
                  + " remove build.privileged");
    }
  }

  /** The {@code privileged} entry of a mapping when it is true. */
  private static Optional<MapNode.Entry> privileged(MapNode m) {
    Optional<MapNode.Entry> e = m.entry("privileged");
    return e.isPresent() && ServiceNodes.isTrue(e.get().value()) ? e : Optional.empty();
  }

  /** Reports a true {@code privileged} entry; the message is built only then. */
  private static void flag(
      ComposeContext ctx, Optional<MapNode.Entry> privileged, Supplier<String> message) {
    if (privileged.isPresent()) {
      ctx.report(ServiceNodes.entrySite(privileged.get()), message.get());
    }
  }
}
