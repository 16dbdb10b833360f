package dev.berth.config;

import dev.berth.engine.PathGlob;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code exclude} patterns of one config file, matched against paths relative to the folder that
 * holds the file.
 */
public record ExcludeGlobs(Path base, List<String> patterns, List<PathGlob> globs) {
  public ExcludeGlobs {
    patterns = List.copyOf(patterns);
    globs = List.copyOf(globs);
  }

  static ExcludeGlobs of(Path base, List<String> patterns) {
    return new ExcludeGlobs(base, patterns, PathGlob.compileAll(patterns));
  }

  /** Whether an absolute path is excluded; paths outside the base folder never are. */
  public boolean excludes(Path absolute, boolean directory) {
    Path p = absolute.normalize();
    if (!p.startsWith(base) || p.equals(base)) {
      return false;
    }
    String relative = base.relativize(p).toString().replace('\\', '/');
    return PathGlob.excluded(globs, relative, directory);
  }
}
