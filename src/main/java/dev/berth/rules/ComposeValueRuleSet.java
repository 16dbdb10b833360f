package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.compose.ConsistentMappingSyntax;
import dev.berth.rules.compose.ConsistentQuoteStyle;
import dev.berth.rules.compose.EnvironmentAlphabeticalOrder;
import dev.berth.rules.compose.NoMisplacedExtension;
import dev.berth.rules.compose.NoQuotesInVolumes;
import dev.berth.rules.compose.NoYaml11Boolean;
import dev.berth.rules.compose.RequireProjectNameField;
import dev.berth.rules.compose.RequireQuotesInPorts;
import dev.berth.rules.compose.ServiceContainerNameRegex;
import dev.berth.rules.compose.ServiceDependenciesAlphabeticalOrder;
import dev.berth.rules.compose.ServiceKeysOrder;
import dev.berth.rules.compose.ServicePortsAlphabeticalOrder;
import dev.berth.rules.compose.ServicesAlphabeticalOrder;
import dev.berth.rules.compose.TopLevelPropertiesOrder;
import dev.berth.rules.compose.ValidByteValue;
import dev.berth.rules.compose.ValidDuration;
import dev.berth.rules.compose.ValidEnvironmentEntry;
import dev.berth.rules.compose.ValidExtraHosts;
import dev.berth.rules.compose.ValidFileMode;
import dev.berth.rules.compose.ValidHealthcheckTest;
import dev.berth.rules.compose.ValidIpAddress;
import dev.berth.rules.compose.ValidProfileName;
import dev.berth.rules.compose.ValidProjectName;
import dev.berth.rules.compose.ValidPullPolicy;
import dev.berth.rules.compose.ValidRestartPolicy;
import dev.berth.rules.compose.ValidTypedValue;
import java.util.List;

/**
 * Compose rules on single values and layout: typed values as compose-go casts them, short-syntax
 * parse errors, and dclint's style and ordering rules. {@link BuiltinRules} adds them to the rest.
 */
final class ComposeValueRuleSet {
  private ComposeValueRuleSet() {}

  static final List<Rule> RULES =
      List.of(
          new ConsistentMappingSyntax(),
          new ConsistentQuoteStyle(),
          new EnvironmentAlphabeticalOrder(),
          new NoMisplacedExtension(),
          new NoQuotesInVolumes(),
          new NoYaml11Boolean(),
          new RequireProjectNameField(),
          new RequireQuotesInPorts(),
          new ServiceContainerNameRegex(),
          new ServiceDependenciesAlphabeticalOrder(),
          new ServiceKeysOrder(),
          new ServicePortsAlphabeticalOrder(),
          new ServicesAlphabeticalOrder(),
          new TopLevelPropertiesOrder(),
          new ValidByteValue(),
          new ValidDuration(),
          new ValidEnvironmentEntry(),
          new ValidExtraHosts(),
          new ValidFileMode(),
          new ValidHealthcheckTest(),
          new ValidIpAddress(),
          new ValidProfileName(),
          new ValidProjectName(),
          new ValidPullPolicy(),
          new ValidRestartPolicy(),
          new ValidTypedValue());
}
