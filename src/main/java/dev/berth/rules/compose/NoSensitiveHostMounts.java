package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A bind mount of a host path that holds the host's configuration, kernel interfaces, devices,
 * runtime state or credentials: an error when the mount is writable, a warning when read-only. A
 * named volume whose {@code driver_opts.device} binds such a path counts too. Time zone files, CA
 * bundles and sockets (a socket reaches one service; runtime sockets have no-docker-socket-mount)
 * are left out.
 */
@RuleInfo(
    id = "no-sensitive-host-mounts",
    name = "no-sensitive-host-mounts",
    level = Level.ERROR,
    category = Category.SECURITY,
    summary = "Do not bind-mount the host's system folders or credentials into a container.")
public final class NoSensitiveHostMounts implements ComposeRule {
  /** Host folders sensitive with everything under them. */
  private static final List<String> TREES =
      List.of(
          "/etc",
          "/proc",
          "/sys",
          "/boot",
          "/dev",
          "/root",
          "/run",
          "/var/run",
          "/var/lib/docker",
          "/var/lib/containerd",
          "/var/lib/kubelet",
          "/lib/modules",
          "/usr/lib/modules");

  /** Host folders sensitive as a whole, whose subfolders may be ordinary data. */
  private static final Set<String> EXACT =
      Set.of(
          "/",
          "/home",
          "/var",
          "/var/lib",
          "/srv",
          "/usr",
          "/usr/bin",
          "/usr/sbin",
          "/usr/lib",
          "/usr/local",
          "/bin",
          "/sbin",
          "/lib",
          "/lib64");

  /** Harmless files in sensitive folders, mounted to share the host's time zone or CA bundle. */
  private static final List<String> HARMLESS =
      List.of(
          "/etc/localtime",
          "/etc/timezone",
          "/usr/share/zoneinfo",
          "/etc/ssl/certs",
          "/etc/ca-certificates",
          "/etc/pki/ca-trust",
          "/etc/machine-id");

  /** Credential folders of a user's home. */
  private static final Set<String> CREDENTIALS =
      Set.of(".ssh", ".aws", ".kube", ".docker", ".gnupg", ".azure", ".config/gcloud");

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (VolumeMount m : s.volumes()) {
        if (!m.isBind() || NoDockerSocketMount.isSocket(ServiceNodes.source(m))) {
          continue;
        }
        Optional<String> what = sensitive(ServiceNodes.source(m));
        if (what.isEmpty()) {
          continue;
        }
        if (m.readOnly()) {
          ctx.report(
              meta().id(),
              Level.WARNING,
              ServiceNodes.site(m),
              "Service '"
                  + s.name().value()
                  + "' mounts "
                  + what.get()
                  + " read-only: it can read what the host keeps there; mount only the file"
                  + " it needs, or copy it in");
        } else {
          ctx.report(
              ServiceNodes.site(m),
              "Service '"
                  + s.name().value()
                  + "' mounts "
                  + what.get()
                  + " writable: it can change the host through it; mount only what it needs,"
                  + " read-only (:ro)");
        }
      }
    }
    Optional<MapNode> volumes = ServiceNodes.topLevel(ctx, "volumes");
    for (MapNode.Entry v : volumes.map(MapNode::entries).orElse(List.of())) {
      Optional<ScalarNode> device =
          ServiceNodes.map(v.value())
              .flatMap(m -> m.get("driver_opts"))
              .flatMap(ServiceNodes::map)
              .flatMap(o -> o.get("device"))
              .flatMap(ServiceNodes::scalar);
      if (device.isPresent()) {
        Optional<String> what = sensitive(device.get().value());
        if (what.isPresent()) {
          ctx.report(
              meta().id(),
              Level.WARNING,
              device.get().site(),
              "Volume '"
                  + v.key().value()
                  + "' binds "
                  + what.get()
                  + ", so every service that mounts it reaches into the host; point it at a"
                  + " folder of the application's own");
        }
      }
    }
  }

  /** What makes a host path sensitive, in words, or empty when it is not. */
  static Optional<String> sensitive(String source) {
    String path = normalise(source);
    if (path.startsWith("~/") || path.startsWith("$HOME/") || path.startsWith("${HOME}/")) {
      String rest = path.substring(path.indexOf('/') + 1);
      if (CREDENTIALS.contains(rest)) {
        return Optional.of("the credentials folder " + source.trim());
      }
      return Optional.empty();
    }
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    if (HARMLESS.stream().anyMatch(h -> under(path, h)) || path.endsWith(".sock")) {
      return Optional.empty();
    }
    if (EXACT.contains(path)) {
      return Optional.of(path.equals("/") ? "the host's root filesystem" : "the host's " + path);
    }
    for (String tree : TREES) {
      if (under(path, tree)) {
        return Optional.of("the host's " + path);
      }
    }
    String base = path.substring(path.lastIndexOf('/') + 1);
    if (CREDENTIALS.contains(base)) {
      return Optional.of("the credentials folder " + path);
    }
    return Optional.empty();
  }

  private static boolean under(String path, String folder) {
    return path.equals(folder) || path.startsWith(folder + "/");
  }

  private static String normalise(String source) {
    String p = source.trim();
    while (p.contains("//")) {
      p = p.replace("//", "/");
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
