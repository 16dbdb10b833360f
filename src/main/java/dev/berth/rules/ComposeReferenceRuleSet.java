package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.compose.BuildPlatformsIncludePlatform;
import dev.berth.rules.compose.ConsistentReplicas;
import dev.berth.rules.compose.ConsistentResourceLimits;
import dev.berth.rules.compose.DependsOnSharedNetwork;
import dev.berth.rules.compose.EnvFileExists;
import dev.berth.rules.compose.NoCountAndDeviceIds;
import dev.berth.rules.compose.NoDependencyCycle;
import dev.berth.rules.compose.NoDeprecatedExternalName;
import dev.berth.rules.compose.NoDockerfileAndInline;
import dev.berth.rules.compose.NoDuplicateContainerNames;
import dev.berth.rules.compose.NoDuplicateEnvironmentKeys;
import dev.berth.rules.compose.NoDuplicateExportedPorts;
import dev.berth.rules.compose.NoDuplicateMountTargets;
import dev.berth.rules.compose.NoExternalLinks;
import dev.berth.rules.compose.NoExternalWithExtraAttributes;
import dev.berth.rules.compose.NoLinks;
import dev.berth.rules.compose.NoNetworkModeWithNetworks;
import dev.berth.rules.compose.NoPortsWithHostNetworkMode;
import dev.berth.rules.compose.NoPortsWithSharedNetworkMode;
import dev.berth.rules.compose.NoProfileDisabledDependency;
import dev.berth.rules.compose.NoReservedLabels;
import dev.berth.rules.compose.NoScaledContainerName;
import dev.berth.rules.compose.NoUndefinedConfigs;
import dev.berth.rules.compose.NoUndefinedDependencies;
import dev.berth.rules.compose.NoUndefinedModels;
import dev.berth.rules.compose.NoUndefinedNetworks;
import dev.berth.rules.compose.NoUndefinedSecrets;
import dev.berth.rules.compose.NoUndefinedVolumes;
import dev.berth.rules.compose.RequireImageOrBuild;
import dev.berth.rules.compose.SecretConfigSource;
import dev.berth.rules.compose.ServiceHealthyRequiresHealthcheck;
import dev.berth.rules.compose.StaticIpInSubnet;
import dev.berth.rules.compose.ValidDeviceSyntax;
import dev.berth.rules.compose.ValidPortSyntax;
import dev.berth.rules.compose.ValidVolumeSyntax;
import dev.berth.rules.compose.ValidWatchRule;
import java.util.List;

/**
 * Compose rules over the typed compose view: references between services and top-level resources,
 * networking, dependencies, short-syntax ports, volumes and devices, and legacy linking. {@link
 * BuiltinRules} adds them to the rest.
 */
final class ComposeReferenceRuleSet {
  private ComposeReferenceRuleSet() {}

  static final List<Rule> RULES =
      List.of(
          new BuildPlatformsIncludePlatform(),
          new ConsistentReplicas(),
          new ConsistentResourceLimits(),
          new DependsOnSharedNetwork(),
          new EnvFileExists(),
          new NoCountAndDeviceIds(),
          new NoDependencyCycle(),
          new NoDeprecatedExternalName(),
          new NoDockerfileAndInline(),
          new NoDuplicateContainerNames(),
          new NoDuplicateEnvironmentKeys(),
          new NoDuplicateExportedPorts(),
          new NoDuplicateMountTargets(),
          new NoExternalLinks(),
          new NoExternalWithExtraAttributes(),
          new NoLinks(),
          new NoNetworkModeWithNetworks(),
          new NoPortsWithHostNetworkMode(),
          new NoPortsWithSharedNetworkMode(),
          new NoProfileDisabledDependency(),
          new NoReservedLabels(),
          new NoScaledContainerName(),
          new NoUndefinedConfigs(),
          new NoUndefinedDependencies(),
          new NoUndefinedModels(),
          new NoUndefinedNetworks(),
          new NoUndefinedSecrets(),
          new NoUndefinedVolumes(),
          new RequireImageOrBuild(),
          new SecretConfigSource(),
          new ServiceHealthyRequiresHealthcheck(),
          new StaticIpInSubnet(),
          new ValidDeviceSyntax(),
          new ValidPortSyntax(),
          new ValidVolumeSyntax(),
          new ValidWatchRule());
}
