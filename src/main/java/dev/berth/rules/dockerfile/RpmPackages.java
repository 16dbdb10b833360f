package dev.berth.rules.dockerfile;

import dev.berth.api.DockerfileContext;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.List;
import java.util.Set;

/** How yum and dnf name a package version, for DL3033 and DL3041. */
final class RpmPackages {
  private RpmPackages() {}

  /** Reports the unpinned packages of an install, or the modules without a stream. */
  static void check(DockerfileContext ctx, ShellCommand c, String tool, Set<String> installs) {
    String sub = c.subcommand();
    if (sub.equals("module")) {
      List<ShellWord> after = c.arguments();
      if (after.size() < 2 || !after.get(1).value().equals("install")) {
        return;
      }
      for (ShellWord m : ShellRules.known(after.subList(2, after.size()))) {
        if (!m.value().contains(":")) {
          ctx.report(
              m.span(),
              tool
                  + " module install enables whichever stream of "
                  + m.value()
                  + " is the default: name one ("
                  + m.value()
                  + ":<stream>)");
        }
      }
      return;
    }
    if (!installs.contains(sub)) {
      return;
    }
    for (ShellWord pkg : ShellRules.known(c.argumentsAfter(sub))) {
      String v = pkg.value();
      if (!v.startsWith("@") && !isPinned(v)) {
        ctx.report(
            pkg.span(),
            tool
                + " installs whichever version of "
                + v
                + " is current: pin it ("
                + v
                + "-<version>)");
      }
    }
  }

  /**
   * An {@code .rpm} file, or {@code name-version}: after the name, dash-separated parts made of
   * letters, digits and {@code . ~ ^ _ : +}, one of them starting with a digit.
   */
  static boolean isPinned(String pkg) {
    if (pkg.endsWith(".rpm")) {
      return true;
    }
    String[] parts = pkg.split("-", -1);
    if (parts.length < 2) {
      return false;
    }
    boolean digit = false;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty()) {
        return false;
      }
      for (int k = 0; k < p.length(); k++) {
        char ch = p.charAt(k);
        if (!(ch < 128 && Character.isLetterOrDigit(ch)) && ".~^_:+".indexOf(ch) < 0) {
          return false;
        }
      }
      digit |= Character.isDigit(p.charAt(0));
    }
    return digit;
  }
}
