package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A container runtime's API socket mounted into a container (Docker, containerd, Podman, CRI-O), or
 * {@code use_api_socket: true}: whoever controls the container controls the host.
 */
@RuleInfo(
    id = "no-docker-socket-mount",
    name = "no-docker-socket-mount",
    level = Level.ERROR,
    category = Category.SECURITY,
    summary = "Do not mount the Docker or another container runtime's socket into a container.")
public final class NoDockerSocketMount implements ComposeRule {
  private static final Set<String> SOCKETS =
      Set.of("docker.sock", "containerd.sock", "podman.sock", "crio.sock", "dockershim.sock");

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (VolumeMount m : s.volumes()) {
        if ((m.isBind() || m.type().equals("npipe")) && isSocket(ServiceNodes.source(m))) {
          ctx.report(
              ServiceNodes.site(m),
              "Service '"
                  + s.name().value()
                  + "' mounts the container runtime socket "
                  + ServiceNodes.source(m)
                  + ": anyone who controls the container can start privileged containers and"
                  + " so controls the host; give it a restricted API proxy instead, or drop"
                  + " the mount");
        }
      }
      Optional<MapNode.Entry> api = s.entry("use_api_socket");
      if (api.isPresent() && ServiceNodes.isTrue(api.get().value())) {
        ctx.report(
            ServiceNodes.entrySite(api.get()),
            "Service '"
                + s.name().value()
                + "' sets use_api_socket: it gets the Docker Engine socket and the host's"
                + " registry credentials, and so control of the host; remove it unless the"
                + " service must drive Docker");
      }
    }
  }

  static boolean isSocket(String source) {
    String path = source.replace('\\', '/').toLowerCase(Locale.ROOT);
    if (path.endsWith("/docker_engine") && path.contains("pipe")) {
      return true;
    }
    String base = path.substring(path.lastIndexOf('/') + 1);
    return SOCKETS.contains(base) || base.endsWith("docker.sock");
  }
}
