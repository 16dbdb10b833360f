package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.EnvFile;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;

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
    for (Service s : ctx.project().services()) {
      for (EnvFile f : s.envFiles()) {
        String path = f.path().value().trim();
        if (absolute(path)) {
          ctx.report(
              ServiceNodes.at(f.node(), f.path().span()),
              "Service '"
                  + s.name().value()
                  + "' reads env_file "
                  + path
                  + " by an absolute path, which exists on this machine only; give it relative"
                  + " to the compose file");
        }
      }
    }
  }

  private static boolean absolute(String path) {
    return path.startsWith("/")
        || path.startsWith("\\")
        || (path.length() > 2
            && Character.isLetter(path.charAt(0))
            && path.charAt(1) == ':'
            && (path.charAt(2) == '/' || path.charAt(2) == '\\'));
  }
}
