package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.EnvFile;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An {@code env_file} (or {@code label_file}) that does not exist, unless the entry says {@code
 * required: false}: Compose refuses to start the service. Relative paths are resolved against the
 * compose file's folder, so they are checked only for a file read from disk; paths with a variable
 * are checked after interpolation.
 */
@RuleInfo(
    id = "env-file-exists",
    name = "env-file-exists",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Every required env_file and label_file must exist.")
public final class EnvFileExists implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    // Relative paths of a file given after another one, or included, resolve elsewhere; asked
    // only for a file with such paths, since the answer reads the folders around it.
    Optional<Path> folder = null;
    for (Service s : ctx.project().services()) {
      for (EnvFile f : s.envFiles()) {
        if (f.required() && !interpolated(f.node(), "path")) {
          folder = folder != null ? folder : folder(ctx);
          check(ctx, s, folder, f.path(), "env_file");
        }
      }
      for (SpannedText t : s.strings("label_file")) {
        if (!t.value().contains("$")) {
          folder = folder != null ? folder : folder(ctx);
          check(ctx, s, folder, t, "label_file");
        }
      }
    }
  }

  /** The folder relative paths resolve from: the file's, when it stands alone. */
  private static Optional<Path> folder(ComposeContext ctx) {
    return ctx.project().standalone() ? folder(ctx.source().name()) : Optional.empty();
  }

  /** Whether the scalar (or the key of a mapping) has a variable in its raw text. */
  static boolean interpolated(Node n, String key) {
    Node v = n instanceof MapNode ? ((MapNode) n).get(key).orElse(n) : n;
    return v instanceof ScalarNode && ((ScalarNode) v).raw().contains("$");
  }

  private static Optional<Path> folder(String name) {
    try {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Path parent = file.toAbsolutePath().getParent();
      return Optional.ofNullable(parent);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static void check(
      ComposeContext ctx, Service s, Optional<Path> folder, SpannedText path, String key) {
    String v = path.value();
    if (v.isEmpty()) {
      return;
    }
    Path resolved;
    try {
      Path p = Path.of(v.startsWith("~/") ? System.getProperty("user.home") + v.substring(1) : v);
      if (!p.isAbsolute()) {
        if (folder.isEmpty()) {
          return;
        }
        p = folder.get().resolve(p);
      }
      resolved = p;
    } catch (InvalidPathException e) {
      return;
    }
    if (Files.isRegularFile(resolved)) {
      return;
    }
    String what = Files.isDirectory(resolved) ? "is a folder, not a file" : "does not exist";
    String optional =
        key.equals("env_file")
            ? ", or write it as {path: " + v + ", required: false} if it is optional"
            : "";
    ctx.report(
        path.span(),
        key
            + " '"
            + v
            + "' of service '"
            + s.name().value()
            + "' "
            + what
            + ", so Compose refuses to start the service; create it or fix the path"
            + optional);
  }
}
