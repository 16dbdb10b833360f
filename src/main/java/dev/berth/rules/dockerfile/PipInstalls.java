package dev.berth.rules.dockerfile;

import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.List;

/** Which commands install with pip, for DL3013 and DL3042. */
final class PipInstalls {
  private PipInstalls() {}

  /**
   * {@code pip install} by any pip ({@code pip3}, {@code pipx}, {@code python -m pip}); pipenv is
   * another tool.
   */
  static boolean isPipInstall(ShellCommand c) {
    String name = c.name().substring(c.name().lastIndexOf('/') + 1);
    return name.startsWith("pip") && !name.startsWith("pipenv") && c.subcommand().equals("install");
  }

  /** The packages a pip install, or a {@code uv pip install}, names; empty for other commands. */
  static List<ShellWord> packages(ShellCommand c) {
    if (isPipInstall(c)) {
      return c.argumentsAfter("install");
    }
    List<ShellWord> a = c.arguments();
    if (c.is("uv")
        && a.size() > 2
        && a.get(0).value().equals("pip")
        && a.get(1).value().equals("install")) {
      return a.subList(2, a.size());
    }
    return List.of();
  }
}
