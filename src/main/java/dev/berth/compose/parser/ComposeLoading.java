package dev.berth.compose.parser;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Loads a compose file into berth's node tree. Never throws on bad input: what is wrong with the
 * file becomes a {@link Problem} of the returned {@link ComposeFile}.
 *
 * <p>The steps: the size limit; UTF-8; YAML parsing with snakeyaml-engine's event parser; building
 * the tree with anchors, aliases and merge keys resolved ({@link DocumentComposer}); the type
 * Compose gives each scalar ({@link dev.berth.compose.model.YamlScalars}); interpolation of string
 * values ({@link Interpolation}); then the shape of the document (empty, not a mapping, several
 * documents, the legacy v1 format). Schema validation is a separate step, {@code
 * dev.berth.compose.schema.ComposeSchemaValidation}.
 *
 * <p>When the YAML cannot be read (a syntax error, an alias cycle or bomb, a limit) the file has no
 * root and exactly one problem says why, plus those found before the point of failure.
 */
public final class ComposeLoading {
  private ComposeLoading() {}

  /**
   * Parser settings, shared: no comments, no snakeyaml limits (berth's own limits apply, see {@link
   * ComposeLoadOptions}), duplicates allowed (berth reports them itself).
   */
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setParseComments(false)
          .setCodePointLimit(Integer.MAX_VALUE)
          .setMaxAliasesForCollections(Integer.MAX_VALUE)
          .setAllowDuplicateKeys(true)
          .build();

  public static ComposeFile load(SourceText source, ComposeLoadOptions options) {
    List<Problem> problems = new ArrayList<>();
    Optional<Node> root = Optional.empty();
    try {
      root = loadChecked(source, options, problems);
    } catch (LoadAbort abort) {
      problems.add(abort.problem());
    } catch (StackOverflowError e) {
      problems.add(
          new Problem(
              ComposeProblemCodes.INVALID_YAML,
              Level.ERROR,
              Span.empty(0),
              "This file is nested too deeply for berth to load; a compose file needs only a few"
                  + " levels of nesting."));
    } catch (RuntimeException e) {
      problems.add(
          new Problem(
              ComposeProblemCodes.INVALID_YAML,
              Level.ERROR,
              Span.empty(0),
              "berth could not load this file because of an internal error ("
                  + e
                  + "); please report it."));
    }
    return new ComposeFile(source, root, sorted(problems));
  }

  /** Problems in file order; one problem found twice (through two aliases) is kept once. */
  static List<Problem> sorted(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems.size());
    Set<Problem> seen = new HashSet<>();
    for (Problem p : problems) {
      if (seen.add(p)) {
        out.add(p);
      }
    }
    out.sort(InFileOrder.INSTANCE);
    return List.copyOf(out);
  }

  /**
   * By span, code, message; a named class rather than a chain of {@code Comparator.comparing}
   * lambdas, which would cost every compose run a bootstrap per lambda.
   */
  private enum InFileOrder implements Comparator<Problem> {
    INSTANCE;

    @Override
    public int compare(Problem a, Problem b) {
      int c = a.span().compareTo(b.span());
      if (c == 0) {
        c = a.code().compareTo(b.code());
      }
      if (c == 0) {
        c = a.message().compareTo(b.message());
      }
      return c;
    }
  }

  private static Optional<Node> loadChecked(
      SourceText source, ComposeLoadOptions options, List<Problem> problems) {
    if (source.length() > options.maxFileBytes()) {
      problems.add(
          new Problem(
              ComposeProblemCodes.FILE_TOO_LARGE,
              Level.ERROR,
              Span.empty(0),
              "This file is "
                  + source.length()
                  + " bytes, more than the limit of "
                  + options.maxFileBytes()
                  + " bytes; it was not checked. Raise the limit if the file is really meant to"
                  + " be this large."));
      return Optional.empty();
    }
    SourceSpans spans = new SourceSpans(source);
    if (source.hasInvalidUtf8()) {
      Span bad = source.invalidUtf8().get(0);
      problems.add(
          new Problem(
              ComposeProblemCodes.INVALID_YAML,
              Level.ERROR,
              bad,
              isUtf16(source.bytes())
                  ? "This file is UTF-16 text (it starts with a UTF-16 byte order mark); berth"
                      + " reads compose files as UTF-8 only and did not check it. Save it as UTF-8."
                  : "These bytes are not valid UTF-8, and Compose reads compose files as UTF-8;"
                      + " save the file as UTF-8."));
      return Optional.empty();
    }
    DocumentComposer composer = new DocumentComposer(spans, options, problems);
    try {
      composer.compose(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, source.text())));
    } catch (YamlEngineException e) {
      throw new LoadAbort(SyntaxErrors.of(spans, e));
    }
    Optional<Node> root = composer.root();
    if (composer.documents() == 0 || DocumentComposer.isEmpty(root.orElse(null))) {
      problems.add(
          new Problem(
              ComposeProblemCodes.NO_EMPTY_FILE,
              Level.ERROR,
              Span.empty(0),
              emptyMessage(source, composer.documents())));
      return Optional.empty();
    }
    Node top = root.get();
    if (top instanceof MapNode map) {
      LegacyFormat.check(map).ifPresent(problems::add);
    } else {
      problems.add(
          new Problem(
              ComposeProblemCodes.INVALID_SCHEMA,
              Level.ERROR,
              top.site(),
              "The top level of a compose file must be a mapping (keys such as `services:`), but"
                  + " this file's document is "
                  + DocumentComposer.kind(top)
                  + "."));
    }
    return root;
  }

  private static boolean isUtf16(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
            || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
  }

  private static String emptyMessage(SourceText source, int documents) {
    if (source.text().isBlank()) {
      return "The compose file is empty; Compose refuses an empty file. Define at least"
          + " `services:`.";
    }
    if (documents == 0) {
      return "The compose file holds only comments; Compose refuses an empty file. Define at"
          + " least `services:`.";
    }
    return "The compose file's document is empty (null); Compose refuses an empty file. Define at"
        + " least `services:`.";
  }
}
