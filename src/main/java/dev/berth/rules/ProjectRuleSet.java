package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.project.BuildArgUndeclared;
import dev.berth.rules.project.BuildContextMissing;
import dev.berth.rules.project.BuildTargetMissing;
import dev.berth.rules.project.ExtendsTargetMissing;
import dev.berth.rules.project.IncludeTargetInvalid;
import dev.berth.rules.project.OverrideTypeClash;
import dev.berth.rules.project.PortNotExposed;
import dev.berth.rules.project.ResetInBaseFile;
import java.util.List;

/**
 * Project rules: checks across a compose project (override files, includes, extends) and the
 * Dockerfiles its services build. {@link BuiltinRules} adds them to the rest.
 */
final class ProjectRuleSet {
  private ProjectRuleSet() {}

  static final List<Rule> RULES =
      List.of(
          new BuildArgUndeclared(),
          new BuildContextMissing(),
          new BuildTargetMissing(),
          new ExtendsTargetMissing(),
          new IncludeTargetInvalid(),
          new OverrideTypeClash(),
          new PortNotExposed(),
          new ResetInBaseFile());
}
