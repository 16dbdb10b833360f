package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@link QuickLintArguments} reads {@code berth lint}'s arguments exactly as picocli does, or
 * leaves them to picocli: picocli's model is the definition of the options.
 */
class QuickLintArgumentsTest {
  private static Io io() {
    return new Io(
        new ByteArrayInputStream(new byte[0]),
        new StringWriter(),
        new StringWriter(),
        new ByteArrayOutputStream(),
        Map.of(),
        Path.of("."),
        false);
  }

  /** Every option picocli knows for {@code berth lint}, by name, with how it takes values. */
  private static Map<String, QuickLintArguments.Kind> picocliOptions() {
    CommandLine top = new CommandLine(new BerthCommand(io()));
    top.addSubcommand("lint", new LintCommand());
    Map<String, QuickLintArguments.Kind> kinds = new LinkedHashMap<>();
    for (OptionSpec o : top.getSubcommands().get("lint").getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp()) {
        continue;
      }
      QuickLintArguments.Kind kind =
          o.arity().max() == 0
              ? QuickLintArguments.Kind.FLAG
              : o.isMultiValue() ? QuickLintArguments.Kind.LIST : QuickLintArguments.Kind.VALUE;
      for (String name : o.names()) {
        kinds.put(name, kind);
      }
      if (o.negatable()) {
        kinds.put(o.longestName().replaceFirst("^--", "--no-"), kind);
      }
    }
    return kinds;
  }

  @Test
  void knowsExactlyPicocliOptions() {
    Map<String, QuickLintArguments.Kind> picocli = picocliOptions();
    assertEquals(
        new TreeSet<>(picocli.keySet()), new TreeSet<>(QuickLintArguments.OPTIONS.keySet()));
    picocli.forEach((name, kind) -> assertEquals(kind, QuickLintArguments.kind(name), name));
  }

  /** The picocli-read command's option fields and the parent's {@code --debug}, by field name. */
  private static Map<String, Object> state(LintCommand lint) throws IllegalAccessException {
    Map<String, Object> state = new LinkedHashMap<>();
    for (Field f : LintCommand.class.getDeclaredFields()) {
      if (f.isAnnotationPresent(CommandLine.Option.class)
          || f.isAnnotationPresent(CommandLine.Parameters.class)) {
        f.setAccessible(true);
        state.put(f.getName(), f.get(lint));
      }
    }
    state.put("debug", lint.parent.debug);
    return state;
  }

  private static Map<String, Object> picocliRead(String[] args) throws IllegalAccessException {
    BerthCommand parent = new BerthCommand(io());
    LintCommand lint = new LintCommand();
    CommandLine top = new CommandLine(parent);
    top.addSubcommand("lint", lint);
    top.parseArgs(args);
    return state(lint);
  }

  private static void assertSameAsPicocli(String[] args) throws IllegalAccessException {
    LintCommand quick = QuickLintArguments.read(args, io());
    if (quick != null) {
      assertEquals(picocliRead(args), state(quick), () -> Arrays.toString(args));
    }
  }

  @Test
  void readsEveryOptionInEveryFormAsPicocliDoes() throws IllegalAccessException {
    List<String[]> accepted = new ArrayList<>();
    accepted.add(new String[] {"lint"});
    accepted.add(new String[] {"--debug", "lint", "Dockerfile", "-", "compose.yaml"});
    accepted.add(new String[] {"lint", "--", "--no-fail", "-x", "a"});
    for (Map.Entry<String, QuickLintArguments.Kind> o : QuickLintArguments.OPTIONS.entrySet()) {
      String name = o.getKey();
      String value = name.contains("max") || name.contains("j") ? "12" : "v1";
      if (name.contains("timeout")) {
        value = "7";
      }
      switch (o.getValue()) {
        case FLAG -> accepted.add(new String[] {"lint", "a", name, "b"});
        case VALUE -> {
          accepted.add(new String[] {"lint", name, value, "a"});
          if (name.startsWith("--")) {
            accepted.add(new String[] {"lint", name + "=" + value});
          }
        }
        case LIST -> accepted.add(new String[] {"lint", name, value, "x", name, "w2"});
      }
    }
    for (String[] args : accepted) {
      assertNotNull(QuickLintArguments.read(args, io()), () -> Arrays.toString(args));
      assertSameAsPicocli(args);
    }
  }

  @Test
  void leavesToPicocliWhatItMustJudge() {
    String[][] refused = {
      {"lint", "--help"},
      {"lint", "-h"},
      {"lint", "--bogus"},
      {"lint", "--format"},
      {"lint", "-f", "json", "--format", "sarif"},
      {"lint", "--no-fail", "--no-fail"},
      {"lint", "--color", "--no-color"},
      {"lint", "--jobs", "x"},
      {"lint", "--jobs", "010"},
      {"lint", "--jobs", "-1"},
      {"lint", "--max-file-size", "99999999999999999999"},
      {"lint", "@args.txt"},
      {"lint", "-fjson"},
      {"lint", "--no-fail=true"},
      {"--bogus", "lint"},
      {"rules"},
    };
    for (String[] args : refused) {
      assertNull(QuickLintArguments.read(args, io()), () -> Arrays.toString(args));
    }
  }

  @Test
  void randomArgumentListsAreReadAsPicocliReadsThem() throws IllegalAccessException {
    List<String> pool = new ArrayList<>(QuickLintArguments.OPTIONS.keySet());
    pool.addAll(
        List.of(
            "json",
            "0",
            "1",
            "010",
            "42",
            "-",
            "--",
            "@x",
            "a b",
            "",
            "x=y",
            "Dockerfile",
            "--help",
            "-fjson",
            "--debug",
            "lint",
            "2147483648",
            "+3",
            " 5",
            "é"));
    Random random = new Random(14);
    int read = 0;
    for (int n = 0; n < 3000; n++) {
      String[] args = new String[1 + random.nextInt(7)];
      args[0] = "lint";
      for (int k = 1; k < args.length; k++) {
        args[k] = pool.get(random.nextInt(pool.size()));
      }
      if (QuickLintArguments.read(args, io()) != null) {
        read++;
        assertSameAsPicocli(args);
      }
    }
    assertTrue(read > 300, "only " + read + " of 3000 random argument lists were read quickly");
  }
}
