package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * {@code go install} or {@code go get} of a module without a version, or at {@code @latest}: the
 * build takes whatever is newest. A module is pinned at a version or commit ({@code
 * golang.org/x/tools/gopls@v0.16.1}); local packages ({@code ./...}, {@code .}, {@code main.go},
 * {@code tool}) need none, and {@code @none} removes a module. For {@code go run}, only the package
 * to run is checked, not the program's arguments.
 */
@RuleInfo(
    id = "DL3062",
    name = "go-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in go install, go get and go run.")
public final class GoUnpinned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "go")) {
      ShellCommand c = f.command();
      List<ShellWord> modules;
      if (ShellRules.subcommandIs(c, "install", "get")) {
        modules = c.argumentsAfter(c.subcommand());
      } else if (ShellRules.subcommandIs(c, "run")) {
        List<ShellWord> after = c.argumentsAfter("run");
        modules = after.isEmpty() ? List.of() : after.subList(0, 1);
      } else {
        continue;
      }
      for (ShellWord m : ShellRules.known(modules)) {
        String v = m.value();
        if (!isPinned(v)) {
          String name = v.contains("@") ? v.substring(0, v.lastIndexOf('@')) : v;
          ctx.report(
              m.span(),
              "go "
                  + c.subcommand()
                  + " takes the newest version of "
                  + name
                  + ": pin it ("
                  + name
                  + "@<version>)");
        }
      }
    }
  }

  /** Patterns that name no module: the main module's tools, the standard library... */
  private static final Set<String> META = Set.of("tool", "all", "std", "cmd");

  static boolean isPinned(String module) {
    if (module.startsWith(".")
        || module.startsWith("/")
        || module.endsWith(".go")
        || META.contains(module)) {
      return true;
    }
    return module.contains("@") && !module.endsWith("@latest");
  }
}
