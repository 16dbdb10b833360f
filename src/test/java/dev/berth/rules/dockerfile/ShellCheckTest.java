package dev.berth.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.FakePrograms;
import dev.berth.ShellCheckInstalled;
import dev.berth.api.ExternalTool;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ShellCheck rule through the engine: what is checked, in which dialect, with which variables
 * declared, where findings land, and how configuration and suppressions treat SC codes.
 */
class ShellCheckTest {
  private static final List<Rule> RULES = BuiltinRules.all();

  @TempDir Path dir;

  /** Every built-in rule is known; only ShellCheck runs, unless the policy says more. */
  private static RulePolicy only(Set<String> ignored, Map<String, Level> levels) {
    Set<String> off =
        RULES.stream()
            .map(r -> r.meta().id())
            .filter(id -> !id.equals("ShellCheck"))
            .collect(Collectors.toCollection(java.util.HashSet::new));
    off.addAll(ignored);
    return new RulePolicy(off, Set.of(), levels, Map.of());
  }

  private static List<Finding> lint(
      String dockerfile, RulePolicy policy, Optional<ExternalTool> tool) {
    Linter linter = new Linter(RULES, policy, LintSettings.DEFAULTS.withShellcheck(tool));
    return linter.lintDockerfile(
        SourceText.of("Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Finding> lint(String dockerfile) {
    ShellCheckInstalled.require();
    return lint(dockerfile, only(Set.of(), Map.of()), ShellCheckInstalled.tool());
  }

  /** Findings as "CODE@line:column-endLine:endColumn". */
  private static List<String> where(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.code()
                    + "@"
                    + f.start().line()
                    + ":"
                    + f.start().column()
                    + "-"
                    + f.end().line()
                    + ":"
                    + f.end().column())
        .toList();
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  @Test
  void findingsInAContinuedRunLandOnTheirRealLineAndColumn() {
    List<Finding> f =
        lint(
            "FROM alpine\n"
                + "RUN apk add --no-cache curl \\\n"
                + "  # fetch the release\n"
                + "    && curl -fsSL $URL -o /tmp/x \\\n"
                + "\t&& tar -xf /tmp/x -C $DEST\n");
    assertEquals(List.of("SC2086@4:19-4:22", "SC2086@5:23-5:27"), where(f));
    assertEquals(Level.INFO, f.get(0).level());
    assertTrue(f.get(0).message().contains("Double quote"), f.get(0).message());
  }

  @Test
  void findingsInHeredocBodiesAndOnbuildRuns() {
    List<Finding> f =
        lint(
            "FROM alpine\n"
                + "RUN <<EOF\n"
                + "echo start\n"
                + "cd /srv\n"
                + "EOF\n"
                + "RUN cat <<EOF > /etc/motd\n"
                + "hello $user_name\n"
                + "EOF\n"
                + "ONBUILD RUN echo $FOO\n");
    assertEquals(List.of("SC2164@4:1-4:7", "SC2154@7:7-7:16", "SC2086@9:18-9:21"), where(f));
  }

  @Test
  void argEnvAndSecretNamesAreDeclaredButGlobalArgsAreNot() {
    List<Finding> f =
        lint(
            "ARG global_only\n"
                + "FROM alpine\n"
                + "ARG version\n"
                + "ENV app_home=/srv other=1\n"
                + "RUN --mount=type=secret,id=tok,env=api_token echo \"$version $app_home $other "
                + "$api_token $http_proxy\"\n"
                + "RUN echo \"$global_only\"\n");
    assertEquals(List.of("SC2154@6:11-6:22"), where(f));
  }

  @Test
  void stagesBuiltOnAStageInheritItsShellAndVariables() {
    List<Finding> f =
        lint(
            "FROM alpine AS base\n"
                + "ARG tool_version\n"
                + "SHELL [\"/bin/bash\", \"-c\"]\n"
                + "FROM base AS child\n"
                + "RUN [[ -d /srv ]] && echo \"$tool_version\"\n"
                + "FROM alpine\n"
                + "RUN [[ -d /srv ]] && echo \"$tool_version\"\n");
    assertEquals(List.of("SC3010@7:5-7:17", "SC2154@7:28-7:40"), where(f));
  }

  @Test
  void theDialectComesFromShellShebangOrPragma() {
    String sh = "RUN [[ -n \"$HOME\" ]]\n";
    assertEquals(List.of("SC3010"), codes(lint("FROM alpine\n" + sh)));
    assertEquals(
        List.of(),
        codes(lint("FROM alpine\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\n" + sh)));
    assertEquals(
        List.of(), codes(lint("FROM alpine\nSHELL [\"/usr/bin/env\", \"bash\", \"-c\"]\n" + sh)));
    assertEquals(List.of(), codes(lint("FROM alpine\n# hadolint shell=bash\n" + sh)));
    assertEquals(
        List.of(),
        codes(lint("# hadolint shell=/bin/bash\nFROM alpine\n" + sh + "FROM debian\n" + sh)));
    // a pragma after a FROM is for that stage only
    assertEquals(
        List.of("SC3010"), codes(lint("FROM alpine\n# hadolint shell=bash\nFROM debian\n" + sh)));
    // the later of SHELL and pragma wins
    assertEquals(
        List.of("SC3010"),
        codes(lint("FROM alpine\n# hadolint shell=bash\nSHELL [\"/bin/sh\", \"-c\"]\n" + sh)));
    assertEquals(
        List.of(), codes(lint("FROM alpine\nRUN <<EOF\n#!/bin/bash\n[[ -n \"$HOME\" ]]\nEOF\n")));
    assertEquals(
        List.of(),
        codes(lint("FROM alpine\nRUN <<EOF\n#!/usr/bin/env bash\n[[ -n \"$HOME\" ]]\nEOF\n")));
    assertEquals(
        List.of("SC3010"),
        codes(
            lint(
                "FROM alpine\nSHELL [\"/bin/bash\", \"-c\"]\nRUN <<EOF\n#!/bin/sh\n[[ -n "
                    + "\"$HOME\" ]]\nEOF\n")));
    // <<- strips the tabs before the shebang, as BuildKit does before it reads it
    assertEquals(
        List.of("SC3010@5:2-5:17"),
        where(
            lint(
                "FROM alpine\nSHELL [\"/bin/bash\", \"-c\"]\nRUN <<-EOF\n\t#!/bin/sh\n\t[[ -n "
                    + "\"$HOME\" ]]\n\tEOF\n")));
  }

  @Test
  void powershellCmdOtherInterpretersAndExecFormAreNotChecked() {
    String run = "RUN echo $x\n";
    assertEquals(
        List.of(),
        lint("FROM mcr.microsoft.com/powershell\nSHELL [\"pwsh\", \"-Command\"]\n" + run));
    assertEquals(List.of(), lint("FROM windows\nSHELL [\"cmd\", \"/S\", \"/C\"]\n" + run));
    assertEquals(List.of(), lint("FROM alpine\n# hadolint shell=powershell\n" + run));
    assertEquals(List.of(), lint("FROM alpine\nSHELL [\"/bin/zsh\", \"-c\"]\n" + run));
    assertEquals(
        List.of(), lint("FROM alpine\nRUN <<EOF\n#!/usr/bin/env python3\nprint('$x')\nEOF\n"));
    assertEquals(List.of(), lint("FROM alpine\nRUN [\"sh\", \"-c\", \"echo $x\"]\n"));
    // Windows images run RUN with cmd unless SHELL says otherwise; a backtick escape means Windows
    // too
    assertEquals(List.of(), lint("FROM mcr.microsoft.com/windows/servercore:ltsc2022\n" + run));
    assertEquals(
        List.of(),
        lint(
            "FROM mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022 AS build\nFROM build\n"
                + run));
    assertEquals(List.of(), lint("# escape=`\nFROM example/base\n" + run));
    assertEquals(
        List.of("SC2086"),
        codes(
            lint(
                "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"bash\", "
                    + "\"-c\"]\nRUN echo $HOME\n")));
    // a later SHELL brings ShellCheck back
    assertEquals(
        List.of("SC2086", "SC2154"),
        codes(lint("FROM alpine\nSHELL [\"pwsh\", \"-c\"]\nSHELL [\"/bin/sh\", \"-c\"]\n" + run)));
  }

  @Test
  void aHeredocFedToAShellIsAScriptOfThatShell() {
    List<Finding> f =
        lint(
            "FROM alpine\nRUN bash -e <<'EOF'\n[[ -d /srv ]] && ls $dir_name\nEOF\nRUN <<EOF "
                + "sh\n[[ -d /srv ]]\nEOF\n");
    assertEquals(List.of("SC2086@3:21-3:29", "SC2154@3:21-3:29", "SC3010@6:1-6:13"), where(f));
  }

  @Test
  void positionsCountCharactersNotBytesAndIgnoreCarriageReturns() {
    List<Finding> f = lint("FROM alpine\r\nRUN echo \"é😀\" \\\r\n  $x\r\n");
    assertEquals(List.of("SC2086@3:3-3:4", "SC2154@3:3-3:4"), where(f));
  }

  @Test
  void suppressionsAndConfigurationNameCodesOrTheRule() {
    ShellCheckInstalled.require();
    String file =
        "FROM alpine\n"
            + "# hadolint ignore=SC2086\n"
            + "RUN echo $a\n"
            + "# berth ignore=ShellCheck\n"
            + "RUN echo $b\n"
            + "RUN echo $c\n";
    Optional<ExternalTool> tool = ShellCheckInstalled.tool();
    assertEquals(
        List.of("SC2154@3:10-3:11", "SC2086@6:10-6:11", "SC2154@6:10-6:11"),
        where(lint(file, only(Set.of(), Map.of()), tool)));
    assertEquals(
        List.of("SC2086@6:10-6:11"), where(lint(file, only(Set.of("SC2154"), Map.of()), tool)));
    assertEquals(List.of(), lint(file, only(Set.of("ShellCheck"), Map.of()), tool));
    List<Finding> levels =
        lint(file, only(Set.of(), Map.of("SC2086", Level.ERROR, "ShellCheck", Level.STYLE)), tool);
    assertEquals(
        List.of(Level.STYLE, Level.ERROR, Level.STYLE),
        levels.stream().map(Finding::level).toList());
  }

  @Test
  void stageAndGlobalPragmasAndShellChecksOwnDirectivesWork() {
    assertEquals(
        List.of("SC2086@5:10-5:11"),
        where(
            lint(
                "FROM alpine\n# hadolint stage ignore=SC2086\nRUN echo $a\nFROM alpine\nRUN echo "
                    + "$b\n# hadolint global ignore=SC2154\n")));
    assertEquals(
        List.of("SC2154@5:6-5:7"),
        where(
            lint(
                "FROM alpine\nRUN <<EOF\necho \"$1\"\n"
                    + "# shellcheck disable=SC2086\necho $b\nEOF\n")));
  }

  @Test
  void withoutShellcheckNothingRunsAndNothingIsUnused() {
    Set<String> on = Set.of("ShellCheck", "UnusedSuppression");
    Set<String> off =
        RULES.stream()
            .map(r -> r.meta().id())
            .filter(id -> !on.contains(id))
            .collect(Collectors.toSet());
    RulePolicy policy = new RulePolicy(off, Set.of("UnusedSuppression"), Map.of(), Map.of());
    String file = "FROM alpine\n# berth ignore=ShellCheck\nRUN echo $a\n";
    assertEquals(List.of(), lint(file, policy, Optional.empty()));
    ShellCheckInstalled.require();
    assertEquals(List.of(), lint(file, policy, ShellCheckInstalled.tool()));
    assertEquals(
        List.of("UnusedSuppression@2:16-2:25"),
        where(
            lint(
                "FROM alpine\n# berth ignore=ShellCheck\nRUN echo \"$HOME\"\n",
                policy,
                ShellCheckInstalled.tool())));
  }

  @Test
  void aHungShellcheckGivesOneFindingAtTheFirstRun() throws IOException {
    Path hung = FakePrograms.write(dir, "shellcheck", "sleep 60");
    long start = System.nanoTime();
    List<Finding> f =
        lint(
            "FROM alpine\nRUN echo a\nRUN echo b\n",
            only(Set.of(), Map.of()),
            Optional.of(new ExternalTool(hung, Duration.ofSeconds(1))));
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
    assertEquals(List.of("ShellCheck@2:1-2:3"), where(f));
    assertEquals(Level.WARNING, f.get(0).level());
    assertEquals(
        "ShellCheck did not finish within 1 s; the SC checks of this file were skipped",
        f.get(0).message());
  }

  @Test
  void garbageFromShellcheckGivesOneFinding() throws IOException {
    Path garbage = FakePrograms.write(dir, "shellcheck", "echo '<html>not json</html>'");
    List<Finding> f =
        lint(
            "FROM alpine\nRUN echo a\n",
            only(Set.of(), Map.of()),
            Optional.of(new ExternalTool(garbage, Duration.ofSeconds(10))));
    assertEquals(List.of("ShellCheck"), codes(f));
    assertTrue(
        f.get(0).message().startsWith("ShellCheck's output could not be read"), f.get(0).message());
  }

  @Test
  void commentsOutsideTheFileOrWithOddCodesAreDropped() throws IOException {
    // a position in the shebang line written for ShellCheck, a code outside SCnnnn, an unknown
    // level
    // (the script is "#!/bin/sh" and "echo a": no name of the file occurs in it to be declared)
    Path odd =
        FakePrograms.write(
            dir,
            "shellcheck",
            "echo '{\"comments\":["
                + "{\"file\":\"0.sh\",\"line\":1,\"column\":1,\"endLine\":1,\"endColumn\":3,"
                + "\"code\":2148,\"level\":\"error\",\"message\":\"header\"},"
                + "{\"file\":\"0.sh\",\"line\":2,\"column\":1,\"endLine\":2,\"endColumn\":3,"
                + "\"code\":12345,\"level\":\"error\",\"message\":\"odd code\"},"
                + "{\"file\":\"0.sh\",\"line\":2,\"column\":6,\"endLine\":2,\"endColumn\":6,"
                + "\"code\":1234,\"level\":\"loud\",\"message\":\"odd level\"}"
                + "]}'");
    List<Finding> f =
        lint(
            "FROM alpine\nRUN echo a\n",
            only(Set.of(), Map.of()),
            Optional.of(new ExternalTool(odd, Duration.ofSeconds(10))));
    assertEquals(List.of("SC1234@2:10-2:10"), where(f));
    assertEquals(Level.WARNING, f.get(0).level());
  }

  @Test
  void aFileWithManyRunsIsCheckedByOneProcess() throws IOException {
    Path real = ShellCheckInstalled.require();
    Path log = dir.resolve("calls.log");
    Path counting =
        FakePrograms.write(
            dir, "shellcheck", "echo x >> '" + log + "'\nexec '" + real + "' \"$@\"");
    StringBuilder file = new StringBuilder("FROM alpine\n");
    for (int i = 0; i < 100; i++) {
      file.append("RUN echo $v").append(i).append('\n');
    }
    List<Finding> f =
        lint(
            file.toString(),
            only(Set.of(), Map.of()),
            Optional.of(new ExternalTool(counting, Duration.ofSeconds(60))));
    assertEquals(200, f.size());
    assertEquals(1, Files.readAllLines(log).size());
  }

  @Test
  void noRunNoProcess() throws IOException {
    Path log = dir.resolve("calls.log");
    Path counting =
        FakePrograms.write(dir, "shellcheck", "echo x >> '" + log + "'\necho '{\"comments\":[]}'");
    Optional<ExternalTool> tool = Optional.of(new ExternalTool(counting, Duration.ofSeconds(10)));
    assertEquals(
        List.of(), lint("FROM alpine\nCOPY a b\nRUN [\"true\"]\n", only(Set.of(), Map.of()), tool));
    assertTrue(Files.notExists(log));
  }
}
