package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code scale} and {@code deploy.replicas} with different values, or a negative one: Compose
 * refuses both.
 */
@RuleInfo(
    id = "consistent-replicas",
    name = "consistent-replicas",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "scale and deploy.replicas must agree and not be negative.")
public final class ConsistentReplicas implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<Node> scale = s.get("scale");
      Optional<Node> replicas = s.deploy().flatMap(d -> d.get("replicas"));
      Optional<BigDecimal> a = Quantities.number(scale);
      Optional<BigDecimal> b = Quantities.number(replicas);
      negative(ctx, s, scale, a, "scale");
      negative(ctx, s, replicas, b, "deploy.replicas");
      if (a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) != 0) {
        ctx.report(
            replicas.get().span(),
            "service '"
                + s.name().value()
                + "' sets scale: "
                + a.get()
                + " and deploy.replicas: "
                + b.get()
                + ", which Compose refuses; keep deploy.replicas alone");
      }
    }
  }

  private static void negative(
      ComposeContext ctx, Service s, Optional<Node> n, Optional<BigDecimal> v, String key) {
    if (v.isPresent() && v.get().signum() < 0) {
      ctx.report(
          n.get().span(),
          key + " of service '" + s.name().value() + "' is negative; use 0 or more");
    }
  }

  static Optional<BigDecimal> replicas(Service s) {
    Optional<BigDecimal> b =
        Quantities.number(s.deploy().flatMap((MapNode d) -> d.get("replicas")));
    return b.isPresent() ? b : Quantities.number(s.get("scale"));
  }
}
