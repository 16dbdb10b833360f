package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.Option;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts;
import java.util.Optional;

/**
 * {@code useradd} with a large UID ({@code -u} or {@code --uid} with more than five digits) and
 * without {@code -l}: useradd then grows {@code /var/log/lastlog} and {@code faillog} into sparse
 * files as large as the UID, which image layers store in full. ONBUILD triggers too.
 */
@RuleInfo(
    id = "DL3046",
    name = "useradd-high-uid",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Use useradd -l (--no-log-init) with a large UID.")
public final class UseraddHighUid implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellFacts.ShellRun run : ctx.shells().runs()) {
      for (ShellCommand cmd : run.script().commands("useradd")) {
        if (cmd.hasOption("-l", "--no-log-init")) {
          continue;
        }
        Optional<Option> uid = cmd.option("-u", "--uid");
        if (uid.isEmpty() || uid.get().value().isEmpty()) {
          continue;
        }
        String value = uid.get().value().get();
        if (value.length() <= 5 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
          continue;
        }
        ctx.report(
            uid.get().valueSpan().orElse(uid.get().span()),
            "useradd with UID "
                + value
                + " and no -l writes lastlog and faillog files as large as the UID into the"
                + " layer; add -l (--no-log-init)");
      }
    }
  }
}
