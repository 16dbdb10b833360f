package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.api.RuleMetaIndex;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every rule berth ships, sorted by id. The CLI hands these to the engine: a lint run instantiates
 * only the families it has files of ({@link #forFamilies}), since instantiating a rule loads its
 * class and runs its static initialiser; {@link #metas()} is every rule's metadata, read from
 * {@link RuleMetaIndex} without instantiating any rule.
 */
public final class BuiltinRules {
  private BuiltinRules() {}

  /** The Dockerfile rules of the first rounds: parse, suppression and limit problems. */
  private static List<Rule> coreDockerfile() {
    return List.of(
        new BinaryFile(),
        new ConsistentInstructionCasing(),
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
  }

  /** The compose rules of the first rounds: load, schema, suppression and limit problems. */
  private static List<Rule> coreCompose() {
    return List.of(
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
        new ValidEnvFile());
  }

  /**
   * Holder: the Dockerfile rules that read the build context, which a compose run checks the
   * Dockerfiles its services build with, against the service's context.
   */
  private static final class ContextRules {
    static final List<Rule> RULES = List.of(new CopyIgnoredFile());
  }

  /** Holder: the Dockerfile rules are instantiated on first use. */
  private static final class Dockerfiles {
    static final List<Rule> RULES =
        sortedById(
            coreDockerfile(),
            ContextRules.RULES,
            ShellRuleSet.RULES,
            ShellCommandRuleSet.RULES,
            InstructionRuleSet.RULES,
            BuildkitRuleSet.RULES);
  }

  /** Holder: the compose rules are instantiated on first use. */
  private static final class Composes {
    static final List<Rule> RULES =
        sortedById(
            coreCompose(),
            ComposeReferenceRuleSet.RULES,
            ComposeValueRuleSet.RULES,
            ComposeSecurityRuleSet.RULES);
  }

  /**
   * Holder: the rules of a run over compose files alone that lints no Dockerfile in full: the
   * compose and project rules and the Dockerfile rules that read the build context.
   */
  private static final class ComposeOnly {
    static final List<Rule> RULES =
        sortedById(Composes.RULES, ProjectRuleSet.RULES, ContextRules.RULES);
  }

  /** Holder: every rule, instantiated on first use. */
  private static final class All {
    static final List<Rule> RULES =
        sortedById(Dockerfiles.RULES, Composes.RULES, ProjectRuleSet.RULES);
  }

  /** Holder: every rule's metadata, from the index when the build wrote one. */
  private static final class Metas {
    static final List<RuleMeta> ALL = read();

    private static List<RuleMeta> read() {
      List<RuleMeta> indexed = RuleMetaIndex.all();
      if (!indexed.isEmpty()) {
        return indexed; // written from all(), so in the same order
      }
      List<RuleMeta> out = new ArrayList<>();
      for (Rule r : All.RULES) {
        out.add(r.meta());
      }
      return List.copyOf(out);
    }
  }

  /** Every rule, sorted by id. */
  public static List<Rule> all() {
    return All.RULES;
  }

  /** Every rule's metadata, sorted by id, without instantiating a rule when the index is built. */
  public static List<RuleMeta> metas() {
    return Metas.ALL;
  }

  /**
   * The rules a run over files of these families needs, sorted by id: the Dockerfile rules for
   * Dockerfiles; for compose files the compose and project rules and the Dockerfile rules that read
   * the build context (a project's rules check the Dockerfiles its services build against their
   * contexts), and every Dockerfile rule when Dockerfiles are linted too or {@code followBuilds}
   * lints the built ones in full. A rule left out overrides no {@link Rule#runsWith}.
   */
  public static List<Rule> forFamilies(
      boolean dockerfiles, boolean composes, boolean followBuilds) {
    if (composes) {
      return dockerfiles || followBuilds ? All.RULES : ComposeOnly.RULES;
    }
    return dockerfiles ? Dockerfiles.RULES : List.of();
  }

  /** The rules of these lists, sorted by id (a plain sort: no stream on the start-up path). */
  @SafeVarargs
  private static List<Rule> sortedById(List<Rule>... lists) {
    List<Rule> out = new ArrayList<>();
    for (List<Rule> l : lists) {
      out.addAll(l);
    }
    out.sort(ById.INSTANCE);
    return List.copyOf(out);
  }

  /** Orders rules by id; a named class, since a lambda costs a cold JVM a bootstrap. */
  private enum ById implements Comparator<Rule> {
    INSTANCE;

    @Override
    public int compare(Rule a, Rule b) {
      return a.meta().id().compareTo(b.meta().id());
    }
  }
}
