package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.compose.ComposeFileTooLarge;
import dev.berth.rules.compose.ComposeInvalidSuppression;
import dev.berth.rules.compose.ComposeTooManyFindings;
import dev.berth.rules.compose.InvalidSchema;
import dev.berth.rules.compose.InvalidYaml;
import dev.berth.rules.compose.NoDuplicateKeys;
import dev.berth.rules.compose.NoEmptyFile;
import dev.berth.rules.compose.NoLegacyV1Format;
import dev.berth.rules.compose.NoMissingRequiredVariable;
import dev.berth.rules.compose.NoMultipleDocuments;
import dev.berth.rules.compose.NoUndefinedVariables;
import dev.berth.rules.compose.NoUnknownProperty;
import dev.berth.rules.compose.NoVersionField;
import dev.berth.rules.compose.NoYamlAliasCycle;
import dev.berth.rules.compose.ValidEnvFile;
import dev.berth.rules.compose.ValidInterpolation;
import dev.berth.rules.dockerfile.BinaryFile;
import dev.berth.rules.dockerfile.ConsistentInstructionCasing;
import dev.berth.rules.dockerfile.CopyIgnoredFile;
import dev.berth.rules.dockerfile.EmptyDockerfile;
import dev.berth.rules.dockerfile.ExecFormNotStrings;
import dev.berth.rules.dockerfile.ExpansionTooLarge;
import dev.berth.rules.dockerfile.FileTooLarge;
import dev.berth.rules.dockerfile.FromAsCasing;
import dev.berth.rules.dockerfile.HeredocTooLarge;
import dev.berth.rules.dockerfile.InlineIgnorePragma;
import dev.berth.rules.dockerfile.InvalidArgumentCount;
import dev.berth.rules.dockerfile.InvalidDirective;
import dev.berth.rules.dockerfile.InvalidSuppression;
import dev.berth.rules.dockerfile.InvalidUtf8;
import dev.berth.rules.dockerfile.KeyValueSyntax;
import dev.berth.rules.dockerfile.LegacyKeyValueFormat;
import dev.berth.rules.dockerfile.LineTooLong;
import dev.berth.rules.dockerfile.MaintainerDeprecated;
import dev.berth.rules.dockerfile.NoEmptyContinuation;
import dev.berth.rules.dockerfile.ParseError;
import dev.berth.rules.dockerfile.ShellCheck;
import dev.berth.rules.dockerfile.TooManyFindings;
import dev.berth.rules.dockerfile.UnknownInstructionKeyword;
import dev.berth.rules.dockerfile.UnterminatedHeredoc;
import dev.berth.rules.dockerfile.UnusedSuppression;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every rule berth ships, sorted by id. The CLI hands this list to the engine. */
public final class BuiltinRules {
  private BuiltinRules() {}

  /** The rules of the first rounds: parse, load, schema, suppression and limit problems. */
  private static final List<Rule> CORE =
      List.<Rule>of(
          new BinaryFile(),
          new ComposeInvalidSuppression(),
          new ComposeTooManyFindings(),
          new InvalidSchema(),
          new InvalidYaml(),
          new NoUnknownProperty(),
          new NoVersionField(),
          new NoDuplicateKeys(),
          new NoYamlAliasCycle(),
          new ComposeFileTooLarge(),
          new NoEmptyFile(),
          new NoMultipleDocuments(),
          new NoLegacyV1Format(),
          new ValidInterpolation(),
          new NoUndefinedVariables(),
          new NoMissingRequiredVariable(),
          new ValidEnvFile(),
          new ConsistentInstructionCasing(),
          new CopyIgnoredFile(),
          new InlineIgnorePragma(),
          new EmptyDockerfile(),
          new ExecFormNotStrings(),
          new ExpansionTooLarge(),
          new FileTooLarge(),
          new FromAsCasing(),
          new HeredocTooLarge(),
          new InvalidArgumentCount(),
          new UnknownInstructionKeyword(),
          new InvalidDirective(),
          new InvalidSuppression(),
          new InvalidUtf8(),
          new KeyValueSyntax(),
          new LegacyKeyValueFormat(),
          new LineTooLong(),
          new MaintainerDeprecated(),
          new NoEmptyContinuation(),
          new ParseError(),
          new ShellCheck(),
          new TooManyFindings(),
          new UnterminatedHeredoc(),
          new UnusedSuppression());

  private static final List<Rule> ALL =
      Stream.of(
              CORE,
              ShellRuleSet.RULES,
              ShellCommandRuleSet.RULES,
              InstructionRuleSet.RULES,
              BuildkitRuleSet.RULES,
              ComposeReferenceRuleSet.RULES,
              ComposeValueRuleSet.RULES,
              ComposeSecurityRuleSet.RULES,
              ProjectRuleSet.RULES)
          .flatMap(List::stream)
          .sorted(Comparator.comparing(r -> r.meta().id()))
          .toList();

  public static List<Rule> all() {
    return ALL;
  }
}
