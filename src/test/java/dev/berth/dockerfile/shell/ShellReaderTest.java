package dev.berth.dockerfile.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.parser.DockerfileParsing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellReaderTest {
  /** The facts of a Dockerfile and the script of its last instruction. */
  private record Read(Dockerfile file, ShellFacts facts, Script script) {
    SourceText src() {
      return file.source();
    }
  }

  private static Read read(String dockerfile) {
    Dockerfile df = DockerfileParsing.parse(SourceText.of("Dockerfile", dockerfile));
    ShellFacts facts = ShellFacts.of(df);
    List<Instruction> all = df.instructions();
    Read r = new Read(df, facts, facts.script(all.get(all.size() - 1)));
    checkSpans(r);
    return r;
  }

  /** Every word's span holds its raw text (continuation lines aside). */
  private static void checkSpans(Read r) {
    for (ShellCommand c : r.script().commands()) {
      List<ShellWord> all = new ArrayList<>(c.assignments());
      all.addAll(c.wrappers());
      all.addAll(c.words());
      all.addAll(c.redirections());
      for (ShellWord w : all) {
        String slice = r.src().slice(w.span()).replaceAll("\\\\\\r?\\n", "");
        assertEquals(w.raw().replaceAll("\\\\\\r?\\n", ""), slice, "span of " + w);
      }
      assertTrue(c.span().start() <= c.span().end());
    }
  }

  private static List<List<String>> words(Script s) {
    return s.commands().stream()
        .map(c -> c.words().stream().map(ShellWord::value).toList())
        .toList();
  }

  private static String slice(Read r, ShellWord w) {
    return r.src().slice(w.span());
  }

  @Test
  void aPlainWordReadsAsTheGeneralPathReadsIt() {
    // '' after a word adds nothing to its value or its field, but sends it down the general path,
    // which builds the word char by char; a plain word is read in one piece
    for (String word :
        List.of("apt-get", "-y", "x=1", "/usr/bin/\u00e9t\u00e9", "\ud83d\ude00x", "ins\\\ntall")) {
      Read r = read("FROM a\nRUN echo " + word + " " + word + "''\n");
      List<ShellWord> words = r.script().commands().get(0).words();
      ShellWord plain = words.get(1);
      ShellWord general = words.get(2);
      assertEquals(general.value(), plain.value(), word);
      assertEquals(general.fields(), plain.fields(), word);
      assertEquals(Optional.of(List.of(plain.value())), plain.fields(), word);
      assertEquals(general.raw(), plain.raw() + "''", word);
      int shift = general.span().start() - plain.span().start();
      for (int i = 0; i < plain.value().length(); i++) {
        Span p = plain.span(i, i + 1);
        assertEquals(
            general.span(i, i + 1), new Span(p.start() + shift, p.end() + shift), word + " " + i);
      }
    }
  }

  @Test
  void listsAndPipesGiveOneCommandEach() {
    Read r = read("FROM a\nRUN a 1 && b 2 || c; d | e & f |& g\n");
    assertEquals(
        List.of(
            List.of("a", "1"),
            List.of("b", "2"),
            List.of("c"),
            List.of("d"),
            List.of("e"),
            List.of("f"),
            List.of("g")),
        words(r.script()));
    assertEquals(
        List.of("&&", "||", ";", "|", "&", "|&", ""),
        r.script().commands().stream().map(ShellCommand::operatorAfter).toList());
    assertTrue(r.script().hasPipe());
    assertTrue(r.script().complete());
  }

  @Test
  void subshellsGroupsSubstitutionsAndBackticksAreRead() {
    Read r =
        read(
            "FROM a\n"
                + "RUN (cd /x && make) && { echo a; echo b; } && echo $(id -u) `uname -r`"
                + " \"$(date +%s)\"\n");
    assertEquals(
        List.of(
            List.of("cd", "/x"),
            List.of("make"),
            List.of("echo", "a"),
            List.of("echo", "b"),
            List.of("echo", "$(id -u)", "`uname -r`", "$(date +%s)"),
            List.of("id", "-u"),
            List.of("uname", "-r"),
            List.of("date", "+%s")),
        words(r.script()));
    List<ShellCommand> cs = r.script().commands();
    assertTrue(cs.get(0).isNested(), "cd inside ( ) is nested");
    assertFalse(cs.get(2).isNested(), "a group { } runs in the same shell");
    assertTrue(cs.get(5).isNested());
    assertEquals("uname -r", r.src().slice(cs.get(6).span()));
    assertEquals("date +%s", r.src().slice(cs.get(7).span()));
  }

  @Test
  void compoundCommandsGiveTheirBodies() {
    Read r =
        read(
            "FROM a\n"
                + "RUN if [ -f x ]; then apt-get update; else yum makecache; fi;"
                + " for p in a b; do pip install $p; done;"
                + " while true; do break; done;"
                + " case \"$x\" in a|b) echo ab;; *) echo other;; esac; f() { ls; }\n");
    assertEquals(
        List.of(
            List.of("[", "-f", "x", "]"),
            List.of("apt-get", "update"),
            List.of("yum", "makecache"),
            List.of("pip", "install", "$p"),
            List.of("true"),
            List.of("break"),
            List.of("echo", "ab"),
            List.of("echo", "other"),
            List.of("ls")),
        words(r.script()));
  }

  @Test
  void quotingGivesValuesAndSpans() {
    Read r =
        read("FROM a\n" + "RUN echo 'a b' \"c $d \\\" e\" $'x\\ty' f\\ g \"\" pre\"mid\"post\n");
    ShellCommand c = r.script().commands().get(0);
    List<ShellWord> w = c.words();
    assertEquals(
        List.of("echo", "a b", "c $d \" e", "x\ty", "f g", "", "premidpost"),
        w.stream().map(ShellWord::value).toList());
    assertEquals("'a b'", slice(r, w.get(1)));
    assertEquals("\"c $d \\\" e\"", slice(r, w.get(2)));
    assertEquals("$'x\\ty'", slice(r, w.get(3)));
    assertEquals("f\\ g", slice(r, w.get(4)));
    assertEquals("\"\"", slice(r, w.get(5)));
    assertEquals(Optional.of(List.of("")), w.get(5).fields(), "empty quotes are one field");
    assertEquals("b", r.src().slice(w.get(1).span(2, 3)), "a value char maps to its byte");
    assertEquals("mid", r.src().slice(w.get(6).span(3, 6)));
  }

  @Test
  void continuationsAndCommentsKeepRealPositions() {
    Read r =
        read(
            "FROM a\n"
                + "RUN apt-get update \\\n"
                + "# a comment line inside the continuation\n"
                + "  && apt-get install -y \\\n"
                + "     curl # trailing comment\n");
    List<ShellCommand> cs = r.script().commands();
    assertEquals(2, cs.size());
    ShellWord curl = cs.get(1).arguments().get(1);
    assertEquals("curl", curl.value());
    assertEquals(5, r.src().line(curl.span().start()), "curl is on line 5");
    assertEquals(
        List.of("install", "curl"), cs.get(1).arguments().stream().map(ShellWord::value).toList());
  }

  @Test
  void prefixAssignmentsAndWrappersAreSetAside() {
    Read r =
        read(
            "FROM a\n"
                + "RUN DEBIAN_FRONTEND=noninteractive sudo -E -u root apt-get install -y x"
                + " && env -i A=1 time nice -n 5 xargs -n1 apk add y && exec gosu app npm i\n");
    List<ShellCommand> cs = r.script().commands();
    ShellCommand apt = cs.get(0);
    assertTrue(apt.is("apt-get"));
    assertEquals("install", apt.subcommand());
    assertEquals(List.of("DEBIAN_FRONTEND=noninteractive"), values(apt.assignments()));
    assertEquals(List.of("sudo", "-E", "-u", "root"), values(apt.wrappers()));
    assertTrue(apt.wrappedBy("sudo"));
    ShellCommand apk = cs.get(1);
    assertTrue(apk.is("apk"));
    assertEquals(List.of("A=1"), values(apk.assignments()));
    assertEquals(
        List.of("env", "-i", "time", "nice", "-n", "5", "xargs", "-n1"), values(apk.wrappers()));
    assertTrue(cs.get(2).is("npm"));
  }

  @Test
  void pythonDashMPipIsPip() {
    Read r = read("FROM a\nRUN python3 -m pip install --no-cache-dir flask\n");
    ShellCommand c = r.script().commands().get(0);
    assertTrue(c.is("pip"));
    assertEquals(List.of("python3", "-m"), values(c.wrappers()));
    assertTrue(c.hasOption("--no-cache-dir"));
    assertEquals(List.of("install", "flask"), values(c.arguments()));
  }

  @Test
  void shellDashCIsReadRecursivelyWithRealSpans() {
    Read r = read("FROM a\nRUN sh -ec 'apt-get install -y \"a b\" && bash -c \"pip install q\"'\n");
    List<ShellCommand> cs = r.script().commands();
    assertEquals(4, cs.size());
    assertTrue(cs.get(0).is("sh"));
    ShellCommand apt = cs.get(1);
    assertTrue(apt.is("apt-get") && apt.isNested());
    assertEquals("\"a b\"", slice(r, apt.arguments().get(1)));
    assertEquals("a b", apt.arguments().get(1).value());
    ShellCommand pip = cs.get(3);
    assertTrue(pip.is("pip"));
    assertEquals("q", slice(r, pip.arguments().get(1)));
  }

  @Test
  void optionsBundlesValuesAndDoubleDash() {
    Read r =
        read(
            "FROM a\n"
                + "RUN apt-get -yqq -o Dpkg::Options::=--force-confnew --target-release=bookworm"
                + " install -t sid foo -- -bar\n");
    ShellCommand c = r.script().commands().get(0);
    assertEquals(
        List.of("-y", "-q", "-q", "-o", "--target-release", "-t"),
        c.options().stream().map(Option::name).toList());
    assertEquals(2, c.count("-q"));
    assertEquals("q", r.src().slice(c.options().get(1).span()));
    assertEquals(Optional.of("Dpkg::Options::=--force-confnew"), c.option("-o").get().value());
    assertEquals(Optional.of("bookworm"), c.option("--target-release").get().value());
    assertEquals("bookworm", r.src().slice(c.option("--target-release").get().valueSpan().get()));
    assertEquals(List.of("install", "foo", "-bar"), values(c.arguments()));
    assertEquals("install", c.subcommand());
    assertEquals(List.of("foo", "-bar"), values(c.argumentsAfter("install")));
  }

  @Test
  void goReadsSingleDashLongOptions() {
    Read r = read("FROM a\nRUN go build -ldflags '-s -w' -o bin/app ./cmd\n");
    ShellCommand c = r.script().commands().get(0);
    assertEquals(List.of("build", "./cmd"), values(c.arguments()));
  }

  @Test
  void variablesResolveFromArgAndEnvDefaults() {
    Read r =
        read(
            "ARG G=global\n"
                + "FROM a\n"
                + "ARG PKGS=\"curl wget\"\n"
                + "ENV VER=1.2\n"
                + "RUN apt-get install -y $PKGS \"$PKGS\" x=${VER} y=${NOPE:-1}"
                + " $UNKNOWN $(date)\n");
    ShellCommand c = r.script().commands().get(0);
    List<ShellWord> a = c.argumentsAfter("install");
    assertEquals(
        List.of("curl", "wget", "curl wget", "x=1.2", "y=${NOPE:-1}", "$UNKNOWN", "$(date)"),
        values(a));
    assertTrue(a.get(0).isSplit());
    assertEquals("$PKGS", slice(r, a.get(0)));
    assertEquals("$PKGS", slice(r, a.get(1)));
    assertTrue(a.get(3).fields().isPresent());
    assertFalse(a.get(4).isKnown(), "NOPE is not declared, so it is not known");
    assertFalse(a.get(5).isKnown());
    assertFalse(a.get(6).isKnown());
  }

  @Test
  void variablesTheScriptAssignsAreNotKnown() {
    Read r =
        read("FROM a\nARG P=one\nRUN P=two; apt-get install $P; for Q in a; do echo $Q; done\n");
    ShellCommand apt = r.script().commands().get(1);
    assertEquals("$P", apt.argumentsAfter("install").get(0).value());
    assertFalse(apt.argumentsAfter("install").get(0).isKnown());
  }

  @Test
  void heredocsAreReadAsScriptsWhenAShellRunsThem() {
    Read bare = read("FROM a\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n");
    assertEquals(
        List.of(List.of("apt-get", "update"), List.of("apt-get", "install", "-y", "x")),
        words(bare.script()));
    assertEquals(4, bare.src().line(bare.script().commands().get(1).span().start()));
    Read python = read("FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n");
    assertEquals(List.of(), python.script().commands());
    Read fed =
        read("FROM a\nRUN cat <<A > /x && bash -e <<B\nnot a command\nA\npip install y\nB\n");
    assertEquals(
        List.of(List.of("cat"), List.of("bash", "-e"), List.of("pip", "install", "y")),
        words(fed.script()));
    Read inner = read("FROM a\nRUN <<EOF\ncat <<X >/y\nrm -rf /\nX\nls\nEOF\n");
    assertEquals(List.of(List.of("cat"), List.of("ls")), words(inner.script()));
  }

  @Test
  void onbuildCmdEntrypointHealthcheckAndExecForm() {
    assertEquals(
        List.of(List.of("apt-get", "install", "x")),
        words(read("FROM a\nONBUILD RUN apt-get install x\n").script()));
    assertEquals(
        List.of(List.of("sh", "-c", "npm start"), List.of("npm", "start")),
        words(read("FROM a\nCMD [\"sh\", \"-c\", \"npm start\"]\n").script()));
    Read exec = read("FROM a\nRUN [\"sh\", \"-c\", \"npm start\"]\n");
    assertEquals("start", exec.src().slice(exec.script().commands().get(1).words().get(1).span()));
    assertEquals(
        List.of(List.of("curl", "-f", "localhost")),
        words(read("FROM a\nHEALTHCHECK CMD curl -f localhost || exit 1\n").script())
            .subList(0, 1));
    assertEquals(
        List.of(List.of("node", "x.js")), words(read("FROM a\nENTRYPOINT node x.js\n").script()));
  }

  @Test
  void fragmentWithoutFromAndOddInputDoNotFail() {
    assertEquals(List.of(List.of("ls")), words(read("RUN ls\n").script()));
    assertFalse(read("FROM a\nRUN echo 'unterminated\n").script().complete());
    assertFalse(read("FROM a\nRUN echo $(ls\n").script().complete());
    StringBuilder deep = new StringBuilder("FROM a\nRUN ");
    for (int i = 0; i < 200; i++) {
      deep.append("$(");
    }
    deep.append("\n");
    assertFalse(read(deep.toString()).script().complete());
  }

  @Test
  void mountsAreReadIntoFieldsWithSpans() {
    Read r =
        read(
            "FROM a\n"
                + "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=ro,from=x"
                + " apt-get update\n");
    List<RunMount> mounts = r.facts().mounts(r.file().instructions().get(1));
    assertEquals(2, mounts.size());
    RunMount cache = mounts.get(0);
    assertEquals("cache", cache.type());
    assertTrue(cache.keepsOutOfImage());
    assertEquals(Optional.of("/var/cache/apt"), cache.target());
    assertEquals("/var/cache/apt", r.src().slice(cache.field("target").get().valueSpan()));
    assertEquals("sharing=locked", r.src().slice(cache.field("sharing").get().span()));
    assertEquals("bind", mounts.get(1).type());
    assertEquals("ro", r.src().slice(mounts.get(1).field("ro").get().keySpan()));
    assertEquals(Optional.of("x"), mounts.get(1).from());
  }

  @Test
  void runsListEveryRunWithItsStage() {
    Read r = read("FROM a AS b\nRUN x\nONBUILD RUN y\nFROM b\nRUN z\n");
    List<ShellFacts.ShellRun> runs = r.facts().runs();
    assertEquals(3, runs.size());
    assertTrue(runs.get(1).onbuild());
    assertEquals(1, runs.get(2).stage().get().index());
    assertEquals("z", runs.get(2).commands().get(0).name());
  }

  private static List<String> values(List<ShellWord> words) {
    return words.stream().map(ShellWord::value).toList();
  }

  /** Random shell-like text never makes the reader fail, and every span stays in the file. */
  @Test
  void randomTextIsReadWithoutFailing() {
    String alphabet = "ab =$'\"\\`(){};&|<>#\n\t-cEOF";
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder("FROM a\nRUN sh -c ");
      int len = random.nextInt(40);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString().replace("\n", "\nRUN ");
      Dockerfile df = DockerfileParsing.parse(SourceText.of("Dockerfile", text));
      ShellFacts facts = ShellFacts.of(df);
      for (Instruction ins : df.instructions()) {
        for (ShellCommand c : facts.script(ins).commands()) {
          c.options();
          for (ShellWord w : c.words()) {
            assertTrue(w.span().end() <= df.source().length(), text);
          }
        }
      }
    }
  }
}
