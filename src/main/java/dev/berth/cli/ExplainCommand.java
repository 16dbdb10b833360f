package dev.berth.cli;

import dev.berth.api.ForeignRuleIds;
import dev.berth.api.RuleCatalog;
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
    RuleCatalog catalog = RuleCatalog.ofRules(BuiltinRules.all());
    RuleCatalog.Entry entry = catalog.lookup(id);
    if (entry instanceof RuleCatalog.Unknown u) {
      // As a convenience, an id written in another case explains the rule it names.
      Optional<String> sameIgnoringCase =
          BuiltinRules.all().stream()
              .map(r -> r.meta().id())
              .filter(known -> known.equalsIgnoreCase(id))
              .findFirst();
      if (sameIgnoringCase.isPresent()) {
        entry = catalog.lookup(sameIgnoringCase.get());
      } else {
        throw new UsageException(
            "unknown rule '"
                + id
                + "'"
                + u.hint().map(h -> "; " + h).orElse("")
                + " ('berth rules' lists them all)");
      }
    }
    if (entry instanceof RuleCatalog.Foreign f) {
      throw new UsageException(f.note() + wiki(id));
    }
    RuleCatalog.Implemented known = (RuleCatalog.Implemented) entry;
    RuleMeta meta = known.rule();
    String preface = "";
    if (!known.id().equals(meta.id())) {
      preface = id + " is a code the " + meta.id() + " rule reports" + wiki(id) + ".\n\n";
    }
    parent.io.out().write(preface + RuleDocs.explain(meta));
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
