package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Cmd;
import dev.berth.dockerfile.model.Command;
import dev.berth.dockerfile.model.Entrypoint;
import dev.berth.dockerfile.model.Healthcheck;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Shell;
import dev.berth.dockerfile.model.ShellForm;
import dev.berth.dockerfile.model.Transfer;
import dev.berth.dockerfile.model.Volume;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON wants double quotes: {@code CMD ['nginx', '-g', 'daemon off;']} is not the exec form but a
 * shell command whose first word is {@code [nginx,}. Reported for RUN, CMD, ENTRYPOINT, SHELL,
 * HEALTHCHECK CMD, COPY, ADD and VOLUME (ONBUILD triggers included) when the arguments are a
 * bracketed list of quoted strings with at least one in single quotes. The fix (not safe: it
 * changes how the instruction runs, to what was meant) writes double quotes, when no string holds a
 * double quote or a backslash and the list is on one line.
 */
@RuleInfo(
    id = "JSONInSingleQuotes",
    name = "json-in-single-quotes",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    fix = Fixability.SOMETIMES,
    summary = "Write exec-form JSON arrays with double quotes.")
public final class JsonInSingleQuotes implements DockerfileRule {
  private static final String ITEM = "'[^']*+'|\"(?:[^\"\\\\]|\\\\.)*+\"";

  /** Compiled on first use: most Dockerfiles never get this far, and compiling costs ~10 ms. */
  private static final class Patterns {
    static final Pattern LIST =
        Pattern.compile("\\[\\s*+(?:(?:" + ITEM + ")(?:\\s*+,\\s*+(?:" + ITEM + "))*+)?\\s*+]");
    static final Pattern ITEMS = Pattern.compile(ITEM);
  }

  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : Values.withTriggers(ctx.model())) {
      arguments(i).ifPresent(span -> check(ctx, i, span));
    }
  }

  /** The span of the arguments when they are written in shell form. */
  private static Optional<Span> arguments(Instruction i) {
    Optional<Command> command = Optional.empty();
    if (i instanceof Run r) {
      command = r.command();
    } else if (i instanceof Cmd c) {
      command = c.command();
    } else if (i instanceof Entrypoint e) {
      command = e.command();
    } else if (i instanceof Shell s) {
      command = s.command();
    } else if (i instanceof Healthcheck h) {
      command = h.command();
    } else if (i instanceof Transfer t && !t.execForm()) {
      return words(t.args());
    } else if (i instanceof Volume v && !v.execForm()) {
      return words(v.paths());
    }
    return command.filter(c -> c instanceof ShellForm).map(Command::span);
  }

  private static Optional<Span> words(List<Word> args) {
    return args.isEmpty()
        ? Optional.empty()
        : Optional.of(args.get(0).span().union(args.get(args.size() - 1).span()));
  }

  private static void check(DockerfileContext ctx, Instruction i, Span span) {
    String text = ctx.source().slice(span);
    String trimmed = text.strip();
    if (!trimmed.startsWith("[")
        || trimmed.indexOf('\'') < 0
        || !Patterns.LIST.matcher(trimmed).matches()) {
      return;
    }
    String message =
        i.keyword().text()
            + " arguments in single quotes are not JSON, so this is the shell form; write the"
            + " strings in double quotes";
    List<TextEdit> edits = new ArrayList<>();
    boolean fixable = text.chars().allMatch(c -> c < 0x80 && c != '\n' && c != '\r');
    Matcher m = Patterns.ITEMS.matcher(text);
    while (fixable && m.find()) {
      String item = m.group();
      if (item.startsWith("'")) {
        String inner = item.substring(1, item.length() - 1);
        fixable = inner.indexOf('"') < 0 && inner.indexOf('\\') < 0;
        edits.add(
            TextEdit.replace(
                Span.of(span.start() + m.start(), span.start() + m.end()), "\"" + inner + "\""));
      }
    }
    if (fixable) {
      ctx.report(span, message, Fix.unsafe("Write double quotes", edits.toArray(new TextEdit[0])));
    } else {
      ctx.report(span, message);
    }
  }
}
