package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;

/**
 * An {@code env_file} given as an absolute path: it exists on one machine only, and Compose warns
 * about it.
 */
@RuleInfo(
    id = "no-absolute-env-file-path",
    name = "no-absolute-env-file-path",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Give env_file paths relative to the compose file.")
public final class NoAbsoluteEnvFilePath implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (ServiceNodes.Service s : ServiceNodes.services(ctx)) {
      for (Node item : s.get("env_file").map(ServiceNodes::items).orElse(List.of())) {
        Optional<ScalarNode> path =
            ServiceNodes.scalar(item)
                .or(
                    () ->
                        ServiceNodes.map(item)
                            .flatMap(m -> m.get("path"))
                            .flatMap(ServiceNodes::scalar));
        if (path.isPresent() && absolute(path.get().value().trim())) {
          ctx.report(
              path.get().site(),
              "Service '"
                  + s.name().value()
                  + "' reads env_file "
                  + path.get().value().trim()
                  + " by an absolute path, which exists on this machine only; give it relative"
                  + " to the compose file");
        }
      }
    }
  }

  private static boolean absolute(String path) {
    return path.startsWith("/") || path.startsWith("\\") || path.matches("[A-Za-z]:[\\\\/].*");
  }
}
