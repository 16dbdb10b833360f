package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.Option;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A local archive COPY'd into the image and then extracted by a later RUN of the same stage: the
 * archive stays in the COPY layer, while ADD extracts a local tar archive in one step. Reported at
 * the COPY's source (or destination, when that is the archive's name).
 */
@RuleInfo(
    id = "DL3010",
    name = "copied-archive-extracted",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Use ADD to extract a local archive instead of COPY then tar.")
public final class CopiedArchiveExtracted implements DockerfileRule {
  private static final List<String> EXTENSIONS =
      List.of(
          ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz",
          ".tlz", ".tpz", ".txz", ".xz");

  private static final Set<String> EXTRACTORS =
      Set.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat");

  @Override
  public void check(DockerfileContext ctx) {
    for (Stage stage : ctx.model().stages()) {
      Map<String, Word> copied = new LinkedHashMap<>();
      for (Instruction i : stage.instructions()) {
        if (i instanceof Copy copy && copy.flag("from").isEmpty()) {
          remember(copy, copied);
        } else if (i instanceof Run run && !copied.isEmpty()) {
          int line = ctx.source().line(run.span().start());
          for (ShellCommand cmd : ctx.shell(run).commands()) {
            if (!extracts(cmd)) {
              continue;
            }
            for (ShellWord arg : cmd.args()) {
              Word source = copied.remove(basename(arg.value()));
              if (source != null) {
                ctx.report(
                    source.span(),
                    "'"
                        + basename(source.text())
                        + "' is copied here and extracted by the RUN on line "
                        + line
                        + "; ADD extracts a local archive itself, without keeping the archive in"
                        + " a layer");
              }
            }
          }
        }
      }
    }
  }

  private static void remember(Copy copy, Map<String, Word> copied) {
    for (Word source : copy.sources()) {
      if (isArchive(source.text())) {
        copied.put(basename(source.text()), source);
      }
    }
    copy.destination()
        .filter(d -> isArchive(d.text()))
        .ifPresent(d -> copied.put(basename(d.text()), d));
  }

  private static boolean extracts(ShellCommand cmd) {
    if (cmd.is(EXTRACTORS.toArray(String[]::new))) {
      return true;
    }
    if (!cmd.is("tar")) {
      return false;
    }
    for (Option o : cmd.options()) {
      if (o.is("-x", "--extract", "--get")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArchive(String path) {
    String name = basename(path);
    for (String ext : EXTENSIONS) {
      if (name.endsWith(ext) && name.length() > ext.length()) {
        return true;
      }
    }
    return false;
  }

  private static String basename(String path) {
    String p = path;
    while (p.endsWith("/") || p.endsWith("\\")) {
      p = p.substring(0, p.length() - 1);
    }
    int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return p.substring(cut + 1);
  }
}
