package dev.berth.dockerfile.parser;

import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Comment;
import dev.berth.dockerfile.model.Directive;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.parser.antlr.DockerfileLexer;
import dev.berth.dockerfile.parser.antlr.DockerfileParser;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Parses a Dockerfile into the typed model. The only class that runs the ANTLR grammar. Never
 * throws on bad input: what is wrong with the file becomes a {@link Problem}.
 */
public final class DockerfileParsing {
  private DockerfileParsing() {}

  /** BuildKit refuses a physical line longer than this many bytes. */
  public static final int MAX_LINE_BYTES = 65_535;

  /** At most this many invalid UTF-8 findings per file. */
  private static final int MAX_INVALID_UTF8_FINDINGS = 20;

  /**
   * Default limit of tokens (keywords, words, flags, line ends) of a Dockerfile. The parse tree
   * costs a few hundred bytes per token while the model is built, so this bounds memory: 300,000
   * tokens are about 75,000 short instructions, a hundred times more than a real Dockerfile has.
   */
  public static final int DEFAULT_MAX_TOKENS = 300_000;

  public static Dockerfile parse(SourceText source) {
    return parse(source, DEFAULT_MAX_TOKENS);
  }

  /**
   * Parses {@code source}; a file with more than {@code maxTokens} tokens is not parsed and has one
   * {@code FileTooLarge} problem where the limit was crossed.
   */
  public static Dockerfile parse(SourceText source, int maxTokens) {
    List<Problem> problems = new ArrayList<>();
    if (source.firstNul() >= 0) {
      int at = source.firstNul();
      problems.add(
          new Problem(
              ProblemCodes.BINARY_FILE,
              Level.ERROR,
              new Span(at, at + 1),
              isUtf16(source.bytes())
                  ? "This file is UTF-16 text; BuildKit reads UTF-8, so save it as UTF-8"
                  : "This file contains NUL bytes, so it is binary, not a Dockerfile; nothing was "
                      + "checked"));
      return Dockerfile.of(source, '\\', List.of(), List.of(), List.of(), problems);
    }
    checkEncoding(source, problems);
    checkLineLengths(source, problems);

    int[] cps = codePoints(source);
    DirectiveScanner.Result directives = DirectiveScanner.scan(cps);
    List<Directive> directiveList = new ArrayList<>();
    for (DirectiveScanner.Found d : directives.directives()) {
      directiveList.add(
          new Directive(
              span(source, d.lineStart(), d.lineEnd()),
              d.name(),
              span(source, d.nameStart(), d.nameEnd()),
              d.value(),
              span(source, d.valueStart(), d.valueEnd())));
    }
    for (DirectiveScanner.Problem p : directives.problems()) {
      problems.add(
          new Problem(
              ProblemCodes.INVALID_DIRECTIVE,
              Level.ERROR,
              span(source, p.start(), p.end()),
              p.message()));
    }
    int escape = directives.escape();
    EscapeMarker.Indexes indexes = EscapeMarker.markReturningIndexes(cps, escape);
    int[] marked = cps;

    // Most files have no syntax error: their tree is built straight from the tokens. A file
    // with a lexer error, too many tokens or a syntax error is read again from the start by the
    // generated lexer and parser, which report and recover from errors as they go.
    List<Token> tokens = new ArrayList<>();
    DockerfileLexerBase state =
        directLex(source, marked, escape, indexes.lessThans(), maxTokens, tokens);
    DockerfileParser.DockerfileContext tree = state == null ? null : DirectParser.parse(tokens);
    if (tree == null) {
      tokens.clear();
      CodePointCharStream chars =
          CodePointCharStream.fromBuffer(
              CodePointBuffer.withInts(IntBuffer.wrap(marked)), source.name());
      DockerfileLexer lexer = new DockerfileLexer(chars);
      state = lexer;
      state.configure(marked, escape, indexes.lessThans());
      lexer.removeErrorListeners();
      ErrorCollector errors = new ErrorCollector(source, problems);
      lexer.addErrorListener(errors);
      CommonTokenStream tokenStream = new CommonTokenStream(new TokenLimit(lexer, maxTokens));
      DockerfileParser parser = new DockerfileParser(tokenStream);
      parser.removeErrorListeners();
      parser.addErrorListener(errors);
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      try {
        tree = parser.dockerfile();
        tokens.addAll(tokenStream.getTokens());
      } catch (TokenLimit.Reached reached) {
        int at = source.byteOffset(Math.min(reached.index(), source.codePointCount()));
        List<Problem> kept = new ArrayList<>(problems);
        kept.add(
            new Problem(
                ProblemCodes.FILE_TOO_LARGE,
                Level.ERROR,
                Span.empty(at),
                "This Dockerfile has more than "
                    + maxTokens
                    + " tokens (keywords, words, flags, comments and line ends); berth does not"
                    + " parse files this large (raise the limit with --max-dockerfile-tokens)"));
        kept.sort(BY_SPAN_AND_CODE);
        return Dockerfile.of(source, escape, directiveList, List.of(), List.of(), kept);
      }
    }

    ModelBuilder builder =
        new ModelBuilder(source, marked, indexes, escape, state.heredocScans(), problems);
    List<Instruction> instructions = new ArrayList<>();
    for (DockerfileParser.InstructionLineContext line : tree.instructionLine()) {
      DockerfileParser.InstructionContext ic = line.instruction();
      if (line.exception != null || ic == null || ic.getChildCount() == 0) {
        continue;
      }
      instructions.add(builder.instructionLine(line));
    }

    List<Comment> comments = new ArrayList<>(builder.continuationComments());
    for (int[] line : directives.commentLines()) {
      comments.add(comment(source, line[0], line[1]));
    }
    int directiveEnd = directives.endIndex();
    for (Token t : tokens) {
      if (t.getChannel() == DockerfileLexer.COMMENTS && t.getStartIndex() >= directiveEnd) {
        comments.add(comment(source, t.getStartIndex(), t.getStopIndex() + 1));
      }
    }
    comments.sort(BY_SPAN);

    if (instructions.isEmpty()) {
      problems.add(
          new Problem(
              ProblemCodes.EMPTY_DOCKERFILE,
              Level.ERROR,
              Span.empty(0),
              source.length() == 0
                  ? "The Dockerfile is empty; it needs at least a FROM instruction"
                  : "The Dockerfile has no instructions, only comments or blank lines;"
                      + " add a FROM"));
    }
    problems.sort(BY_SPAN_AND_CODE);
    return Dockerfile.of(source, escape, directiveList, comments, instructions, problems);
  }

  private static final Comparator<Comment> BY_SPAN = Comparator.comparing(Comment::span);

  private static final Comparator<Problem> BY_SPAN_AND_CODE =
      Comparator.comparing(Problem::span).thenComparing(Problem::code);

  /** The comment of code points {@code [cpStart, cpEnd)}, which start with its '#'. */
  private static Comment comment(SourceText source, int cpStart, int cpEnd) {
    Span s = span(source, cpStart, cpEnd);
    // an all-ASCII file decodes one char per byte: its text holds the slice
    boolean ascii =
        source.codePointCount() == source.length() - source.bomLength() && !source.hasInvalidUtf8();
    String text =
        ascii ? source.text().substring(cpStart + 1, cpEnd) : source.slice(s).substring(1);
    return new Comment(s, text, false);
  }

  /**
   * Reads all tokens of the marked code points into {@code tokens}, EOF last; returns the lexer
   * (its heredoc scans), or null when the lexer reported an error or the file has more than {@code
   * maxTokens} tokens.
   */
  private static DockerfileLexerBase directLex(
      SourceText source,
      int[] marked,
      int escape,
      int[] lessThans,
      int maxTokens,
      List<Token> tokens) {
    DockerfileLexer lexer =
        new DockerfileLexer(
            CodePointCharStream.fromBuffer(
                CodePointBuffer.withInts(IntBuffer.wrap(marked)), source.name()));
    DockerfileLexerBase state = lexer;
    state.configure(marked, escape, lessThans);
    lexer.removeErrorListeners();
    List<Problem> errors = new ArrayList<>();
    lexer.addErrorListener(new ErrorCollector(source, errors));
    int count = 0;
    Token t;
    do {
      t = lexer.nextToken();
      if (t.getType() != Token.EOF && ++count > maxTokens) {
        return null;
      }
      if (t instanceof WritableToken w) {
        w.setTokenIndex(tokens.size());
      }
      tokens.add(t);
    } while (t.getType() != Token.EOF);
    return errors.isEmpty() ? state : null;
  }

  /** The code points of the source's text. */
  private static int[] codePoints(SourceText source) {
    String text = source.text();
    int count = source.codePointCount();
    int[] out = new int[count];
    if (count == source.length() - source.bomLength() && !source.hasInvalidUtf8()) {
      byte[] b = source.bytes(); // ASCII: one byte per code point
      int bom = source.bomLength();
      for (int i = 0; i < count; i++) {
        out[i] = b[bom + i];
      }
      return out;
    }
    if (count != text.length()) { // surrogate pairs
      for (int i = 0, k = 0; k < count; k++) {
        int c = text.codePointAt(i);
        out[k] = c;
        i += Character.charCount(c);
      }
      return out;
    }
    for (int i = 0; i < count; i++) {
      out[i] = text.charAt(i);
    }
    return out;
  }

  private static boolean isUtf16(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
            || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
  }

  private static Span span(SourceText source, int cpStart, int cpEnd) {
    return new Span(source.byteOffset(cpStart), source.byteOffset(cpEnd));
  }

  private static void checkEncoding(SourceText source, List<Problem> problems) {
    int lastLine = -1;
    int count = 0;
    for (Span bad : source.invalidUtf8()) {
      int line = source.line(bad.start());
      if (line == lastLine) {
        continue;
      }
      lastLine = line;
      if (++count > MAX_INVALID_UTF8_FINDINGS) {
        break;
      }
      problems.add(
          new Problem(
              ProblemCodes.INVALID_UTF8,
              Level.WARNING,
              bad,
              "Bytes that are not valid UTF-8; save the file as UTF-8"));
    }
  }

  private static void checkLineLengths(SourceText source, List<Problem> problems) {
    byte[] b = source.bytes();
    if (b.length <= MAX_LINE_BYTES) {
      return;
    }
    int start = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == '\n') {
        if (i - start > MAX_LINE_BYTES) {
          problems.add(
              new Problem(
                  ProblemCodes.LINE_TOO_LONG,
                  Level.ERROR,
                  new Span(start, i),
                  "Line is "
                      + (i - start)
                      + " bytes long; BuildKit refuses lines longer than "
                      + MAX_LINE_BYTES
                      + " bytes"));
        }
        start = i + 1;
      }
    }
  }

  /** Turns ANTLR's syntax errors into problems instead of printing them. */
  private static final class ErrorCollector extends BaseErrorListener {
    private final SourceText source;
    private final List<Problem> problems;

    ErrorCollector(SourceText source, List<Problem> problems) {
      this.source = source;
      this.problems = problems;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      int at = 0;
      if (offendingSymbol instanceof Token t && t.getStartIndex() >= 0) {
        at = t.getStartIndex();
      } else if (recognizer.getInputStream() != null) {
        at = recognizer.getInputStream().index();
      }
      int cp = Math.min(at, source.codePointCount());
      int offset = source.byteOffset(cp);
      problems.add(
          new Problem(
              ProblemCodes.PARSE_ERROR, Level.ERROR, Span.empty(offset), "Syntax error: " + msg));
    }
  }
}
