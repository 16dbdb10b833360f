/**
 * How berth reads the shell in a Dockerfile, and the ARG and ENV values around it.
 *
 * <p>Rules reach it through {@code DockerfileContext}: {@code ctx.shell(instruction)} gives the
 * {@link dev.berth.dockerfile.shell.Script} of a RUN, CMD, ENTRYPOINT, HEALTHCHECK or ONBUILD
 * trigger, and {@code ctx.shells()} the per-file {@link dev.berth.dockerfile.shell.ShellFacts}:
 * every RUN with its stage ({@code runs()}, {@code runs(stage)}), the {@code --mount} flags read
 * into {@link dev.berth.dockerfile.shell.RunMount}s, and the ARG/ENV values ({@code variables(i)}).
 * All of it is computed once per file, on first use.
 *
 * <pre>{@code
 * for (ShellRun run : ctx.shells().runs()) {
 *   for (ShellCommand cmd : run.commands()) {
 *     if (cmd.is("apt-get") && cmd.subcommand().equals("install")) {
 *       for (ShellWord pkg : cmd.argumentsAfter("install")) {
 *         if (pkg.isKnown() && !pkg.value().contains("=")) {
 *           ctx.report(pkg.span(), "pin " + pkg.value());
 *         }
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A {@link dev.berth.dockerfile.shell.ShellCommand} has its prefix assignments, its wrappers
 * ({@code sudo}, {@code env}, {@code xargs}...; {@code wrappedBy("sudo")}), its words as written,
 * and a command-line view: {@code options()} (bundles split, values attached), {@code arguments()},
 * {@code subcommand()}. {@code isNested()} is true inside subshells, substitutions and scripts
 * handed to another shell; {@code operatorAfter()} gives the {@code &&}, {@code |}... that follows.
 * Each {@link dev.berth.dockerfile.shell.ShellWord} has its file span, raw text and unquoted value;
 * {@code isKnown()} says whether the value is what the program receives.
 */
package dev.berth.dockerfile.shell;
