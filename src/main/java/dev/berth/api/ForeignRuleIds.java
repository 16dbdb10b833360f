package dev.berth.api;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule ids that other tools reading the same files define: hadolint's DL codes, BuildKit's check
 * names, dclint's rule names, ShellCheck's SC codes. These are facts about those tools, ids only.
 * {@link RuleCatalog} reads them after berth's own rules: an id berth implements is berth's rule,
 * an id listed here and not implemented is accepted with a note (a comment may be meant for that
 * tool too, a config may be migrated from it) and names nothing until its rule arrives.
 */
public final class ForeignRuleIds {
  private ForeignRuleIds() {}

  private static final Pattern SHELLCHECK = Pattern.compile("SC[0-9]{4}");

  /** hadolint's DL codes (2.15), including the meta-rules DL1000 and DL1001. */
  public static final Set<String> HADOLINT =
      Set.of(
          "DL1000", "DL1001", "DL3000", "DL3001", "DL3002", "DL3003", "DL3004", "DL3006", "DL3007",
          "DL3008", "DL3009", "DL3010", "DL3011", "DL3012", "DL3013", "DL3014", "DL3015", "DL3016",
          "DL3018", "DL3019", "DL3020", "DL3021", "DL3022", "DL3023", "DL3024", "DL3025", "DL3026",
          "DL3027", "DL3028", "DL3029", "DL3030", "DL3032", "DL3033", "DL3034", "DL3035", "DL3036",
          "DL3037", "DL3038", "DL3040", "DL3041", "DL3042", "DL3043", "DL3044", "DL3045", "DL3046",
          "DL3047", "DL3048", "DL3049", "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055",
          "DL3056", "DL3057", "DL3058", "DL3059", "DL3060", "DL3061", "DL3062", "DL3063", "DL3064",
          "DL3065", "DL3066", "DL3067", "DL4000", "DL4001", "DL4003", "DL4004", "DL4005", "DL4006");

  /** dclint's rule names (3.x and the renamed 4.x ones) and its three built-in messages. */
  public static final Set<String> DCLINT =
      Set.of(
          "no-build-and-image",
          "no-duplicate-container-names",
          "no-duplicate-exported-ports",
          "no-quotes-in-volumes",
          "no-unbound-port-interfaces",
          "no-version-field",
          "require-project-name-field",
          "require-quotes-in-ports",
          "service-container-name-regex",
          "service-dependencies-alphabetical-order",
          "service-image-require-explicit-tag",
          "service-keys-order",
          "service-ports-alphabetical-order",
          "services-alphabetical-order",
          "top-level-properties-order",
          "order-top-level-properties",
          "order-services",
          "order-service-properties",
          "order-service-ports",
          "order-service-dependencies",
          "require-explicit-image-tag",
          "service-container-name-convention",
          "invalid-yaml",
          "invalid-schema",
          "unknown-error");

  /**
   * BuildKit's Dockerfile build checks that are not deprecated (what {@code # check=skip=}, {@code
   * error=} and {@code experimental=} speak about).
   */
  public static final Set<String> BUILDKIT =
      Set.of(
          "StageNameCasing",
          "FromAsCasing",
          "NoEmptyContinuation",
          "ConsistentInstructionCasing",
          "DuplicateStageName",
          "ReservedStageName",
          "JSONArgsRecommended",
          "MaintainerDeprecated",
          "UndefinedArgInFrom",
          "WorkdirRelativePath",
          "UndefinedVar",
          "MultipleInstructionsDisallowed",
          "LegacyKeyValueFormat",
          "InvalidBaseImagePlatform",
          "RedundantTargetPlatform",
          "SecretsUsedInArgOrEnv",
          "InvalidDefaultArgInFrom",
          "FromPlatformFlagConstDisallowed",
          "CopyIgnoredFile",
          "InvalidDefinitionDescription",
          "ExposeProtoCasing",
          "ExposeInvalidFormat");

  /** The checks BuildKit runs only when {@code experimental=} names them. */
  public static final Set<String> BUILDKIT_EXPERIMENTAL = Set.of("InvalidDefinitionDescription");

  /**
   * A ShellCheck code such as {@code SC2086}: findings of berth's ShellCheck integration carry
   * them.
   */
  public static boolean isShellCheck(String id) {
    return SHELLCHECK.matcher(id).matches();
  }
}
