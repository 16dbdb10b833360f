package dev.berth.rules.dockerfile;

import java.util.List;
import java.util.Locale;

/** How hadolint and BuildKit tell the kinds of COPY and ADD sources apart. */
final class Sources {
  private Sources() {}

  /** The file name endings ADD extracts (hadolint's list); {@code .zip} is not extracted. */
  static final List<String> ARCHIVES =
      List.of(
          ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz",
          ".tlz", ".tpz", ".txz", ".xz");

  static boolean isArchive(String path) {
    return ARCHIVES.stream().anyMatch(path::endsWith);
  }

  static boolean isUrl(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /** A git repository ADD clones: {@code git@host:repo}, {@code git://...}, {@code ....git}. */
  static boolean isGit(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    int fragment = s.indexOf('#');
    String base = fragment < 0 ? s : s.substring(0, fragment);
    return s.startsWith("git@")
        || s.startsWith("git://")
        || s.startsWith("ssh://")
        || (s.contains("://") && base.endsWith(".git"));
  }

  static boolean isRemote(String source) {
    return isUrl(source) || isGit(source);
  }
}
