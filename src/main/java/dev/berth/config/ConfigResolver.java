package dev.berth.config;

import dev.berth.api.RuleCatalog;
import dev.berth.api.RuleMeta;
import dev.berth.engine.ListedFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration of each linted file: finds its config files, reads them once, and merges them
 * with the environment and the command line (defaults &lt; environment &lt; config files &lt;
 * command line; see {@link LayerPrecedence}). With {@code -c FILE} only that file is read, for
 * every linted file.
 *
 * <p>One instance serves a whole run and may be called from many threads: discovery is cached per
 * folder, each config file is parsed once, and files whose folders find the same config files get
 * the same {@link EffectiveConfig} instance. A config file that cannot be used fails every lookup
 * that needs it with the same message, without being read again.
 */
public final class ConfigResolver {
  private final ConfigRuleIds ids;
  private final ConfigLayer environment;
  private final ConfigLayer commandLine;
  private final Path workingDirectory;
  private final Optional<EffectiveConfig> forced;
  private final ConfigDiscovery discovery;
  private final Map<Path, ParsedFile> parsed = new ConcurrentHashMap<>();
  private final Map<FoundConfigs, EffectiveConfig> effective = new ConcurrentHashMap<>();

  /** A config file read once: its layer or why it cannot be used. */
  private record ParsedFile(Optional<ConfigLayer> layer, Optional<ConfigException> failure) {}

  private ConfigResolver(
      ConfigRuleIds ids,
      ConfigLayer environment,
      ConfigLayer commandLine,
      Path workingDirectory,
      Optional<Path> userConfigDirectory,
      ListedFolders listed) {
    this.ids = ids;
    this.environment = environment;
    this.commandLine = commandLine;
    this.workingDirectory = workingDirectory;
    this.discovery = new ConfigDiscovery(userConfigDirectory, listed);
    this.forced = Optional.empty();
  }

  private ConfigResolver(ConfigResolver base, EffectiveConfig forced) {
    this.ids = base.ids;
    this.environment = base.environment;
    this.commandLine = base.commandLine;
    this.workingDirectory = base.workingDirectory;
    this.discovery = base.discovery;
    this.forced = Optional.of(forced);
  }

  /** What every rule id means: the catalog of the rules this resolver was created with. */
  public RuleCatalog catalog() {
    return ids.catalog();
  }

  /**
   * Checks the environment and the command line, and reads the {@code -c} file if one is given.
   *
   * @param rules every rule berth knows (ids, names and aliases a config may use)
   * @param env the process environment ({@code HADOLINT_*}, {@code XDG_CONFIG_HOME}, {@code HOME})
   * @param cli what the command line says
   * @param workingDirectory what relative paths are relative to; config files inside it are named
   *     relative to it in messages
   * @throws ConfigException for a bad option or variable, or a missing or bad {@code -c} file
   */
  public static ConfigResolver create(
      List<RuleMeta> rules, Map<String, String> env, CliOverrides cli, Path workingDirectory)
      throws ConfigException {
    return create(rules, env, cli, workingDirectory, ListedFolders.NONE);
  }

  /**
   * As {@link #create(List, Map, CliOverrides, Path)}, looking first at what a file walk that fills
   * {@code listed} saw (a {@link ListedFolders} made with {@link #namesToList()}).
   */
  public static ConfigResolver create(
      List<RuleMeta> rules,
      Map<String, String> env,
      CliOverrides cli,
      Path workingDirectory,
      ListedFolders listed)
      throws ConfigException {
    ConfigRuleIds ids = new ConfigRuleIds(rules);
    Path cwd = workingDirectory.toAbsolutePath().normalize();
    ConfigResolver resolver =
        new ConfigResolver(
            ids,
            EnvironmentConfig.read(env, ids),
            cli.toLayer(ids),
            cwd,
            ConfigDiscovery.userConfigDirectory(env),
            listed);
    if (cli.configFile().isEmpty()) {
      return resolver;
    }
    Path file = cwd.resolve(cli.configFile().get()).normalize();
    if (!Files.exists(file)) {
      throw new ConfigException("--config " + cli.configFile().get() + ": no such file");
    }
    FoundConfigs only = FoundConfigs.only(ConfigDialect.ofFile(file), file);
    return new ConfigResolver(resolver, resolver.merge(only));
  }

  /** The file and folder names that config discovery asks a folder for. */
  public static Set<String> namesToList() {
    return ConfigDiscovery.namesToList();
  }

  /** The configuration for a file (relative to the working directory, or absolute). */
  public EffectiveConfig forFile(Path file) throws ConfigException {
    Path absolute = workingDirectory.resolve(file).normalize();
    Path folder = absolute.getParent();
    return forDirectory(folder == null ? absolute : folder);
  }

  /** The configuration for files in a folder (relative to the working directory, or absolute). */
  public EffectiveConfig forDirectory(Path folder) throws ConfigException {
    if (forced.isPresent()) {
      return forced.get();
    }
    FoundConfigs found = discovery.find(workingDirectory.resolve(folder).normalize());
    EffectiveConfig cached = effective.get(found);
    if (cached != null) {
      return cached;
    }
    EffectiveConfig computed = merge(found);
    EffectiveConfig raced = effective.putIfAbsent(found, computed);
    return raced != null ? raced : computed;
  }

  private EffectiveConfig merge(FoundConfigs found) throws ConfigException {
    ConfigLayer files = ConfigLayer.EMPTY;
    List<ConfigDialect> lowestFirst =
        List.of(ConfigDialect.DCLINT, ConfigDialect.HADOLINT, ConfigDialect.BERTH);
    for (ConfigDialect dialect : lowestFirst) {
      Optional<Path> file = found.get(dialect);
      if (file.isPresent()) {
        files = layerOf(file.get(), dialect).withFallback(files);
      }
    }
    List<Path> sources = new ArrayList<>(found.files());
    return LayerPrecedence.fold(List.of(environment, files, commandLine), sources);
  }

  private ConfigLayer layerOf(Path file, ConfigDialect dialect) throws ConfigException {
    ParsedFile p = parsed.get(file);
    if (p == null) {
      try {
        p =
            new ParsedFile(
                Optional.of(ConfigFileReader.read(file, displayName(file), dialect, ids)),
                Optional.empty());
      } catch (ConfigException e) {
        p = new ParsedFile(Optional.empty(), Optional.of(e));
      }
      ParsedFile raced = parsed.putIfAbsent(file, p);
      if (raced != null) {
        p = raced;
      }
    }
    if (p.failure().isPresent()) {
      throw p.failure().get().copy();
    }
    return p.layer().orElseThrow();
  }

  /**
   * Notes about what was read so far, one line each: ids of other tools' rules that berth does not
   * implement, which are accepted and have no effect.
   */
  public List<String> notes() {
    return ids.notes();
  }

  private String displayName(Path file) {
    return file.startsWith(workingDirectory)
        ? workingDirectory.relativize(file).toString()
        : file.toString();
  }
}
