package dev.berth.compose.parser;

import java.util.Map;

/**
 * How a compose file is loaded: the safety limits and the variables for interpolation.
 *
 * @param maxFileBytes a larger file is not loaded; it gets one {@code file-too-large} finding
 * @param maxDepth deeper nesting of mappings and lists (aliases expanded) is one {@code
 *     invalid-yaml} finding
 * @param maxAliasExpansion the number of nodes that expanding aliases may produce; beyond it the
 *     file is an alias bomb and gets one {@code no-yaml-alias-cycle} finding (Compose's own cap on
 *     node visits is 100,000)
 * @param maxNodes the number of nodes (keys, values, items, collections; an alias counts once) a
 *     file may have; beyond it the file is not loaded and gets one {@code file-too-large} finding,
 *     so that memory stays bounded on a file of many tiny nodes
 * @param interpolate whether {@code $VAR} expressions in values are substituted and checked
 * @param environment the variables interpolation sees (process environment merged with the {@code
 *     .env} file, see {@link ComposeEnvironment}); nothing is read from the real environment
 */
public record ComposeLoadOptions(
    int maxFileBytes,
    int maxDepth,
    int maxAliasExpansion,
    int maxNodes,
    boolean interpolate,
    Map<String, String> environment) {

  public static final int DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
  public static final int DEFAULT_MAX_DEPTH = 256;
  public static final int DEFAULT_MAX_ALIAS_EXPANSION = 100_000;
  public static final int DEFAULT_MAX_NODES = 1_000_000;

  public ComposeLoadOptions {
    if (maxFileBytes < 0 || maxDepth < 1 || maxAliasExpansion < 0 || maxNodes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    environment = Map.copyOf(environment);
  }

  /** The default limits, interpolation on, no variables set. */
  public static ComposeLoadOptions defaults() {
    return new ComposeLoadOptions(
        DEFAULT_MAX_FILE_BYTES,
        DEFAULT_MAX_DEPTH,
        DEFAULT_MAX_ALIAS_EXPANSION,
        DEFAULT_MAX_NODES,
        true,
        Map.of());
  }

  public ComposeLoadOptions withEnvironment(Map<String, String> variables) {
    return new ComposeLoadOptions(
        maxFileBytes, maxDepth, maxAliasExpansion, maxNodes, interpolate, variables);
  }

  public ComposeLoadOptions withEnvironment(ComposeEnvironment env) {
    return withEnvironment(env.variables());
  }

  public ComposeLoadOptions withInterpolation(boolean on) {
    return new ComposeLoadOptions(
        maxFileBytes, maxDepth, maxAliasExpansion, maxNodes, on, environment);
  }

  public ComposeLoadOptions withMaxFileBytes(int bytes) {
    return new ComposeLoadOptions(
        bytes, maxDepth, maxAliasExpansion, maxNodes, interpolate, environment);
  }

  public ComposeLoadOptions withMaxDepth(int depth) {
    return new ComposeLoadOptions(
        maxFileBytes, depth, maxAliasExpansion, maxNodes, interpolate, environment);
  }

  /** Without the variables' values, which may be secrets. */
  @Override
  public String toString() {
    return "ComposeLoadOptions[maxFileBytes="
        + maxFileBytes
        + ", maxDepth="
        + maxDepth
        + ", maxAliasExpansion="
        + maxAliasExpansion
        + ", maxNodes="
        + maxNodes
        + ", interpolate="
        + interpolate
        + ", environment="
        + environment.size()
        + " variables]";
  }

  public ComposeLoadOptions withMaxAliasExpansion(int nodes) {
    return new ComposeLoadOptions(
        maxFileBytes, maxDepth, nodes, maxNodes, interpolate, environment);
  }

  public ComposeLoadOptions withMaxNodes(int nodes) {
    return new ComposeLoadOptions(
        maxFileBytes, maxDepth, maxAliasExpansion, nodes, interpolate, environment);
  }
}
