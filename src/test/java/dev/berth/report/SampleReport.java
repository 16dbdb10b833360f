package dev.berth.report;

import dev.berth.api.Category;
import dev.berth.api.Family;
import dev.berth.api.Fixability;
import dev.berth.api.RuleMeta;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.Position;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import dev.berth.core.Utf8;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One fixed report that every golden file is rendered from: several files (one clean, one too large
 * to read, one path with a space), all four levels, fixes, a multi-line span, a line with tabs and
 * wide characters, a duplicate finding, a code without a rule (ShellCheck's) and a message that
 * needs escaping in every format.
 */
final class SampleReport {
  private SampleReport() {}

  static final String VERSION = "1.2.3";

  static final String DOCKERFILE =
      """
      FORM debian:12
      RUN apt-get update && \\
          apt-get install curl && \\
          rm -rf /var/lib/apt/lists/*
      RUN\techo "h\u00e9llo \u4e16\u754c"\t&& cd /tmp
      expose 80/tcp
      RUN cp $SRC /app
      RUN cp $SRC /app
      """;

  static final String COMPOSE =
      """
      services:
        web:
          image: nginx
          ports:
            - "8080:80"
        api:
          image: api:1.2
          ports:
            - "8080:80"
      """;

  /** A message with {@code " < & % , :} and a line break. */
  static final String TRICKY_MESSAGE =
      "Host port \"8080:80\" is published by <web> & <api>, 100% a clash:\n"
          + "only one service can bind it.";

  static Report build() {
    return new Report(files(), rules(), VERSION);
  }

  static List<FileResult> files() {
    List<FileResult> files = new ArrayList<>();

    SourceText df = SourceText.of("Dockerfile", DOCKERFILE);
    files.add(
        new FileResult(
            "Dockerfile",
            Optional.of(df),
            List.of(
                finding(
                    df,
                    span(df, "FORM", 0),
                    "DL1000",
                    Level.ERROR,
                    "Unknown instruction FORM; did you mean FROM?",
                    null),
                finding(
                    df,
                    span(
                        df,
                        "apt-get update && \\\n    apt-get install curl && \\\n"
                            + "    rm -rf /var/lib/apt/lists/*",
                        0),
                    "DL3015",
                    Level.INFO,
                    "Add --no-install-recommends to skip packages nobody asked for.",
                    null),
                finding(
                    df,
                    span(df, "apt-get install curl", 0),
                    "DL3014",
                    Level.WARNING,
                    "Add -y so that apt-get does not wait for an answer.",
                    Fix.safe("Add -y", TextEdit.insert(end(df, "apt-get install", 0), " -y"))),
                finding(
                    df,
                    span(df, "curl", 0),
                    "DL3008",
                    Level.WARNING,
                    "Pin the version of curl: curl=<version>.",
                    null),
                finding(
                    df,
                    span(df, "cd /tmp", 0),
                    "DL3003",
                    Level.WARNING,
                    "Use WORKDIR instead of cd.",
                    null),
                finding(
                    df,
                    span(df, "expose", 0),
                    "ConsistentInstructionCasing",
                    Level.STYLE,
                    "Write instructions in upper case: EXPOSE.",
                    Fix.safe("Write EXPOSE", TextEdit.replace(span(df, "expose", 0), "EXPOSE"))),
                finding(
                    df,
                    span(df, "$SRC", 0),
                    "SC2086",
                    Level.INFO,
                    "Quote $SRC so that a space in it does not split the argument.",
                    Fix.unsafe("Quote it", TextEdit.replace(span(df, "$SRC", 0), "\"$SRC\""))),
                finding(
                    df,
                    span(df, "$SRC", 1),
                    "SC2086",
                    Level.INFO,
                    "Quote $SRC so that a space in it does not split the argument.",
                    null))));

    String composeName = "deploy/my stack/compose.yaml";
    SourceText cf = SourceText.of(composeName, COMPOSE);
    files.add(
        new FileResult(
            composeName,
            Optional.of(cf),
            List.of(
                finding(
                    cf,
                    span(cf, "nginx", 0),
                    "service-image-require-explicit-tag",
                    Level.ERROR,
                    "Give the image a tag, such as nginx:1.27.",
                    null),
                finding(
                    cf,
                    span(cf, "api", 0),
                    "services-alphabetical-order",
                    Level.STYLE,
                    "Put service api before web.",
                    null),
                finding(
                    cf,
                    span(cf, "\"8080:80\"", 1),
                    "no-duplicate-exported-ports",
                    Level.ERROR,
                    TRICKY_MESSAGE,
                    null))));

    String huge = "vendor/huge.Dockerfile";
    files.add(
        new FileResult(
            huge,
            Optional.empty(),
            List.of(
                new Finding(
                    huge,
                    Span.empty(0),
                    new Position(1, 1),
                    new Position(1, 1),
                    "FileTooLarge",
                    Level.ERROR,
                    "The file is 12 MiB, over the 10 MiB limit; it was not linted.",
                    Optional.empty()))));

    files.add(
        new FileResult(
            "web/Dockerfile",
            Optional.of(SourceText.of("web/Dockerfile", "FROM nginx:1.27\n")),
            List.of()));
    return files;
  }

  static List<RuleMeta> rules() {
    return List.of(
        rule(
            "DL1000",
            "parse-error",
            Family.DOCKERFILE,
            Level.ERROR,
            Category.SYNTAX,
            "The Dockerfile must parse."),
        rule(
            "DL3003",
            "cd-in-run",
            Family.DOCKERFILE,
            Level.WARNING,
            Category.BEST_PRACTICE,
            "Use WORKDIR to change directory."),
        rule(
            "DL3008",
            "apt-get-unpinned",
            Family.DOCKERFILE,
            Level.WARNING,
            Category.BEST_PRACTICE,
            "Pin versions in apt-get install."),
        rule(
            "DL3014",
            "apt-get-no-yes",
            Family.DOCKERFILE,
            Level.WARNING,
            Category.CORRECTNESS,
            "Use apt-get install -y."),
        rule(
            "DL3015",
            "apt-get-recommends",
            Family.DOCKERFILE,
            Level.INFO,
            Category.BEST_PRACTICE,
            "Avoid recommended packages."),
        rule(
            "DL3059",
            "consecutive-run",
            Family.DOCKERFILE,
            Level.INFO,
            Category.BEST_PRACTICE,
            "Merge consecutive RUN instructions."),
        rule(
            "ConsistentInstructionCasing",
            "instruction-casing",
            Family.DOCKERFILE,
            Level.STYLE,
            Category.STYLE,
            "Write instructions in one case."),
        rule(
            "FileTooLarge",
            "file-too-large",
            Family.DOCKERFILE,
            Level.ERROR,
            Category.SYNTAX,
            "Files larger than the size limit are not linted."),
        rule(
            "service-image-require-explicit-tag",
            "service-image-require-explicit-tag",
            Family.COMPOSE,
            Level.ERROR,
            Category.SECURITY,
            "Images need an explicit tag."),
        rule(
            "no-duplicate-exported-ports",
            "no-duplicate-exported-ports",
            Family.COMPOSE,
            Level.ERROR,
            Category.CORRECTNESS,
            "A host port is published once."),
        rule(
            "services-alphabetical-order",
            "services-alphabetical-order",
            Family.COMPOSE,
            Level.STYLE,
            Category.STYLE,
            "Services are sorted by name."));
  }

  static RuleMeta rule(
      String id, String name, Family family, Level level, Category category, String summary) {
    boolean enabled = !id.equals("DL3059");
    return new RuleMeta(
        id, name, family, summary, level, category, Fixability.NONE, enabled, List.of(), "");
  }

  static Finding finding(
      SourceText src, Span span, String code, Level level, String message, Fix fix) {
    return Finding.at(src, span, code, level, message, Optional.ofNullable(fix));
  }

  /** The byte span of the {@code nth} (0-based) occurrence of {@code needle} in the source. */
  static Span span(SourceText src, String needle, int nth) {
    String text = src.text();
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no occurrence " + nth + " of " + needle);
      }
    }
    int start = Utf8.encode(text.substring(0, at)).length;
    return Span.of(start, start + Utf8.encode(needle).length);
  }

  static int end(SourceText src, String needle, int nth) {
    return span(src, needle, nth).end();
  }
}
