package dev.berth.rules.project;

import dev.berth.api.Category;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.PortRange;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.compose.project.ProjectService;
import dev.berth.compose.project.ServiceBuild;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Expose;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service publishes a container port that the Dockerfile it builds never EXPOSEs, although that
 * Dockerfile exposes others: usually a port that changed on one side only. Only the stage that is
 * built (the target, else the last) and the stages it is built FROM count; a Dockerfile that
 * exposes nothing, or exposes a port through a variable, is not checked, nor a service that
 * replaces the image's command or entrypoint (it may run another program).
 */
@RuleInfo(
    id = "port-exposed",
    name = "port-exposed",
    level = Level.INFO,
    category = Category.CORRECTNESS,
    summary = "A published container port should be one the service's Dockerfile EXPOSEs.")
public final class PortNotExposed implements ProjectRule {
  /** A port with its protocol, such as {@code 80/tcp}. */
  private record Port(int number, String protocol) {
    // written out: a record's generated equals and hashCode cost a cold JVM a bootstrap
    @Override
    public boolean equals(Object o) {
      return o instanceof Port p && number == p.number && protocol.equals(p.protocol);
    }

    @Override
    public int hashCode() {
      return number * 31 + protocol.hashCode();
    }

    @Override
    public String toString() {
      return number + (protocol.equals("tcp") ? "" : "/" + protocol);
    }
  }

  @Override
  public void check(ProjectContext ctx) {
    for (ProjectService s : ctx.project().services()) {
      if (s.build().isEmpty() || s.build().get().parsed().isEmpty()) {
        continue;
      }
      ServiceBuild b = s.build().get();
      Optional<Set<Port>> exposed = exposed(b.parsed().get(), b.target());
      if (exposed.isEmpty() || exposed.get().isEmpty()) {
        continue;
      }
      Set<Port> known = new HashSet<>(exposed.get());
      Optional<Service> typed = ctx.project().model().service(s.name());
      if (typed.isEmpty()
          || typed.get().get("command").isPresent()
          || typed.get().get("entrypoint").isPresent()) {
        continue;
      }
      for (SpannedText t : typed.get().expose()) {
        known.addAll(ports(t.value()).orElse(List.of()));
      }
      for (dev.berth.compose.model.Port port : typed.get().ports()) {
        Optional<PortRange> target = port.targetRange();
        if (port.error().isPresent() || target.isEmpty() || target.get().size() > 1024) {
          continue;
        }
        for (int n = target.get().start(); n <= target.get().end(); n++) {
          Port p = new Port(n, port.protocol());
          if (known.contains(p)) {
            continue;
          }
          ctx.report(
              port.node(),
              "Service `"
                  + s.name()
                  + "` publishes container port "
                  + p
                  + ", but "
                  + b.parsed().get().source().name()
                  + " EXPOSEs only "
                  + describe(exposed.get())
                  + "; the container may not listen on it. Publish the port the image serves,"
                  + " or EXPOSE this one.");
          break;
        }
      }
    }
  }

  private static String describe(Set<Port> ports) {
    return String.join(", ", ports.stream().map(Port::toString).sorted().toList());
  }

  /**
   * The ports the built stage and the stages it is built from EXPOSE; empty when a port cannot be
   * read (a variable).
   */
  private static Optional<Set<Port>> exposed(Dockerfile d, Optional<ScalarNode> target) {
    List<Stage> stages = d.stages();
    if (stages.isEmpty()) {
      return Optional.of(Set.of());
    }
    Stage built = stages.get(stages.size() - 1);
    if (target.isPresent()) {
      String wanted = GoText.toLower(target.get().value());
      for (Stage s : stages) {
        if (s.normalizedName().filter(wanted::equals).isPresent()) {
          built = s;
        }
      }
    }
    Set<Port> out = new HashSet<>();
    Set<Integer> visited = new HashSet<>();
    Stage stage = built;
    while (stage != null && visited.add(stage.index())) {
      for (Expose e : stage.instructions(Expose.class)) {
        for (Word w : e.ports()) {
          Optional<List<Port>> p = ports(w.text());
          if (p.isEmpty()) {
            return Optional.empty();
          }
          out.addAll(p.get());
        }
      }
      stage = parent(stages, stage);
    }
    return Optional.of(out);
  }

  /** The earlier stage a stage is built FROM, when its image names one. */
  private static Stage parent(List<Stage> stages, Stage stage) {
    Optional<String> image =
        stage.from().flatMap(f -> f.image()).map(w -> GoText.toLower(w.text()));
    if (image.isEmpty()) {
      return null;
    }
    for (Stage s : stages) {
      if (s.index() < stage.index() && s.normalizedName().filter(image.get()::equals).isPresent()) {
        return s;
      }
    }
    return null;
  }

  /** {@code 80}, {@code 80/udp}, {@code 8000-8002/tcp}; empty for anything else. */
  private static Optional<List<Port>> ports(String text) {
    String v = text.strip();
    String protocol = "tcp";
    int slash = v.indexOf('/');
    if (slash >= 0) {
      protocol = GoText.toLower(v.substring(slash + 1));
      v = v.substring(0, slash);
    }
    String[] range = v.split("-", -1);
    if (range.length > 2) {
      return Optional.empty();
    }
    try {
      int from = Integer.parseInt(range[0]);
      int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
      if (from < 0 || to > 65535 || to < from || to - from > 1024) {
        return Optional.empty();
      }
      List<Port> out = new ArrayList<>();
      for (int p = from; p <= to; p++) {
        out.add(new Port(p, protocol));
      }
      return Optional.of(out);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
