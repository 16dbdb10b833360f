package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.dockerfile.ApkAddWithoutNoCache;
import dev.berth.rules.dockerfile.ApkUnpinned;
import dev.berth.rules.dockerfile.AptGetInstallsRecommends;
import dev.berth.rules.dockerfile.AptGetUnpinned;
import dev.berth.rules.dockerfile.AptGetWithoutYes;
import dev.berth.rules.dockerfile.AptInsteadOfAptGet;
import dev.berth.rules.dockerfile.AptListsNotDeleted;
import dev.berth.rules.dockerfile.DnfCacheNotCleaned;
import dev.berth.rules.dockerfile.DnfUnpinned;
import dev.berth.rules.dockerfile.DnfWithoutYes;
import dev.berth.rules.dockerfile.GemUnpinned;
import dev.berth.rules.dockerfile.GoUnpinned;
import dev.berth.rules.dockerfile.NpmUnpinned;
import dev.berth.rules.dockerfile.PipCacheNotDisabled;
import dev.berth.rules.dockerfile.PipUnpinned;
import dev.berth.rules.dockerfile.YarnCacheNotCleaned;
import dev.berth.rules.dockerfile.YumCacheNotCleaned;
import dev.berth.rules.dockerfile.YumUnpinned;
import dev.berth.rules.dockerfile.YumWithoutYes;
import dev.berth.rules.dockerfile.ZypperCacheNotCleaned;
import dev.berth.rules.dockerfile.ZypperDistUpgrade;
import dev.berth.rules.dockerfile.ZypperNotNonInteractive;
import dev.berth.rules.dockerfile.ZypperUnpinned;
import java.util.List;

/**
 * The Dockerfile rules that read the shell model of RUN, CMD, ENTRYPOINT and HEALTHCHECK (package
 * managers, commands, pipes). {@link BuiltinRules} adds them to the rest.
 */
final class ShellRuleSet {
  private ShellRuleSet() {}

  static final List<Rule> RULES =
      List.of(
          new AptGetUnpinned(),
          new AptListsNotDeleted(),
          new PipUnpinned(),
          new AptGetWithoutYes(),
          new AptGetInstallsRecommends(),
          new NpmUnpinned(),
          new ApkUnpinned(),
          new ApkAddWithoutNoCache(),
          new AptInsteadOfAptGet(),
          new GemUnpinned(),
          new YumWithoutYes(),
          new YumCacheNotCleaned(),
          new YumUnpinned(),
          new ZypperNotNonInteractive(),
          new ZypperDistUpgrade(),
          new ZypperCacheNotCleaned(),
          new ZypperUnpinned(),
          new DnfWithoutYes(),
          new DnfCacheNotCleaned(),
          new DnfUnpinned(),
          new PipCacheNotDisabled(),
          new YarnCacheNotCleaned(),
          new GoUnpinned());
}
