package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code depends_on} that waits only for the dependency's container to start (the short syntax,
 * or {@code condition: service_started}) when the dependency has a healthcheck, or runs a
 * well-known server (a database, a broker, a search engine) that takes a while to accept
 * connections after it starts.
 */
@RuleInfo(
    id = "depends-on-healthy-condition",
    name = "depends-on-healthy-condition",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Wait for a dependency to be healthy, not just started.")
public final class DependsOnHealthyCondition implements ComposeRule {
  /** Images of servers that accept connections only some time after their container starts. */
  static final Set<String> STATEFUL =
      Set.of(
          "postgres",
          "postgresql",
          "postgis",
          "timescaledb",
          "mysql",
          "mariadb",
          "percona",
          "percona-server",
          "mongo",
          "mongodb",
          "redis",
          "redis-stack",
          "redis-stack-server",
          "valkey",
          "keydb",
          "kafka",
          "cp-kafka",
          "rabbitmq",
          "elasticsearch",
          "opensearch",
          "cassandra",
          "scylla",
          "zookeeper",
          "cp-zookeeper",
          "cockroach",
          "clickhouse-server",
          "couchdb",
          "couchbase",
          "neo4j",
          "influxdb",
          "etcd");

  @Override
  public void check(ComposeContext ctx) {
    Map<String, ServiceNodes.Service> byName = new HashMap<>();
    List<ServiceNodes.Service> services = ServiceNodes.services(ctx);
    for (ServiceNodes.Service s : services) {
      byName.put(s.name().value(), s);
    }
    for (ServiceNodes.Service s : services) {
      Optional<Node> dependsOn = s.get("depends_on");
      if (dependsOn.isEmpty()) {
        continue;
      }
      for (ScalarNode dep : ServiceNodes.names(dependsOn.get())) {
        String condition = "service_started";
        if (dependsOn.get() instanceof MapNode m) {
          condition =
              m.get(dep.value())
                  .flatMap(ServiceNodes::map)
                  .flatMap(d -> d.get("condition"))
                  .flatMap(ServiceNodes::scalar)
                  .map(c -> c.value().trim())
                  .orElse("service_started");
        }
        ServiceNodes.Service target = byName.get(dep.value());
        if (!condition.equals("service_started") || target == null) {
          continue;
        }
        String waits =
            "Service '" + s.name().value() + "' waits only for '" + dep.value() + "' to start, ";
        if (Healthchecks.enabled(target)) {
          ctx.report(
              dep.site(),
              waits
                  + "not for its healthcheck to pass; use condition: service_healthy under"
                  + " depends_on."
                  + dep.value());
        } else {
          Optional<String> server = statefulImage(target);
          if (server.isPresent()) {
            ctx.report(
                dep.site(),
                waits
                    + "and "
                    + server.get()
                    + " accepts connections only some time after that; give '"
                    + dep.value()
                    + "' a healthcheck and use condition: service_healthy");
          }
        }
      }
    }
  }

  private static Optional<String> statefulImage(ServiceNodes.Service s) {
    Optional<ScalarNode> image = s.scalar("image");
    if (image.isEmpty()) {
      return Optional.empty();
    }
    String name = ImageRefs.of(image.get()).shortName();
    return STATEFUL.contains(name) ? Optional.of(name) : Optional.empty();
  }
}
