package dev.berth.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The config file of each dialect that applies to a folder, if any. */
record FoundConfigs(Optional<Path> berth, Optional<Path> hadolint, Optional<Path> dclint) {
  static final FoundConfigs NONE =
      new FoundConfigs(Optional.empty(), Optional.empty(), Optional.empty());

  static FoundConfigs only(ConfigDialect dialect, Path file) {
    switch (dialect) {
      case HADOLINT:
        return new FoundConfigs(Optional.empty(), Optional.of(file), Optional.empty());
      case DCLINT:
        return new FoundConfigs(Optional.empty(), Optional.empty(), Optional.of(file));
      default:
        return new FoundConfigs(Optional.of(file), Optional.empty(), Optional.empty());
    }
  }

  // equals and hashCode written out: a record's generated ones cost a cold JVM a bootstrap each,
  // and this record is a map key on every run's start-up path.
  @Override
  public boolean equals(Object o) {
    return o instanceof FoundConfigs f
        && berth.equals(f.berth)
        && hadolint.equals(f.hadolint)
        && dclint.equals(f.dclint);
  }

  @Override
  public int hashCode() {
    return (berth.hashCode() * 31 + hadolint.hashCode()) * 31 + dclint.hashCode();
  }

  boolean isEmpty() {
    return berth.isEmpty() && hadolint.isEmpty() && dclint.isEmpty();
  }

  /** Each dialect's file from this folder, else the one {@code above} has. */
  FoundConfigs over(FoundConfigs above) {
    // no Optional.or with method references: each costs a cold JVM a bootstrap
    return new FoundConfigs(
        berth.isPresent() ? berth : above.berth,
        hadolint.isPresent() ? hadolint : above.hadolint,
        dclint.isPresent() ? dclint : above.dclint);
  }

  Optional<Path> get(ConfigDialect dialect) {
    switch (dialect) {
      case HADOLINT:
        return hadolint;
      case DCLINT:
        return dclint;
      default:
        return berth;
    }
  }

  /** The files, berth's first, then hadolint's, then dclint's (the order in which keys win). */
  List<Path> files() {
    List<Path> out = new ArrayList<>();
    for (Optional<Path> file : List.of(berth, hadolint, dclint)) {
      if (file.isPresent()) {
        out.add(file.get());
      }
    }
    return out;
  }
}
