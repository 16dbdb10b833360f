package dev.berth.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Locale;

/**
 * Builds Dockerfile text from a fuzzer's choices: parser directives, instructions in any case,
 * flags, exec and shell forms, quotes, variables, line continuations (with comments and blank lines
 * inside), heredocs (closed or not), suppression comments and odd characters. Raw-byte targets find
 * what this does not think of; this one reaches deep states quickly.
 */
final class DockerfileGen {
  private DockerfileGen() {}

  private static final String[] KEYWORDS = {
    "FROM",
    "RUN",
    "CMD",
    "ENTRYPOINT",
    "ENV",
    "LABEL",
    "ARG",
    "COPY",
    "ADD",
    "WORKDIR",
    "USER",
    "EXPOSE",
    "VOLUME",
    "SHELL",
    "STOPSIGNAL",
    "HEALTHCHECK",
    "ONBUILD",
    "MAINTAINER",
    "FRUM",
    "X"
  };

  private static final String[] DIRECTIVES = {
    "# syntax=docker/dockerfile:1",
    "# escape=`",
    "# escape=\\",
    "#escape=x",
    "# check=skip=all",
    "# check=error=true;skip=JSONArgsRecommended,StageNameCasing",
    "# check=experimental=all",
    "# check=skip=",
    "# syntax = a",
    "#!/usr/bin/env docker",
    "# directive=unknown",
    "#",
  };

  private static final String[] COMMENTS = {
    "# hadolint ignore=DL3008,DL3009",
    "# hadolint global ignore=DL4000",
    "# hadolint shell=powershell",
    "# berth ignore=DL4000",
    "# berth ignore=LegacyKeyValueFormat -- reason",
    "# berth ignore-file=ConsistentInstructionCasing",
    "# berth stage ignore=FromAsCasing",
    "# berth global ignore=DL3008,",
    "# berth ignore",
    "# check=skip=LegacyKeyValueFormat",
    "# dockerfile-utils: ignore",
    "# comment",
    "#",
  };

  private static final String[] WORDS = {
    "alpine:3.19",
    "debian@sha256:abc",
    "scratch",
    "build",
    "AS",
    "as",
    "base",
    "/app",
    ".",
    "..",
    "src/",
    "*.go",
    "echo",
    "hello",
    "&&",
    "||",
    ";",
    "|",
    ">",
    "2>&1",
    "apt-get",
    "install",
    "-y",
    "curl=7.88",
    "key=value",
    "key=\"a b\"",
    "k='v'",
    "a=",
    "=b",
    "=",
    "A",
    "$HOME",
    "${A}",
    "${A:-def}",
    "${A:+x}",
    "${A?err}",
    "${A#*/}",
    "${A%%.*}",
    "${A/x/y}",
    "${A//x}",
    "${",
    "${A",
    "$",
    "\"",
    "'",
    "\"quoted $A\"",
    "'single'",
    "\\\"",
    "\\",
    "`",
    "80/tcp",
    "8080",
    "1-2",
    "NONE",
    "SIGTERM",
    "9",
    "root:root",
    "1000",
    "[\"sh\", \"-c\"]",
    "[\"a\",\"b\"]",
    "[]",
    "[",
    "]",
    "[\"unterminated",
    "[\"x\" 1]",
    "[1, true, null]",
    "{",
    "}",
    "é",
    "\u00a0",
    "\u2028",
    "\u0085",
    "日本",
    "😀",
    "\t",
    "--",
    "-",
    "#",
    "# not a comment",
    "\u0000x"
  };

  private static final String[] FLAGS = {
    "--from=build",
    "--from=0",
    "--mount=type=cache,target=/root/.cache",
    "--mount=type=secret,id=x",
    "--network=none",
    "--security=insecure",
    "--chmod=755",
    "--chown=1000:1000",
    "--link",
    "--link=false",
    "--platform=$BUILDPLATFORM",
    "--parents",
    "--exclude=*.md",
    "--keep-git-dir=true",
    "--checksum=sha256:0",
    "--interval=30s",
    "--timeout=3s",
    "--start-period=5s",
    "--retries=3",
    "--x",
    "--",
    "--=",
    "--from=\"a b\"",
    "--from='x",
    "--mount=\"",
    "--chmod"
  };

  private static final String[] HEREDOC_NAMES = {"EOF", "END", "E_1", "eof", "x"};

  /** A whole file. */
  static String dockerfile(FuzzedDataProvider d) {
    StringBuilder out = new StringBuilder();
    String nl = d.consumeInt(0, 5) == 0 ? "\r\n" : "\n";
    if (d.consumeInt(0, 15) == 0) {
      out.append('\uFEFF');
    }
    char escape = '\\';
    int directives = d.consumeInt(0, 3);
    for (int i = 0; i < directives; i++) {
      String line = pick(d, DIRECTIVES);
      if (line.equals("# escape=`")) {
        escape = '`';
      }
      out.append(line).append(nl);
    }
    int instructions = d.consumeInt(0, 12);
    for (int i = 0; i < instructions && d.remainingBytes() > 0; i++) {
      switch (d.consumeInt(0, 9)) {
        case 0:
          out.append(pick(d, COMMENTS)).append(nl);
          break;
        case 1:
          out.append(blank(d)).append(nl);
          break;
        default:
          instruction(d, out, escape, nl, 0);
          break;
      }
    }
    if (d.consumeBoolean()) {
      out.append(d.consumeString(40));
    }
    return out.toString();
  }

  private static void instruction(
      FuzzedDataProvider d, StringBuilder out, char escape, String nl, int depth) {
    out.append(blank(d));
    String keyword = pick(d, KEYWORDS);
    switch (d.consumeInt(0, 4)) {
      case 0:
        keyword = keyword.toLowerCase(Locale.ROOT);
        break;
      case 1:
        keyword = keyword.charAt(0) + keyword.substring(1).toLowerCase(Locale.ROOT);
        break;
      default:
        break;
    }
    out.append(keyword);
    if (keyword.equalsIgnoreCase("ONBUILD") && depth == 0 && d.consumeBoolean()) {
      out.append(' ');
      instruction(d, out, escape, nl, depth + 1);
      return;
    }
    int flags = d.consumeInt(0, 2);
    for (int i = 0; i < flags; i++) {
      out.append(separator(d, escape, nl)).append(pick(d, FLAGS));
    }
    int heredocs = 0;
    int pieces = d.consumeInt(0, 7);
    for (int i = 0; i < pieces; i++) {
      out.append(separator(d, escape, nl));
      switch (d.consumeInt(0, 11)) {
        case 0:
          out.append(d.consumeString(12));
          break;
        case 1:
          String name = pick(d, HEREDOC_NAMES);
          String quote = d.pickValue(new String[] {"", "\"", "'"});
          out.append(d.consumeBoolean() ? "<<-" : "<<").append(quote).append(name).append(quote);
          heredocs++;
          break;
        case 2:
          out.append(escape);
          break;
        default:
          out.append(pick(d, WORDS));
          break;
      }
    }
    if (d.consumeInt(0, 6) == 0) {
      out.append(" ").append(escape);
    }
    out.append(nl);
    for (int h = 0; h < heredocs; h++) {
      int lines = d.consumeInt(0, 3);
      for (int i = 0; i < lines; i++) {
        out.append(d.consumeBoolean() ? "\t" : "")
            .append(pick(d, WORDS))
            .append(' ')
            .append(d.consumeString(8))
            .append(nl);
      }
      if (d.consumeInt(0, 5) != 0) {
        out.append(d.consumeBoolean() ? "\t" : "").append(pick(d, HEREDOC_NAMES)).append(nl);
      }
    }
  }

  private static String separator(FuzzedDataProvider d, char escape, String nl) {
    switch (d.consumeInt(0, 12)) {
      case 0:
        return " " + escape + nl + "  ";
      case 1:
        return escape + nl;
      case 2:
        return " " + escape + "  " + nl;
      case 3:
        return " " + escape + nl + pick(d, COMMENTS) + nl + " ";
      case 4:
        return " " + escape + nl + nl;
      case 5:
        return "\t";
      case 6:
        return "";
      default:
        return " ";
    }
  }

  private static String blank(FuzzedDataProvider d) {
    switch (d.consumeInt(0, 7)) {
      case 0:
        return "  ";
      case 1:
        return "\t";
      default:
        return "";
    }
  }

  private static String pick(FuzzedDataProvider d, String[] values) {
    return values[d.consumeInt(0, values.length - 1)];
  }
}
