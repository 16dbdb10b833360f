package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.Expose;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Healthcheck;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.model.Maintainer;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Shell;
import dev.berth.dockerfile.model.StopSignal;
import dev.berth.dockerfile.model.User;
import dev.berth.dockerfile.model.Volume;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.model.Workdir;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;
import java.util.List;

/**
 * Each instruction takes the number of arguments BuildKit's instruction parser demands: FROM one or
 * three ({@code image AS name}); ADD and COPY at least two; MAINTAINER, WORKDIR, USER and
 * STOPSIGNAL one (the rest of the line); RUN, ENV, LABEL, ARG, EXPOSE, VOLUME, SHELL, ONBUILD and
 * HEALTHCHECK at least one; the legacy {@code ENV key value} form a value. An exec-form VOLUME may
 * not name an empty path. ONBUILD triggers are checked too. The legacy-form check is part of the
 * parser; this rule reports what the parser found and checks the rest.
 */
@RuleInfo(
    id = ProblemCodes.INVALID_ARGUMENT_COUNT,
    name = "invalid-argument-count",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Every instruction needs the number of arguments BuildKit requires.")
public final class InvalidArgumentCount implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      check(ctx, i);
    }
  }

  private static void check(DockerfileContext ctx, Instruction i) {
    String name = i.keyword().text();
    if (i instanceof From f) {
      List<Word> args = f.args();
      if (args.size() != 1 && args.size() != 3) {
        ctx.report(
            argsSpan(i, args),
            name + " takes one argument (the image) or three (image AS name), not " + args.size());
      } else if (args.size() == 3 && f.stageName().isEmpty()) {
        ctx.report(
            args.get(1).span(),
            "The second of three " + name + " arguments must be AS; write image AS name");
      }
    } else if (i instanceof Add a) {
      atLeastTwo(ctx, i, a.args());
    } else if (i instanceof Copy c) {
      atLeastTwo(ctx, i, c.args());
    } else if (i instanceof Run r) {
      if (r.command().isEmpty()) {
        ctx.report(i.span(), name + " has no command; write the command to run after " + name);
      }
    } else if (i instanceof Maintainer m) {
      exactlyOne(ctx, i, m.argument().isPresent());
    } else if (i instanceof Workdir w) {
      exactlyOne(ctx, i, w.argument().isPresent());
    } else if (i instanceof User u) {
      exactlyOne(ctx, i, u.argument().isPresent());
    } else if (i instanceof StopSignal s) {
      exactlyOne(ctx, i, s.argument().isPresent());
    } else if (i instanceof Env e) {
      atLeastOne(ctx, i, !e.pairs().isEmpty());
    } else if (i instanceof Label l) {
      atLeastOne(ctx, i, !l.pairs().isEmpty());
    } else if (i instanceof Arg a) {
      atLeastOne(ctx, i, !a.declarations().isEmpty());
    } else if (i instanceof Expose e) {
      atLeastOne(ctx, i, !e.ports().isEmpty());
    } else if (i instanceof Shell s) {
      atLeastOne(ctx, i, s.command().isPresent());
    } else if (i instanceof Onbuild o) {
      atLeastOne(ctx, i, o.trigger().isPresent());
    } else if (i instanceof Healthcheck h) {
      atLeastOne(ctx, i, h.type().isPresent());
    } else if (i instanceof Volume v) {
      atLeastOne(ctx, i, !v.paths().isEmpty());
      for (Word p : v.paths()) {
        if (v.execForm() && p.text().strip().isEmpty()) {
          ctx.report(p.span(), "VOLUME path is empty; name the directory to mount");
        }
      }
    }
  }

  private static Span argsSpan(Instruction i, List<Word> args) {
    if (args.isEmpty()) {
      return i.keyword().span();
    }
    return args.get(0).span().union(args.get(args.size() - 1).span());
  }

  private static void atLeastTwo(DockerfileContext ctx, Instruction i, List<Word> args) {
    if (args.size() < 2) {
      String name = i.keyword().text();
      ctx.report(
          argsSpan(i, args),
          name
              + " needs at least two arguments, sources and a destination; "
              + (args.isEmpty() ? "it has none" : "the destination is missing"));
    }
  }

  private static void exactlyOne(DockerfileContext ctx, Instruction i, boolean present) {
    if (!present) {
      ctx.report(
          i.keyword().span(),
          i.keyword().text() + " needs exactly one argument; write it after the keyword");
    }
  }

  private static void atLeastOne(DockerfileContext ctx, Instruction i, boolean present) {
    if (!present) {
      ctx.report(
          i.keyword().span(),
          i.keyword().text() + " needs at least one argument; write it after the keyword");
    }
  }
}
