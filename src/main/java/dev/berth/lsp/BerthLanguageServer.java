package dev.berth.lsp;

import dev.berth.api.ExternalTool;
import dev.berth.api.Rule;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * berth's language server: lifecycle (initialize, shutdown, exit) and capabilities. The workspace
 * folder the editor names is where configuration is looked up from; {@code initializationOptions}
 * may set {@code debounceMillis} (default 250).
 */
public final class BerthLanguageServer implements LanguageServer, LanguageClientAware {
  static final long DEFAULT_DEBOUNCE_MILLIS = 250;

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "berth-lsp-lint");
            t.setDaemon(true);
            return t;
          });
  private final BerthDocuments documents;
  private final Map<String, String> env;
  private final Optional<ExternalTool> shellcheck;
  private final List<Rule> rules;
  private volatile LanguageClient client;
  private volatile DocumentLinter linter;
  private volatile boolean shutdown;
  private final java.util.function.IntConsumer onExit;
  private final String version;

  public BerthLanguageServer(
      String version,
      List<Rule> rules,
      Map<String, String> env,
      Path workingDirectory,
      Optional<ExternalTool> shellcheck,
      java.util.function.IntConsumer onExit) {
    this.version = version;
    this.rules = rules;
    this.env = env;
    this.shellcheck = shellcheck;
    this.onExit = onExit;
    this.linter = new DocumentLinter(rules, workingDirectory, env, shellcheck);
    this.documents =
        new BerthDocuments(scheduler, () -> client, () -> linter, rules, DEFAULT_DEBOUNCE_MILLIS);
  }

  /** Serves one client over the streams until it exits; returns the process exit code. */
  public static int serve(BerthLanguageServer server, InputStream in, OutputStream out)
      throws InterruptedException {
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    try {
      launcher.startListening().get();
    } catch (ExecutionException e) {
      return 3;
    }
    return server.shutdown ? 0 : 1;
  }

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  @Override
  @SuppressWarnings("deprecation") // rootUri: older clients send it instead of workspace folders
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    Optional<Path> root = Optional.empty();
    if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
      root = BerthDocuments.pathOf(params.getWorkspaceFolders().get(0).getUri());
    } else if (params.getRootUri() != null) {
      root = BerthDocuments.pathOf(params.getRootUri());
    }
    root.ifPresent(r -> linter = new DocumentLinter(rules, r, env, shellcheck));
    if (params.getInitializationOptions() instanceof com.google.gson.JsonObject o
        && o.has("debounceMillis")) {
      documents.debounce(Math.max(0, o.get("debounceMillis").getAsLong()));
    }
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(true));
    caps.setTextDocumentSync(sync);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    caps.setHoverProvider(true);
    return CompletableFuture.completedFuture(
        new InitializeResult(caps, new ServerInfo("berth", version)));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    scheduler.shutdownNow();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    // The protocol's exit codes: 0 after a shutdown request, 1 without one.
    onExit.accept(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {}

      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {}
    };
  }
}
