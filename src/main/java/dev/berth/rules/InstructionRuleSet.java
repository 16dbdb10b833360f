package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.dockerfile.AddLocalFile;
import dev.berth.rules.dockerfile.AddRemoteWithoutChecksum;
import dev.berth.rules.dockerfile.CopyFromOwnStage;
import dev.berth.rules.dockerfile.CopyFromUnknownStage;
import dev.berth.rules.dockerfile.CopyRelativeWithoutWorkdir;
import dev.berth.rules.dockerfile.CopyWholeFilesystem;
import dev.berth.rules.dockerfile.DirectiveCasing;
import dev.berth.rules.dockerfile.EnvRefersToSameEnv;
import dev.berth.rules.dockerfile.HealthcheckMissing;
import dev.berth.rules.dockerfile.ImageWithoutDigest;
import dev.berth.rules.dockerfile.InvalidLabelKey;
import dev.berth.rules.dockerfile.JsonInSingleQuotes;
import dev.berth.rules.dockerfile.LabelEmpty;
import dev.berth.rules.dockerfile.LabelMissing;
import dev.berth.rules.dockerfile.LabelNotEmail;
import dev.berth.rules.dockerfile.LabelNotGitHash;
import dev.berth.rules.dockerfile.LabelNotInSchema;
import dev.berth.rules.dockerfile.LabelNotRfc3339;
import dev.berth.rules.dockerfile.LabelNotSemver;
import dev.berth.rules.dockerfile.LabelNotSpdx;
import dev.berth.rules.dockerfile.LabelNotUrl;
import dev.berth.rules.dockerfile.LastUserRoot;
import dev.berth.rules.dockerfile.LatestTag;
import dev.berth.rules.dockerfile.MultiSourceDestination;
import dev.berth.rules.dockerfile.UntaggedImage;
import dev.berth.rules.dockerfile.UntrustedRegistry;
import dev.berth.rules.dockerfile.UserNotNumeric;
import dev.berth.rules.dockerfile.UserNotSet;
import java.util.List;

/**
 * The hadolint-compatible Dockerfile rules that read instructions, stages and images rather than
 * shell commands, and berth's rules of the same kind. {@link BuiltinRules} adds them to the rest.
 */
final class InstructionRuleSet {
  private InstructionRuleSet() {}

  static final List<Rule> RULES =
      List.<Rule>of(
          new AddLocalFile(),
          new AddRemoteWithoutChecksum(),
          new CopyFromOwnStage(),
          new CopyFromUnknownStage(),
          new CopyRelativeWithoutWorkdir(),
          new CopyWholeFilesystem(),
          new DirectiveCasing(),
          new EnvRefersToSameEnv(),
          new HealthcheckMissing(),
          new ImageWithoutDigest(),
          new InvalidLabelKey(),
          new JsonInSingleQuotes(),
          new LabelEmpty(),
          new LabelMissing(),
          new LabelNotEmail(),
          new LabelNotGitHash(),
          new LabelNotInSchema(),
          new LabelNotRfc3339(),
          new LabelNotSemver(),
          new LabelNotSpdx(),
          new LabelNotUrl(),
          new LastUserRoot(),
          new LatestTag(),
          new MultiSourceDestination(),
          new UntaggedImage(),
          new UntrustedRegistry(),
          new UserNotNumeric(),
          new UserNotSet());
}
