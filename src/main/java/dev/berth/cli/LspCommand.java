package dev.berth.cli;

import dev.berth.lsp.BerthLanguageServer;
import dev.berth.rules.BuiltinRules;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code berth lsp}: the language server, over standard input and output. */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description =
        "Run the language server (LSP over standard input and output) for editors: diagnostics as"
            + " you type, fixes and suppressions as code actions, rule summaries on hover.")
public final class LspCommand implements Callable<Integer> {
  @ParentCommand BerthCommand parent;

  @Override
  public Integer call() throws InterruptedException, dev.berth.engine.UsageException {
    Io io = parent.io;
    BerthLanguageServer server =
        new BerthLanguageServer(
            Version.get(),
            BuiltinRules.all(),
            io.env(),
            io.workingDirectory(),
            ShellCheckLookup.find(io, null, false, 30),
            System::exit);
    return BerthLanguageServer.serve(server, io.in(), io.rawOut());
  }
}
