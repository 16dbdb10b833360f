package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.dockerfile.BaseNameEmpty;
import dev.berth.rules.dockerfile.CircularStageDependency;
import dev.berth.rules.dockerfile.DL3000;
import dev.berth.rules.dockerfile.DL3011;
import dev.berth.rules.dockerfile.DL3024;
import dev.berth.rules.dockerfile.DL3025;
import dev.berth.rules.dockerfile.DL3029;
import dev.berth.rules.dockerfile.DL3043;
import dev.berth.rules.dockerfile.DL3061;
import dev.berth.rules.dockerfile.DL3063;
import dev.berth.rules.dockerfile.DL3064;
import dev.berth.rules.dockerfile.DL3065;
import dev.berth.rules.dockerfile.DuplicateFlag;
import dev.berth.rules.dockerfile.ExposeInvalidFormat;
import dev.berth.rules.dockerfile.ExposeProtoCasing;
import dev.berth.rules.dockerfile.FlagValueInvalid;
import dev.berth.rules.dockerfile.InvalidBaseImagePlatform;
import dev.berth.rules.dockerfile.InvalidDefaultArgInFrom;
import dev.berth.rules.dockerfile.InvalidDefinitionDescription;
import dev.berth.rules.dockerfile.InvalidHealthcheck;
import dev.berth.rules.dockerfile.InvalidImageReference;
import dev.berth.rules.dockerfile.InvalidPort;
import dev.berth.rules.dockerfile.InvalidStageName;
import dev.berth.rules.dockerfile.InvalidStopSignal;
import dev.berth.rules.dockerfile.MultipleInstructionsDisallowed;
import dev.berth.rules.dockerfile.ShellNotJson;
import dev.berth.rules.dockerfile.StageNameCasing;
import dev.berth.rules.dockerfile.UndefinedArgInFrom;
import dev.berth.rules.dockerfile.UndefinedVar;
import dev.berth.rules.dockerfile.UnknownFlag;
import dev.berth.rules.dockerfile.UnsupportedVariableModifier;
import java.util.List;

/**
 * BuildKit's build checks and the errors BuildKit stops on (catalogue F.1 and section B). {@link
 * BuiltinRules} adds them to the rest.
 */
final class BuildkitRuleSet {
  private BuildkitRuleSet() {}

  static final List<Rule> RULES =
      List.of(
          new BaseNameEmpty(),
          new CircularStageDependency(),
          new DL3011(),
          new DL3024(),
          new DL3029(),
          new DL3043(),
          new DL3061(),
          new DL3063(),
          new DL3065(),
          new DuplicateFlag(),
          new FlagValueInvalid(),
          new InvalidDefaultArgInFrom(),
          new InvalidHealthcheck(),
          new InvalidImageReference(),
          new InvalidPort(),
          new InvalidStageName(),
          new InvalidStopSignal(),
          new ShellNotJson(),
          new StageNameCasing(),
          new UndefinedArgInFrom(),
          new UnknownFlag(),
          new UnsupportedVariableModifier(),
          new DL3000(),
          new DL3025(),
          new DL3064(),
          new ExposeInvalidFormat(),
          new ExposeProtoCasing(),
          new InvalidDefinitionDescription(),
          new MultipleInstructionsDisallowed(),
          new UndefinedVar(),
          new InvalidBaseImagePlatform());
}
