package dev.berth.report;

import dev.berth.api.RuleMeta;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import java.util.List;

/**
 * Everything a reporter may print: each linted file with its findings (in order), the metadata of
 * the rules that ran, and the tool version.
 */
public record Report(List<FileResult> files, List<RuleMeta> rules, String toolVersion) {
  /** All findings of all files, in report order. */
  public List<Finding> findings() {
    return files.stream().flatMap(f -> f.findings().stream()).toList();
  }
}
