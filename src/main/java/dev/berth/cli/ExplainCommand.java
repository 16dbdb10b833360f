package dev.berth.cli;

import dev.berth.api.ForeignRuleIds;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.docs.RuleDocs;
import dev.berth.engine.UsageException;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code berth explain ID}: print a rule's document. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Print a rule's document: what it flags, why, examples, how to suppress it.")
public final class ExplainCommand implements Callable<Integer> {
  @ParentCommand BerthCommand parent;

  @Parameters(
      paramLabel = "ID",
      description = "A rule id, name or alias, or a code a rule reports (SC2086).")
  String id;

  @Override
  public Integer call() throws IOException, UsageException {
    Optional<RuleMeta> meta =
        BuiltinRules.all().stream().map(Rule::meta).filter(m -> m.isNamed(id)).findFirst();
    if (meta.isEmpty()) {
      meta =
          BuiltinRules.all().stream()
              .map(Rule::meta)
              .filter(m -> m.id().equalsIgnoreCase(id))
              .findFirst();
    }
    String preface = "";
    if (meta.isEmpty()) {
      meta = BuiltinRules.all().stream().map(Rule::meta).filter(m -> m.reportsCode(id)).findFirst();
      if (meta.isPresent()) {
        preface = id + " is a code the " + meta.get().id() + " rule reports" + wiki(id) + ".\n\n";
      }
    }
    if (meta.isEmpty()) {
      throw new UsageException("unknown rule '" + id + "'; 'berth rules' lists them all");
    }
    parent.io.out().write(preface + RuleDocs.explain(meta.get()));
    parent.io.out().flush();
    return ExitCodes.OK;
  }

  /** Where ShellCheck's own wiki explains one of its codes. */
  private static String wiki(String code) {
    return ForeignRuleIds.isShellCheck(code)
        ? "; ShellCheck explains it at https://www.shellcheck.net/wiki/" + code
        : "";
  }
}
