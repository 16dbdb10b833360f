package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.api.RuleOptions;
import dev.berth.compose.model.MapNode;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of a service in groups: what it runs, what it depends on, its data, its environment, its
 * networking, its runtime behaviour, its metadata, its security context, then every other key
 * alphabetically. Options (dclint's): {@code groupOrder}, the group names in order, and {@code
 * groups}, a mapping from a group name to its keys, replacing that group's default keys. Merge keys
 * ({@code <<}) may stand anywhere.
 */
@RuleInfo(
    id = "service-keys-order",
    name = "service-keys-order",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    enabledByDefault = false,
    aliases = {"order-service-properties"},
    summary = "Write a service's keys in the usual group order.")
public final class ServiceKeysOrder implements ComposeRule {
  static final String OTHER = "Other";

  private static final Map<String, List<String>> DEFAULT_GROUPS = defaults();

  private static Map<String, List<String>> defaults() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("Core Definitions", List.of("image", "build", "container_name"));
    m.put("Service Dependencies", List.of("depends_on"));
    m.put(
        "Data Management and Configuration",
        List.of("volumes", "volumes_from", "configs", "secrets"));
    m.put("Environment Configuration", List.of("environment", "env_file"));
    m.put("Networking", List.of("ports", "networks", "network_mode", "extra_hosts"));
    m.put(
        "Runtime Behavior",
        List.of("command", "entrypoint", "working_dir", "restart", "healthcheck"));
    m.put("Operational Metadata", List.of("logging", "labels"));
    m.put("Security and Execution Context", List.of("user", "isolation"));
    m.put(OTHER, List.of());
    return m;
  }

  @Override
  public void check(ComposeContext ctx) {
    Comparator<String> order = order(ctx.options());
    for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services.*")) {
      if (!(h.node() instanceof MapNode service) || !h.local()) {
        continue;
      }
      List<Ordering.Entry<String>> entries = new ArrayList<>();
      List<Reorder.Item> items = Reorder.items(service);
      int k = 0;
      for (MapNode.Entry e : service.entries()) {
        if (!e.merged()) {
          String key = e.key().value();
          entries.add(new Ordering.Entry<>(key, key, e.key().span(), items.get(k++)));
        }
      }
      Ordering.check(ctx, service, entries, order, "Key", "Order the service's keys");
    }
  }

  /** The key order the options ask for. */
  static Comparator<String> order(RuleOptions options) {
    Map<String, List<String>> groups = new LinkedHashMap<>(DEFAULT_GROUPS);
    if (options.get("groups").orElse(null) instanceof Map<?, ?> given) {
      for (Map.Entry<?, ?> e : given.entrySet()) {
        if (e.getValue() instanceof List<?> keys) {
          groups.put(String.valueOf(e.getKey()), keys.stream().map(String::valueOf).toList());
        }
      }
    }
    List<String> groupOrder =
        options.getStrings("groupOrder", List.copyOf(DEFAULT_GROUPS.keySet()));
    Map<String, Integer> rank = new LinkedHashMap<>();
    int otherRank = groupOrder.contains(OTHER) ? -1 : Integer.MAX_VALUE / 2;
    int r = 0;
    for (String g : groupOrder) {
      if (g.equals(OTHER)) {
        otherRank = r;
      }
      for (String key : groups.getOrDefault(g, List.of())) {
        rank.putIfAbsent(key, r);
      }
      r += 1000;
    }
    for (String key : List.copyOf(rank.keySet())) {
      int group = rank.get(key);
      rank.put(key, group + groups.get(groupOrder.get(group / 1000)).indexOf(key));
    }
    int other = otherRank;
    return Comparator.<String>comparingInt(k -> rank.getOrDefault(k, other))
        .thenComparing(k -> rank.containsKey(k) ? "" : k);
  }
}
