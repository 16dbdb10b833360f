package dev.berth.config;

import dev.berth.core.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the command line says about configuration, as typed by the user; {@link ConfigResolver}
 * checks it. A flag that is false, an empty list or an empty optional means "not given", so the
 * config files and the environment decide.
 *
 * @param configFile {@code -c FILE}: read only this file, skip discovery
 * @param ignore {@code --ignore ID}
 * @param enable {@code --enable ID}
 * @param error {@code --error ID}
 * @param warning {@code --warning ID}
 * @param info {@code --info ID}
 * @param style {@code --style ID}
 * @param failureThreshold {@code -t LEVEL}: error, warning, info, style or none
 * @param noFail {@code --no-fail}
 * @param trustedRegistries {@code --trusted-registry HOST}
 * @param strictLabels {@code --strict-labels}
 * @param requireLabels {@code --require-label NAME:TYPE}
 * @param disableIgnorePragma hadolint's {@code --disable-ignore-pragma}
 */
public record CliOverrides(
    Optional<Path> configFile,
    List<String> ignore,
    List<String> enable,
    List<String> error,
    List<String> warning,
    List<String> info,
    List<String> style,
    Optional<String> failureThreshold,
    boolean noFail,
    List<String> trustedRegistries,
    boolean strictLabels,
    List<String> requireLabels,
    boolean disableIgnorePragma) {

  public static final CliOverrides NONE = builder().build();

  public CliOverrides {
    ignore = List.copyOf(ignore);
    enable = List.copyOf(enable);
    error = List.copyOf(error);
    warning = List.copyOf(warning);
    info = List.copyOf(info);
    style = List.copyOf(style);
    trustedRegistries = List.copyOf(trustedRegistries);
    requireLabels = List.copyOf(requireLabels);
  }

  public static Builder builder() {
    return new Builder();
  }

  ConfigLayer toLayer(ConfigRuleIds ids) throws ConfigException {
    ConfigLayer.Builder out = new ConfigLayer.Builder();
    if (failureThreshold.isPresent()) {
      String text = failureThreshold.get();
      out.failureThreshold(
          FailureThreshold.parseBerth(text)
              .orElseThrow(
                  () ->
                      new ConfigException(
                          "--failure-threshold: unknown level '"
                              + text
                              + "' (expected error, warning, info, style or none)")));
    }
    if (noFail) {
      out.noFail(true);
    }
    if (strictLabels) {
      out.strictLabels(true);
    }
    if (disableIgnorePragma) {
      out.disableIgnorePragma(true);
    }
    if (!ignore.isEmpty()) {
      out.ignored(ids.canonical(ignore, "--ignore: "));
    }
    if (!enable.isEmpty()) {
      out.enabled(ids.canonical(enable, "--enable: "));
    }
    if (!error.isEmpty()) {
      out.override(Level.ERROR, ids.canonical(error, "--error: "));
    }
    if (!warning.isEmpty()) {
      out.override(Level.WARNING, ids.canonical(warning, "--warning: "));
    }
    if (!info.isEmpty()) {
      out.override(Level.INFO, ids.canonical(info, "--info: "));
    }
    if (!style.isEmpty()) {
      out.override(Level.STYLE, ids.canonical(style, "--style: "));
    }
    if (!trustedRegistries.isEmpty()) {
      out.trustedRegistries(trustedRegistries);
    }
    if (!requireLabels.isEmpty()) {
      Map<String, String> schema = new LinkedHashMap<>();
      for (String text : requireLabels) {
        RequiredLabel label =
            RequiredLabel.parse(text)
                .orElseThrow(
                    () ->
                        new ConfigException(
                            "--require-label: '"
                                + text
                                + "' is not NAME:TYPE with TYPE "
                                + LabelTypes.EXPECTED));
        schema.put(label.name(), label.type());
      }
      out.labelSchema(schema);
    }
    return out.build();
  }

  /** Fills a {@link CliOverrides} option by option; unset options stay "not given". */
  public static final class Builder {
    private Optional<Path> configFile = Optional.empty();
    private List<String> ignore = List.of();
    private List<String> enable = List.of();
    private List<String> error = List.of();
    private List<String> warning = List.of();
    private List<String> info = List.of();
    private List<String> style = List.of();
    private Optional<String> failureThreshold = Optional.empty();
    private boolean noFail;
    private List<String> trustedRegistries = List.of();
    private boolean strictLabels;
    private List<String> requireLabels = List.of();
    private boolean disableIgnorePragma;

    private Builder() {}

    /** {@code -c FILE}; null means not given. */
    public Builder configFile(Path file) {
      configFile = Optional.ofNullable(file);
      return this;
    }

    public Builder ignore(List<String> ids) {
      ignore = ids;
      return this;
    }

    public Builder enable(List<String> ids) {
      enable = ids;
      return this;
    }

    public Builder error(List<String> ids) {
      error = ids;
      return this;
    }

    public Builder warning(List<String> ids) {
      warning = ids;
      return this;
    }

    public Builder info(List<String> ids) {
      info = ids;
      return this;
    }

    public Builder style(List<String> ids) {
      style = ids;
      return this;
    }

    /** {@code -t LEVEL}; null means not given. */
    public Builder failureThreshold(String level) {
      failureThreshold = Optional.ofNullable(level);
      return this;
    }

    public Builder noFail(boolean on) {
      noFail = on;
      return this;
    }

    public Builder trustedRegistries(List<String> hosts) {
      trustedRegistries = hosts;
      return this;
    }

    public Builder strictLabels(boolean on) {
      strictLabels = on;
      return this;
    }

    public Builder requireLabels(List<String> nameColonType) {
      requireLabels = nameColonType;
      return this;
    }

    public Builder disableIgnorePragma(boolean on) {
      disableIgnorePragma = on;
      return this;
    }

    public CliOverrides build() {
      return new CliOverrides(
          configFile,
          ignore,
          enable,
          error,
          warning,
          info,
          style,
          failureThreshold,
          noFail,
          trustedRegistries,
          strictLabels,
          requireLabels,
          disableIgnorePragma);
    }
  }
}
