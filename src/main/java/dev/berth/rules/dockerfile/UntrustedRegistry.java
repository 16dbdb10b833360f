package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.ImageReference;
import dev.berth.dockerfile.model.StageGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Images must come from the registries of {@code trustedRegistries} ({@code --trusted-registry},
 * {@code HADOLINT_TRUSTED_REGISTRIES}); the rule runs only when that list is not empty. It checks
 * the {@code FROM} images, {@code COPY --from} images and {@code RUN --mount=...,from=} images;
 * stage names, stage indexes and {@code scratch} are internal. An image without registry ({@code
 * ubuntu}, {@code user/app}) comes from Docker Hub: it is trusted when {@code docker.io} or {@code
 * hub.docker.com} is. Entries match exactly, {@code *} matches any registry, {@code *.example.com}
 * any host ending in {@code .example.com}, {@code registry*} any host starting with {@code
 * registry}.
 */
@RuleInfo(
    id = "DL3026",
    name = "untrusted-registry",
    level = Level.ERROR,
    category = Category.SECURITY,
    summary = "Use images from the trusted registries only.")
public final class UntrustedRegistry implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return !settings.trustedRegistries().isEmpty();
  }

  @Override
  public void check(DockerfileContext ctx) {
    List<String> trusted = ctx.settings().trustedRegistries();
    if (trusted.isEmpty()) {
      return;
    }
    StageGraph graph = ctx.stageGraph();
    for (StageGraph.Base base : graph.imageBases()) {
      check(ctx, trusted, base.image().get());
    }
    for (StageGraph.Reference r : graph.references()) {
      r.image().ifPresent(i -> check(ctx, trusted, i));
    }
  }

  private static void check(DockerfileContext ctx, List<String> trusted, ImageReference image) {
    if (image.isScratch()) {
      return;
    }
    List<String> names = new ArrayList<>();
    image.registry().ifPresent(r -> names.add(r.text()));
    names.add(image.domain());
    if (image.domain().equals(ImageReference.DEFAULT_REGISTRY)) {
      names.add("hub.docker.com");
    }
    for (String name : names) {
      for (String t : trusted) {
        if (matches(t, name)) {
          return;
        }
      }
    }
    Span where = image.registry().map(ImageReference.Part::span).orElse(image.span());
    String registry =
        image.hasImplicitRegistry() ? "Docker Hub (docker.io)" : "'" + image.domain() + "'";
    ctx.report(
        where,
        "Image '"
            + image.text()
            + "' comes from "
            + registry
            + ", which is not a trusted registry ("
            + String.join(", ", trusted)
            + "); use an image from a trusted registry or add the registry to trustedRegistries");
  }

  static boolean matches(String trusted, String registry) {
    if (trusted.equals("*")) {
      return true;
    }
    if (trusted.startsWith("*")) {
      return registry.endsWith(trusted.substring(1));
    }
    if (trusted.endsWith("*")) {
      return registry.startsWith(trusted.substring(0, trusted.length() - 1));
    }
    return trusted.equals(registry);
  }
}
