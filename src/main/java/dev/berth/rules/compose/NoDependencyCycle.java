package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Services that depend on each other in a circle, over explicit {@code depends_on} and the
 * dependencies Compose adds for {@code links}, {@code volumes_from} and {@code service:x}. Compose
 * cannot order them and refuses the file. Each cycle is reported once, at the edge that closes it,
 * with the whole path. The search is an iterative depth-first walk: linear in services and edges.
 */
@RuleInfo(
    id = "no-dependency-cycle",
    name = "no-dependency-cycle",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Service dependencies must not form a cycle.")
public final class NoDependencyCycle implements ComposeRule {
  private static final int WHITE = 0;
  private static final int GREY = 1;
  private static final int BLACK = 2;

  @Override
  public void check(ComposeContext ctx) {
    Project p = ctx.project();
    Map<String, Integer> color = new HashMap<>();
    for (Service start : p.services()) {
      if (color.getOrDefault(start.name().value(), WHITE) != WHITE) {
        continue;
      }
      // Each frame: the service and the index of its next dependency to follow.
      Deque<Service> path = new ArrayDeque<>();
      Deque<int[]> next = new ArrayDeque<>();
      path.push(start);
      next.push(new int[] {0});
      color.put(start.name().value(), GREY);
      while (!path.isEmpty()) {
        Service s = path.peek();
        int[] i = next.peek();
        List<Dependency> deps = s.dependencies();
        if (i[0] >= deps.size()) {
          color.put(s.name().value(), BLACK);
          path.pop();
          next.pop();
          continue;
        }
        Dependency d = deps.get(i[0]++);
        String target = d.service().value();
        Service t = p.service(target).orElse(null);
        if (t == null) {
          continue;
        }
        int c = color.getOrDefault(target, WHITE);
        if (c == GREY) {
          report(ctx, path, s, d, target);
        } else if (c == WHITE) {
          color.put(target, GREY);
          path.push(t);
          next.push(new int[] {0});
        }
      }
    }
  }

  private static void report(
      ComposeContext ctx, Deque<Service> path, Service from, Dependency d, String target) {
    List<String> cycle = new ArrayList<>();
    for (var it = path.descendingIterator(); it.hasNext(); ) {
      String name = it.next().name().value();
      if (cycle.isEmpty() && !name.equals(target)) {
        continue;
      }
      cycle.add(name);
    }
    cycle.add(target);
    String where = d.explicit() ? "depends_on" : d.via().key() + " (an implicit depends_on)";
    ctx.report(
        d.service().span(),
        "dependency cycle: "
            + String.join(" -> ", cycle)
            + "; Compose cannot decide which service starts first. Remove '"
            + target
            + "' from the "
            + where
            + " of '"
            + from.name().value()
            + "' or another edge of the cycle");
  }
}
