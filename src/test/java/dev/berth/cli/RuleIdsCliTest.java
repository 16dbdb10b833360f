package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.TestFiles;
import dev.berth.api.ForeignRuleIds;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id means the same on the command line, in {@code .berth.yaml}, in {@code .hadolint.yaml} and
 * in every suppression comment: a rule berth has is honoured everywhere; another tool's id that
 * berth does not implement is accepted with a note everywhere; an unknown id is an error everywhere
 * (exit 2 for options and config files, an {@code InvalidSuppression} finding for a comment).
 */
class RuleIdsCliTest {
  @TempDir Path dir;

  /** A Dockerfile with one DL4000 (MAINTAINER) finding, line 2 of the body. */
  private static final String BODY = "FROM alpine:3.20\nMAINTAINER someone\n";

  private CliRunner.Run lint(String folder, String dockerfile, String... options)
      throws IOException {
    Path f = TestFiles.write(dir, folder + "/Dockerfile", dockerfile);
    String[] args = new String[options.length + 2];
    args[0] = "lint";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = f.toString();
    return CliRunner.run(dir.resolve(folder), "", args);
  }

  private CliRunner.Run lintWithConfig(String folder, String configName, String config)
      throws IOException {
    TestFiles.write(dir, folder + "/" + configName, config);
    return lint(folder, BODY);
  }

  /** An id of {@code ids} that no built-in rule implements, if any is left. */
  private static Optional<String> notImplemented(Set<String> ids) {
    Set<String> known = new TreeSet<>();
    for (Rule r : BuiltinRules.all()) {
      RuleMeta m = r.meta();
      known.add(m.id());
      known.addAll(m.aliases());
    }
    return new TreeSet<>(ids)
        .stream()
            .filter(id -> !known.contains(id))
            .filter(id -> BuiltinRules.all().stream().noneMatch(r -> r.meta().reportsCode(id)))
            .findFirst();
  }

  private static void silenced(CliRunner.Run r) {
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void anImplementedIdIsHonouredEverywhere() throws IOException {
    assertEquals(1, lint("plain", BODY).exit());
    silenced(lint("cli", BODY, "--ignore", "DL4000"));
    silenced(lint("cli-name", BODY, "--ignore", "MaintainerDeprecated"));
    silenced(lintWithConfig("berth", ".berth.yaml", "ignored: [DL4000]\n"));
    silenced(lintWithConfig("hadolint", ".hadolint.yaml", "ignored: [DL4000, SC2086]\n"));
    silenced(lint("pragma", "FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER someone\n"));
    silenced(lint("berth-pragma", "FROM alpine:3.20\n# berth ignore=DL4000\nMAINTAINER x\n"));
    silenced(lint("check", "# check=skip=MaintainerDeprecated\n" + BODY));
  }

  @Test
  void anotherToolsIdIsAcceptedWithANoteEverywhere() throws IOException {
    Optional<String> hadolint = notImplemented(ForeignRuleIds.HADOLINT);
    assumeTrue(hadolint.isPresent(), "berth implements every hadolint rule now");
    String id = hadolint.get();
    String note = id + " is a hadolint rule that berth does not implement";

    CliRunner.Run cli = lint("cli", BODY, "--ignore", id);
    assertEquals(1, cli.exit(), cli.err());
    assertTrue(cli.out().contains("[DL4000]"), cli.out());
    assertEquals("berth: note: --ignore: " + note + ", so it has no effect here\n", cli.err());

    CliRunner.Run berth = lintWithConfig("berth", ".berth.yaml", "ignored: [" + id + "]\n");
    assertEquals(1, berth.exit(), berth.err());
    assertTrue(berth.err().contains(".berth.yaml:1:11: ignored[0]: " + note), berth.err());

    CliRunner.Run hadolintFile =
        lintWithConfig("hadolint", ".hadolint.yaml", "ignored: [" + id + ", SC2086]\n");
    assertEquals(1, hadolintFile.exit(), hadolintFile.err());
    assertTrue(hadolintFile.err().contains("ignored[0]: " + note), hadolintFile.err());
    assertFalse(hadolintFile.err().contains("SC2086"), hadolintFile.err());

    CliRunner.Run pragma =
        lint("pragma", "FROM alpine:3.20\n# hadolint ignore=" + id + "\nMAINTAINER someone\n");
    assertEquals(1, pragma.exit());
    assertTrue(pragma.out().contains("[DL4000]"), pragma.out());
    assertFalse(pragma.out().contains("InvalidSuppression"), pragma.out());

    Optional<String> check = notImplemented(ForeignRuleIds.BUILDKIT);
    assumeTrue(check.isPresent(), "berth implements every BuildKit check now");
    CliRunner.Run skip = lint("check", "# check=skip=" + check.get() + "\n" + BODY);
    assertEquals(1, skip.exit());
    assertTrue(skip.out().contains("[DL4000]"), skip.out());
    assertFalse(skip.out().contains("InvalidSuppression"), skip.out());
  }

  @Test
  void anUnknownIdIsAnErrorEverywhere() throws IOException {
    String unknown = "unknown rule 'DL9999'";
    CliRunner.Run cli = lint("cli", BODY, "--ignore", "DL9999");
    assertEquals(2, cli.exit());
    assertTrue(cli.err().contains("--ignore: " + unknown), cli.err());

    CliRunner.Run berth = lintWithConfig("berth", ".berth.yaml", "ignored: [DL9999]\n");
    assertEquals(2, berth.exit());
    assertTrue(berth.err().contains("ignored[0]: " + unknown), berth.err());

    CliRunner.Run hadolintFile =
        lintWithConfig("hadolint", ".hadolint.yaml", "ignored: [DL9999, SC2086]\n");
    assertEquals(2, hadolintFile.exit());
    assertTrue(hadolintFile.err().contains("ignored[0]: " + unknown), hadolintFile.err());

    CliRunner.Run typo = lint("typo", BODY, "--ignore", "DL4001x");
    assertEquals(2, typo.exit());
    assertTrue(typo.err().contains("did you mean"), typo.err());

    CliRunner.Run pragma =
        lint("pragma", "FROM alpine:3.20\n# hadolint ignore=DL9999\nMAINTAINER someone\n");
    assertEquals(1, pragma.exit());
    assertTrue(pragma.out().contains("Unknown rule id 'DL9999'"), pragma.out());
    assertTrue(pragma.out().contains("[InvalidSuppression]"), pragma.out());

    CliRunner.Run skip = lint("check", "# check=skip=NoSuchCheck\n" + BODY);
    assertEquals(1, skip.exit());
    assertTrue(skip.out().contains("Unknown rule id 'NoSuchCheck'"), skip.out());
  }
}
