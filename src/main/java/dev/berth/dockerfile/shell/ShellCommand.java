package dev.berth.dockerfile.shell;

import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A simple command of a script: its prefix assignments ({@code DEBIAN_FRONTEND=noninteractive}),
 * the wrappers it runs under ({@code sudo}, {@code env}, {@code xargs}, {@code time}, {@code nice},
 * {@code exec}, {@code python -m}...; their words and options), and its own words: the program and
 * its arguments as written. Redirections are set aside.
 *
 * <p>The command-line view ({@link #options()}, {@link #arguments()}, {@link #subcommand()}) reads
 * the arguments after expansion with what is statically known, with berth's knowledge of which
 * options of the program take a value: short bundles ({@code -yq}), {@code --opt=value}, {@code
 * --opt value}, {@code -o value}, and {@code --} ending the options.
 */
public final class ShellCommand {
  private final List<ShellWord> assignments;
  private final List<ShellWord> wrappers;
  private final List<ShellWord> words;
  private final List<ShellWord> redirections;
  private final Span span;
  private final boolean nested;
  private final String operatorAfter;

  /** The program as written, and the last part of its path: every rule asks for them. */
  private final String name;

  private final String base;

  private List<Option> options;
  private List<ShellWord> arguments;
  private int beforeDashDash;

  ShellCommand(
      List<ShellWord> assignments,
      List<ShellWord> wrappers,
      List<ShellWord> words,
      List<ShellWord> redirections,
      Span span,
      boolean nested,
      String operatorAfter) {
    this.assignments = List.copyOf(assignments);
    this.wrappers = List.copyOf(wrappers);
    this.words = List.copyOf(words);
    this.redirections = List.copyOf(redirections);
    this.span = span;
    this.nested = nested;
    this.operatorAfter = operatorAfter;
    this.name = words.isEmpty() ? "" : words.get(0).value();
    this.base = basename(name);
  }

  /** Prefix assignments, and the {@code NAME=value} words of an {@code env} wrapper. */
  public List<ShellWord> assignments() {
    return assignments;
  }

  /** The words of the wrappers before the program ({@code sudo -E}, {@code env -i}). */
  public List<ShellWord> wrappers() {
    return wrappers;
  }

  /** True when one of the wrappers is {@code name} ({@code sudo apt-get ...} for "sudo"). */
  public boolean wrappedBy(String name) {
    return wrappers.stream().anyMatch(w -> basename(w.value()).equals(name));
  }

  /** The program and its arguments as written. */
  public List<ShellWord> words() {
    return words;
  }

  /** Targets and operators of redirections ({@code > /dev/null}, {@code <<EOF}). */
  public List<ShellWord> redirections() {
    return redirections;
  }

  /** The program's word; empty for a command made of assignments or redirections only. */
  public Optional<ShellWord> program() {
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
  }

  /** The program as written ({@code /usr/bin/apt-get}); "" when there is none. */
  public String name() {
    return name;
  }

  /** True when the program, or the last part of its path, is one of {@code names}. */
  public boolean is(String... names) {
    for (String n : names) {
      if (base.equals(n) || name.equals(n)) {
        return true;
      }
    }
    return false;
  }

  /** From the first assignment or wrapper to the last word or redirection. */
  public Span span() {
    return span;
  }

  /**
   * True inside a subshell {@code ( )}, a command substitution, backticks, or a script handed to
   * another shell ({@code sh -c '...'}, {@code bash <<EOF}): its {@code cd} or {@code set} does not
   * reach the commands after it.
   */
  public boolean isNested() {
    return nested;
  }

  /**
   * The operator after the command: {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code |&},
   * {@code &}, a line break as {@code "\n"}, or "" at the end of its list.
   */
  public String operatorAfter() {
    return operatorAfter;
  }

  /** The arguments after expansion of what is known; an unknown expansion stays one word. */
  public List<ShellWord> args() {
    List<ShellWord> out = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      out.addAll(words.get(i).expand());
    }
    return out;
  }

  /** The options, as the program reads them. */
  public List<Option> options() {
    parse();
    return options;
  }

  /** The arguments that are not options nor option values, in order. */
  public List<ShellWord> arguments() {
    parse();
    return arguments;
  }

  /**
   * The arguments before a {@code --} that ends the options (all of them when there is none): what
   * a program such as {@code gem install} takes as its own operands.
   */
  public List<ShellWord> argumentsBeforeDashDash() {
    parse();
    return arguments.subList(0, beforeDashDash);
  }

  /** The word of the first argument; empty when there is none. */
  public Optional<ShellWord> subcommandWord() {
    List<ShellWord> a = arguments();
    return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
  }

  /** The first argument ({@code install} in {@code apt-get -y install x}); "" when none. */
  public String subcommand() {
    List<ShellWord> a = arguments();
    return a.isEmpty() ? "" : a.get(0).value();
  }

  /** True when one of the arguments has one of these values. */
  public boolean hasArgument(String... values) {
    for (ShellWord w : arguments()) {
      for (String v : values) {
        if (w.value().equals(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The arguments after the first one equal to {@code value}; empty when there is none. */
  public List<ShellWord> argumentsAfter(String value) {
    List<ShellWord> a = arguments();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).value().equals(value)) {
        return a.subList(i + 1, a.size());
      }
    }
    return List.of();
  }

  /** True when one of the options is one of {@code names} (dashes included). */
  public boolean hasOption(String... names) {
    return option(names).isPresent();
  }

  /** The first option that is one of {@code names}. */
  public Optional<Option> option(String... names) {
    for (Option o : options()) {
      if (o.is(names)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** How many times options named {@code name} are given ({@code -qq} gives {@code -q} twice). */
  public int count(String name) {
    int n = 0;
    for (Option o : options()) {
      if (o.name().equals(name)) {
        n++;
      }
    }
    return n;
  }

  private synchronized void parse() {
    if (options != null) {
      return;
    }
    OptionSpec spec = OptionSpec.forProgram(name());
    List<Option> opts = new ArrayList<>();
    List<ShellWord> args = new ArrayList<>();
    List<ShellWord> in = args();
    boolean ended = false;
    int dashDash = -1;
    for (int i = 0; i < in.size(); i++) {
      ShellWord w = in.get(i);
      String v = w.value();
      boolean optionLike = v.length() > 1 && (v.charAt(0) == '-' || isPlusOption(spec, v));
      if (ended || !optionLike || !w.isKnown() && !v.startsWith("-")) {
        args.add(w);
        continue;
      }
      if (v.equals("--")) {
        ended = true;
        dashDash = args.size();
        continue;
      }
      ShellWord next = i + 1 < in.size() ? in.get(i + 1) : null;
      if (v.startsWith("--") || spec.singleDashLong()) {
        int eq = v.indexOf('=');
        String name = eq < 0 ? v : v.substring(0, eq);
        if (eq >= 0) {
          opts.add(
              new Option(
                  name,
                  w.span(0, eq),
                  Optional.of(v.substring(eq + 1)),
                  Optional.of(w.span(eq + 1, v.length())),
                  w));
        } else if (spec.takesValue(name) && next != null) {
          opts.add(
              new Option(name, w.span(), Optional.of(next.value()), Optional.of(next.span()), w));
          i++;
        } else {
          opts.add(new Option(name, w.span(), Optional.empty(), Optional.empty(), w));
        }
        continue;
      }
      char dash = v.charAt(0);
      for (int j = 1; j < v.length(); j++) {
        String name = dash + v.substring(j, j + 1);
        Span at = j == 1 ? w.span(0, 2) : w.span(j, j + 1);
        if (spec.takesValue(name)) {
          if (j + 1 < v.length()) {
            opts.add(
                new Option(
                    name,
                    at,
                    Optional.of(v.substring(j + 1)),
                    Optional.of(w.span(j + 1, v.length())),
                    w));
          } else if (next != null) {
            opts.add(new Option(name, at, Optional.of(next.value()), Optional.of(next.span()), w));
            i++;
          } else {
            opts.add(new Option(name, at, Optional.empty(), Optional.empty(), w));
          }
          break;
        }
        opts.add(new Option(name, at, Optional.empty(), Optional.empty(), w));
      }
    }
    options = List.copyOf(opts);
    arguments = List.copyOf(args);
    beforeDashDash = dashDash < 0 ? args.size() : dashDash;
  }

  private static boolean isPlusOption(OptionSpec spec, String v) {
    return v.startsWith("+") && spec.takesValue("+o");
  }

  /** The last part of a path ({@code apt-get} for {@code /usr/bin/apt-get}). */
  static String basename(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  @Override
  public String toString() {
    return words.stream().map(ShellWord::value).toList() + "@" + span;
  }
}
