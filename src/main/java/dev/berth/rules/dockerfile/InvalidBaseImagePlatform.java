package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.ImageReference;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A base image that cannot exist for the platform the stage asks for. BuildKit finds this out from
 * the registry; berth knows it without one only for Windows images (Microsoft's {@code windows},
 * {@code servercore} and {@code nanoserver} images, and tags naming them), which exist for Windows
 * alone: a constant {@code --platform} with another operating system is reported.
 */
@RuleInfo(
    id = "InvalidBaseImagePlatform",
    name = "invalid-base-image-platform",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Ask for a platform the base image is published for.")
public final class InvalidBaseImagePlatform implements DockerfileRule {
  private static final Pattern WINDOWS =
      Pattern.compile(
          "(?:.*/)?(?:windows|windowsservercore|servercore|nanoserver)(?:[/:@-].*)?"
              + "|.*:.*(?:nanoserver|windowsservercore|servercore-ltsc).*");

  @Override
  public void check(DockerfileContext ctx) {
    StageGraph g = ctx.stageGraph();
    for (Stage s : g.stages()) {
      Optional<ImageReference> image = g.base(s).flatMap(StageGraph.Base::image);
      if (image.isEmpty() || image.get().error().isPresent()) {
        continue;
      }
      String ref = image.get().text();
      if (!WINDOWS.matcher(ref).matches()) {
        continue;
      }
      for (Flag f : s.from().get().flags()) {
        String v = f.value().orElse("");
        if (!f.name().equals("platform") || v.isEmpty() || BuildkitSyntax.hasVariable(v)) {
          continue;
        }
        String os = GoText.toLower(v.split("/", -1)[0]);
        if (!os.equals("windows")) {
          ctx.report(
              f.span(),
              ref
                  + " is published for Windows only, not for --platform="
                  + v
                  + "; use a windows/... platform or another base image");
        }
      }
    }
  }
}
