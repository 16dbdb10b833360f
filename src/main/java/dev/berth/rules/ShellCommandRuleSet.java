package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.dockerfile.CdInRun;
import dev.berth.rules.dockerfile.ConsecutiveRun;
import dev.berth.rules.dockerfile.CopiedArchiveExtracted;
import dev.berth.rules.dockerfile.LnBinSh;
import dev.berth.rules.dockerfile.PipeWithoutPipefail;
import dev.berth.rules.dockerfile.PointlessCommand;
import dev.berth.rules.dockerfile.SudoInRun;
import dev.berth.rules.dockerfile.UseraddHighUid;
import dev.berth.rules.dockerfile.WgetAndCurl;
import dev.berth.rules.dockerfile.WgetProgress;
import java.util.List;

/**
 * The hadolint rules about the commands a RUN runs (sudo, cd, wget, ln, useradd, pipes, archives)
 * and how RUNs follow each other; they read the shell model. {@link BuiltinRules} adds them to the
 * rest.
 */
final class ShellCommandRuleSet {
  private ShellCommandRuleSet() {}

  static final List<Rule> RULES =
      List.of(
          new PointlessCommand(),
          new CdInRun(),
          new SudoInRun(),
          new CopiedArchiveExtracted(),
          new UseraddHighUid(),
          new WgetProgress(),
          new ConsecutiveRun(),
          new WgetAndCurl(),
          new LnBinSh(),
          new PipeWithoutPipefail());
}
