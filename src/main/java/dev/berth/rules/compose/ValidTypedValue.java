package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * After interpolation compose-go casts the strings found at typed places to booleans, integers or
 * numbers, and refuses the file when one does not cast. The schema lets any string through at these
 * places (so that {@code ${VAR}} can stand there); a value of another YAML type, such as a list or
 * a number where a boolean belongs, is the schema's to report ({@code invalid-schema}).
 */
@RuleInfo(
    id = "valid-typed-value",
    name = "valid-typed-value",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "A string at a boolean or numeric field must be a value Compose can read there.")
public final class ValidTypedValue implements ComposeRule {
  /** compose-go's typed paths (its interpolation cast table), by the kind they are cast to. */
  static final Map<String, GoValues.Kind> PATHS = paths();

  private static Map<String, GoValues.Kind> paths() {
    Map<String, GoValues.Kind> m = new LinkedHashMap<>();
    for (String p :
        List.of(
            "init",
            "privileged",
            "read_only",
            "stdin_open",
            "tty",
            "oom_kill_disable",
            "healthcheck.disable",
            "depends_on.*.required",
            "depends_on.*.restart",
            "volumes[].read_only",
            "volumes[].volume.nocopy")) {
      m.put("services.*." + p, GoValues.Kind.BOOLEAN);
    }
    for (String p : List.of("networks", "volumes", "secrets", "configs")) {
      m.put(p + ".*.external", GoValues.Kind.BOOLEAN);
    }
    for (String p : List.of("internal", "attachable", "enable_ipv4", "enable_ipv6")) {
      m.put("networks.*." + p, GoValues.Kind.BOOLEAN);
    }
    for (String p :
        List.of(
            "scale",
            "deploy.replicas",
            "deploy.update_config.parallelism",
            "deploy.rollback_config.parallelism",
            "deploy.restart_policy.max_attempts",
            "deploy.placement.max_replicas_per_node",
            "healthcheck.retries",
            "ports[].target",
            "ulimits.*",
            "ulimits.*.soft",
            "ulimits.*.hard",
            "cpu_count",
            "cpu_period",
            "cpu_quota",
            "cpu_rt_period",
            "cpu_rt_runtime",
            "cpu_shares",
            "oom_score_adj",
            "pids_limit")) {
      m.put("services.*." + p, GoValues.Kind.INTEGER);
    }
    for (String p :
        List.of(
            "cpus",
            "cpu_percent",
            "deploy.update_config.max_failure_ratio",
            "deploy.rollback_config.max_failure_ratio")) {
      m.put("services.*." + p, GoValues.Kind.FLOAT);
    }
    return m;
  }

  /** The paths in {@link #PATHS}' order, walked at once, and the kind of each. */
  private static final List<String> PATH_LIST = List.copyOf(PATHS.keySet());

  private static final List<GoValues.Kind> KINDS = List.copyOf(PATHS.values());

  @Override
  public void check(ComposeContext ctx) {
    List<List<NodePaths.Hit>> found = NodePaths.compile(PATH_LIST).find(ctx.model().root());
    for (int i = 0; i < PATH_LIST.size(); i++) {
      GoValues.Kind kind = KINDS.get(i);
      for (NodePaths.Hit h : NodePaths.strings(ctx.model(), found, i, i + 1)) {
        ScalarNode s = (ScalarNode) h.node();
        if (!kind.accepts(s.value())) {
          ctx.report(
              s.span(),
              "`"
                  + h.dotted()
                  + "` must be "
                  + kind.description
                  + ", got "
                  + NodePaths.quoted(s)
                  + "; Compose refuses the file (failed to cast to expected type)");
        }
      }
    }
  }
}
