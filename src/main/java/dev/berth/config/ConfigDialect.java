package dev.berth.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The three kinds of config file berth reads, and the names it looks for in each folder. */
enum ConfigDialect {
  BERTH(List.of(".berth.yaml", ".berth.yml")),
  HADOLINT(List.of(".hadolint.yaml", ".hadolint.yml")),
  DCLINT(List.of(".dclintrc", ".dclintrc.json", ".dclintrc.yaml", ".dclintrc.yml"));

  private final List<String> fileNames;

  ConfigDialect(List<String> fileNames) {
    this.fileNames = fileNames;
  }

  /** The names discovery looks for in a folder, first one preferred. */
  List<String> fileNames() {
    return fileNames;
  }

  /**
   * The dialect of a file named with {@code -c}: a name containing {@code hadolint} is hadolint's,
   * one containing {@code dclint} is dclint's, anything else is berth's.
   */
  static ConfigDialect ofFile(Path file) {
    Path name = file.getFileName();
    String base = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (base.contains("hadolint")) {
      return HADOLINT;
    }
    if (base.contains("dclint")) {
      return DCLINT;
    }
    return BERTH;
  }
}
