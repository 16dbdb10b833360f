package dev.berth.rules;

import dev.berth.api.Rule;
import dev.berth.rules.compose.DependsOnHealthyCondition;
import dev.berth.rules.compose.NoAbsoluteEnvFilePath;
import dev.berth.rules.compose.NoBuildAndImage;
import dev.berth.rules.compose.NoDangerousCapabilities;
import dev.berth.rules.compose.NoDangerousDevices;
import dev.berth.rules.compose.NoDisabledLogging;
import dev.berth.rules.compose.NoDisabledSecurityProfile;
import dev.berth.rules.compose.NoDockerSocketMount;
import dev.berth.rules.compose.NoHardcodedSecrets;
import dev.berth.rules.compose.NoHostNamespaces;
import dev.berth.rules.compose.NoHostNetworkMode;
import dev.berth.rules.compose.NoPrivileged;
import dev.berth.rules.compose.NoPrivilegedHostPorts;
import dev.berth.rules.compose.NoRootUser;
import dev.berth.rules.compose.NoSensitiveHostMounts;
import dev.berth.rules.compose.NoServiceMacAddress;
import dev.berth.rules.compose.NoSharedMountPropagation;
import dev.berth.rules.compose.NoTmpfsExec;
import dev.berth.rules.compose.NoUnboundPortInterfaces;
import dev.berth.rules.compose.NoUnusedResources;
import dev.berth.rules.compose.PreferComposeYamlFilename;
import dev.berth.rules.compose.RequireCapDropAll;
import dev.berth.rules.compose.RequireHealthcheck;
import dev.berth.rules.compose.RequireImageDigest;
import dev.berth.rules.compose.RequireNoNewPrivileges;
import dev.berth.rules.compose.RequireReadOnlyRootfs;
import dev.berth.rules.compose.RequireResourceLimits;
import dev.berth.rules.compose.ServiceImageRequireExplicitTag;
import java.util.List;

/**
 * Compose security rules (privileges, host namespaces and mounts, capabilities, secrets, images)
 * and the best-practice rules of catalogue 7.4 that go with them. {@link BuiltinRules} adds them to
 * the rest.
 */
final class ComposeSecurityRuleSet {
  private ComposeSecurityRuleSet() {}

  static final List<Rule> RULES =
      List.of(
          new NoPrivileged(),
          new NoDockerSocketMount(),
          new NoHostNetworkMode(),
          new NoHostNamespaces(),
          new NoDangerousCapabilities(),
          new NoDisabledSecurityProfile(),
          new NoSensitiveHostMounts(),
          new NoDangerousDevices(),
          new NoSharedMountPropagation(),
          new NoUnboundPortInterfaces(),
          new NoHardcodedSecrets(),
          new NoRootUser(),
          new ServiceImageRequireExplicitTag(),
          new RequireImageDigest(),
          new RequireNoNewPrivileges(),
          new RequireCapDropAll(),
          new RequireReadOnlyRootfs(),
          new RequireResourceLimits(),
          new NoDisabledLogging(),
          new NoTmpfsExec(),
          new NoPrivilegedHostPorts(),
          new DependsOnHealthyCondition(),
          new NoBuildAndImage(),
          new RequireHealthcheck(),
          new NoUnusedResources(),
          new NoAbsoluteEnvFilePath(),
          new NoServiceMacAddress(),
          new PreferComposeYamlFilename());
}
