package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import java.util.Set;

/**
 * {@code dnf install} (or {@code in}, {@code microdnf install}) of a package without a version. A
 * package is pinned when it ends in a version ({@code tomcat-9.0.87}, {@code openssl-1:1.1.1k}) or
 * names an {@code .rpm} file; a module ({@code dnf module install}) is pinned by its stream ({@code
 * nodejs:18}). Groups ({@code @core}, {@code dnf group install}) are left alone.
 */
@RuleInfo(
    id = "DL3041",
    name = "dnf-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in dnf install.")
public final class DnfUnpinned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "dnf", "microdnf", "dnf5")) {
      RpmPackages.check(
          ctx,
          f.command(),
          f.command().name(),
          Set.of("install", "in", "localinstall", "reinstall"));
    }
  }
}
