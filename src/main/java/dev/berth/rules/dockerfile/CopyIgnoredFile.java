package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.dockerfile.context.ContextPaths;
import dev.berth.dockerfile.context.DockerIgnore;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.Heredoc;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import dev.berth.dockerfile.shell.StageEnvironment;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A local COPY or ADD source that the build context's ignore file leaves out, so the build cannot
 * find it. As in BuildKit, the check is skipped when there is no ignore file or it has a {@code !}
 * exception; a source matches when it or one of its parent folders matches; the whole context
 * ({@code .}, {@code /}) matches only the patterns {@code *}, {@code **} and {@code **}{@code /*};
 * URL, heredoc and {@code --from} sources are not checked. Variables are expanded with the stage's
 * ARG and ENV values; a source that uses a variable whose value is unknown is not checked. ONBUILD
 * triggers run in another build, with another context, and are not checked.
 */
@RuleInfo(
    id = "CopyIgnoredFile",
    name = "copy-ignored-file",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Do not COPY or ADD files that .dockerignore excludes from the build context.")
public final class CopyIgnoredFile implements DockerfileRule {
  /** The patterns that exclude the whole context in BuildKit's check. */
  private static final Set<String> WHOLE_CONTEXT = Set.of("*", "**", "**/*");

  /**
   * Bound on the matching work for one Dockerfile, in pattern characters times path characters: a
   * huge ignore file and many sources stop being checked past it.
   */
  static final long MAX_MATCH_WORK = 200_000_000L;

  /** What COPY and ADD share here. */
  private record Transfer(
      String verb, List<Flag> flags, List<Word> sources, List<Heredoc> heredocs) {}

  @Override
  public void check(DockerfileContext ctx) {
    Optional<DockerIgnore> found = ctx.dockerignore();
    if (found.isEmpty() || found.get().hasExceptions()) {
      return;
    }
    DockerIgnore ignore = found.get();
    boolean wholeContext = ignore.patterns().stream().anyMatch(WHOLE_CONTEXT::contains);
    StageEnvironment env = null;
    long work = 0;
    for (Instruction i : ctx.model().instructions(Instruction.class)) {
      Optional<Transfer> t = transfer(i);
      if (t.isEmpty() || t.get().flags().stream().anyMatch(f -> f.name().equals("from"))) {
        continue;
      }
      for (Word source : t.get().sources()) {
        if (isHeredoc(source, t.get().heredocs()) || isRemote(source.text())) {
          continue;
        }
        if (env == null && source.text().indexOf('$') >= 0) {
          env = ctx.environment(); // the file's, shared with the other rules
        }
        Optional<String> value = value(source, i, env, ctx);
        if (value.isEmpty() || isRemote(value.get())) {
          continue;
        }
        String path = ContextPaths.inContext(value.get());
        boolean excluded;
        if (path.equals(".")) {
          excluded = wholeContext;
        } else {
          work += ignore.size() * (path.length() + 1L) * (depth(path) + 1L);
          if (work > MAX_MATCH_WORK) {
            return;
          }
          excluded = ignore.excludes(path);
        }
        if (excluded) {
          ctx.report(
              source.span(),
              "Attempting to "
                  + t.get().verb()
                  + " file "
                  + GoText.quote(ContextPaths.clean(value.get()))
                  + " that is excluded by .dockerignore");
        }
      }
    }
  }

  private static Optional<Transfer> transfer(Instruction i) {
    if (i instanceof Copy c) {
      return Optional.of(new Transfer("Copy", c.flags(), c.sources(), c.heredocs()));
    }
    if (i instanceof Add a) {
      return Optional.of(new Transfer("Add", a.flags(), a.sources(), a.heredocs()));
    }
    return Optional.empty();
  }

  /** The source as BuildKit reads it: quotes removed, variables expanded; empty when unknown. */
  private static Optional<String> value(
      Word source, Instruction i, StageEnvironment env, DockerfileContext ctx) {
    BuildkitWords.Env vars = BuildkitWords.EMPTY;
    if (source.text().indexOf('$') >= 0) {
      if (!env.knows(i)) {
        return Optional.empty();
      }
      vars = env.before(i);
    }
    try {
      BuildkitWords.Result r =
          BuildkitWords.process(
              source.text(),
              vars,
              BuildkitWords.Options.defaults(ctx.model().escape())
                  .withMaxExpansion(ctx.settings().maxExpansionBytes()));
      return r.unmatched().isEmpty() && !r.word().isEmpty()
          ? Optional.of(r.word())
          : Optional.empty();
    } catch (ShellSyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean isHeredoc(Word source, List<Heredoc> heredocs) {
    return heredocs.stream().anyMatch(h -> h.operator().span().equals(source.span()));
  }

  /** A URL or git address, which ADD fetches and the context does not hold. */
  private static boolean isRemote(String source) {
    return source.contains("://") || source.startsWith("git@");
  }

  private static int depth(String path) {
    int n = 0;
    for (int k = path.indexOf('/'); k >= 0; k = path.indexOf('/', k + 1)) {
      n++;
    }
    return n;
  }
}
