package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.ImageRef;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Locale;
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
    Map<String, Service> byName = ctx.project().serviceMap();
    for (Service s : ctx.project().services()) {
      for (Dependency dep : s.dependsOn()) {
        Service target = byName.get(dep.service().value());
        if (!dep.condition().equals(Dependency.SERVICE_STARTED) || target == null) {
          continue;
        }
        String name = dep.service().value();
        String waits =
            "Service '" + s.name().value() + "' waits only for '" + name + "' to start, ";
        if (target.healthcheck().filter(h -> !h.disabled()).isPresent()) {
          ctx.report(
              ServiceNodes.at(dep.node(), dep.service().span()),
              waits
                  + "not for its healthcheck to pass; use condition: service_healthy under"
                  + " depends_on."
                  + name);
        } else {
          Optional<String> server = statefulImage(target);
          if (server.isPresent()) {
            ctx.report(
                ServiceNodes.at(dep.node(), dep.service().span()),
                waits
                    + "and "
                    + server.get()
                    + " accepts connections only some time after that; give '"
                    + name
                    + "' a healthcheck and use condition: service_healthy");
          }
        }
      }
    }
  }

  private static Optional<String> statefulImage(Service s) {
    Optional<ImageRef> image = s.image();
    if (image.isEmpty()) {
      return Optional.empty();
    }
    String repository = image.get().repository().value();
    String name = repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return STATEFUL.contains(name) ? Optional.of(name) : Optional.empty();
  }
}
