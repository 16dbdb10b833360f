package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import java.util.Set;

/**
 * {@code yum install} of a package without a version. A package is pinned when it ends in a version
 * ({@code tomcat-9.0.87}, {@code openssl-1:1.1.1k}) or names an {@code .rpm} file; a module ({@code
 * yum module install}) is pinned by its stream ({@code nodejs:18}). Groups ({@code @core}) are left
 * alone.
 */
@RuleInfo(
    id = "DL3033",
    name = "yum-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in yum install.")
public final class YumUnpinned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "yum")) {
      RpmPackages.check(ctx, f.command(), "yum", Set.of("install", "localinstall", "reinstall"));
    }
  }
}
