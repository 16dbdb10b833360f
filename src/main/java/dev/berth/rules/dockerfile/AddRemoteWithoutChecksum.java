package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Word;

/**
 * Off by default: {@code ADD https://...} downloads whatever the server sends at build time. With
 * {@code --checksum=sha256:...} BuildKit verifies it. Git sources are not reported.
 */
@RuleInfo(
    id = "AddRemoteWithoutChecksum",
    name = "add-remote-without-checksum",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Verify files ADD downloads with --checksum.")
public final class AddRemoteWithoutChecksum implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Add add : ctx.model().instructionsWithTriggers(Add.class)) {
      if (add.flag("checksum").isPresent()) {
        continue;
      }
      for (Word source : add.sources()) {
        String s = Values.unquoted(source.text());
        if (Sources.isUrl(s) && !Sources.isGit(s)) {
          ctx.report(
              source.span(),
              "ADD downloads "
                  + s
                  + " without verifying it; add --checksum=sha256:<digest of the file>");
        }
      }
    }
  }
}
