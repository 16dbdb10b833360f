package dev.berth.rules.dockerfile;

import dev.berth.api.DockerfileContext;
import dev.berth.core.Fix;
import dev.berth.core.GoText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.shell.RunMount;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What the package-manager rules share: finding commands, clean-ups, cache mounts, fixes. */
final class ShellRules {
  private ShellRules() {}

  /** A command and the RUN it is in. */
  record Found(ShellRun run, ShellCommand command) {}

  /** Every command of every RUN (ONBUILD triggers included) whose program is one of these. */
  static List<Found> commands(DockerfileContext ctx, String... programs) {
    List<Found> out = new ArrayList<>();
    for (ShellRun run : ctx.shells().runs()) {
      for (ShellCommand c : run.commands()) {
        if (c.is(programs)) {
          out.add(new Found(run, c));
        }
      }
    }
    return out;
  }

  /** The program word through the subcommand word ({@code apt-get -y install}). */
  static Span head(ShellCommand c) {
    Span program = c.program().orElseThrow().span();
    return c.subcommandWord()
        .filter(w -> w.span().start() >= program.end())
        .map(w -> program.union(w.span()))
        .orElse(program);
  }

  /**
   * {@code apt-get install} that installs: not a simulation ({@code -s}) or a download only ({@code
   * -d}).
   */
  static boolean isAptGetInstall(ShellCommand c) {
    return c.is("apt-get")
        && subcommandIs(c, "install")
        && !c.hasOption(
            "-s",
            "--simulate",
            "--just-print",
            "--dry-run",
            "--recon",
            "--no-act",
            "-d",
            "--download-only");
  }

  /** True when the subcommand is one of these. */
  static boolean subcommandIs(ShellCommand c, String... names) {
    String sub = c.subcommand();
    for (String n : names) {
      if (sub.equals(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a cache or tmpfs mount of the RUN covers one of {@code paths}: its target is the
   * path, lies inside it, or contains it ({@code .cache/pip} matches {@code /root/.cache/pip}).
   */
  static boolean cacheMounted(ShellRun run, String... paths) {
    for (RunMount m : run.mounts()) {
      if (!m.keepsOutOfImage() || m.target().isEmpty()) {
        continue;
      }
      String target = trimSlash(m.target().get());
      for (String p : paths) {
        if (target.contains(p) || !target.isEmpty() && p.startsWith(target + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  /** True for {@code rm} with an argument at or under one of {@code paths}. */
  static boolean removes(ShellCommand c, String... paths) {
    if (!c.is("rm")) {
      return false;
    }
    for (ShellWord w : c.arguments()) {
      String v = trimSlash(w.value());
      for (String p : paths) {
        if (v.equals(p) || v.startsWith(p + "/") || v.startsWith(p + "*")) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a command after {@code at} in the same RUN passes {@code test}. */
  static boolean after(ShellRun run, ShellCommand at, Predicate<ShellCommand> test) {
    for (ShellCommand c : run.commands()) {
      if (c.span().start() > at.span().start() && test.test(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A fix inserting {@code text} right after {@code word}, when the word is written exactly as read
   * (so the edit lands where the shell reads it); empty otherwise.
   */
  static Optional<Fix> insertAfter(
      DockerfileContext ctx, Optional<ShellWord> word, String text, String title) {
    if (word.isEmpty() || !isPlain(ctx, word.get())) {
      return Optional.empty();
    }
    return Optional.of(Fix.safe(title, TextEdit.insert(word.get().span().end(), text)));
  }

  /** True when the word's text in the file is its value: no quotes, escapes or expansion. */
  static boolean isPlain(DockerfileContext ctx, ShellWord w) {
    return !w.isSplit()
        && w.isKnown()
        && w.raw().equals(w.value())
        && ctx.source().slice(w.span()).equals(w.raw());
  }

  /** Reports with a fix when there is one. */
  static void report(DockerfileContext ctx, Span span, String message, Optional<Fix> fix) {
    if (fix.isPresent()) {
      ctx.report(span, message, fix.get());
    } else {
      ctx.report(span, message);
    }
  }

  /**
   * Whether what a RUN leaves behind reaches an image someone runs: the RUN is in the last stage,
   * in a stage a later {@code FROM} builds on, in an ONBUILD trigger, or in a file without FROM.
   */
  static boolean reachesImage(Dockerfile file, ShellRun run) {
    if (run.onbuild() || run.stage().isEmpty()) {
      return true;
    }
    Stage stage = run.stage().get();
    List<Stage> stages = file.stages();
    if (stage.index() == stages.size() - 1 || stage.normalizedName().isEmpty()) {
      return stage.index() == stages.size() - 1;
    }
    String name = stage.normalizedName().get();
    for (Stage later : stages.subList(stage.index() + 1, stages.size())) {
      Optional<String> image = later.from().flatMap(From::image).map(w -> GoText.toLower(w.text()));
      if (image.isPresent() && image.get().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Only the non-empty, known values. */
  static List<ShellWord> known(List<ShellWord> words) {
    return words.stream().filter(w -> w.isKnown() && !w.value().isEmpty()).toList();
  }

  private static String trimSlash(String path) {
    String p = path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** True when {@code s} contains one of {@code parts}. */
  static boolean containsAny(String s, String... parts) {
    for (String p : parts) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports an install of yum or dnf that does not answer the confirmation prompt ({@code -y} or
   * {@code --assumeyes}), with a fix adding {@code -y} after the subcommand.
   */
  static void requireYes(DockerfileContext ctx, String tool, String... programs) {
    for (Found f : commands(ctx, programs)) {
      ShellCommand c = f.command();
      if (!subcommandIs(c, "install", "in", "groupinstall", "localinstall", "reinstall")
          || c.hasOption("-y", "--assumeyes", "--assume-yes")) {
        continue;
      }
      report(
          ctx,
          head(c),
          c.name() + " " + c.subcommand() + " asks for confirmation, which stops a build: add -y",
          insertAfter(ctx, c.subcommandWord(), " -y", "Add -y"));
    }
  }
}
