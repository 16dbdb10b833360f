package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.parser.antlr.DockerfileLexer;
import dev.berth.dockerfile.parser.antlr.DockerfileParser;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths do what the generated code does. The lexer's read exactly the tokens
 * the generated lexer reads: same types, channels, indexes, lines and columns, same heredoc scans,
 * same errors. {@link DirectParser} builds the very tree of the generated parser when that finds no
 * syntax error, and gives up when it finds one. Over the corpus, the conformance cases, the test
 * resources, seeded mutants and seeded random texts.
 */
class FastPathTest {
  private static final String[] PIECES = {
    "# c\n",
    "--x=",
    "  ",
    "\u000B",
    "\f",
    "\u2028",
    "\\\t\r\n",
    "\n \n",
    "\n#x\n",
    "CMD ",
    "ENV ",
    "FROM ",
    "COPY ",
    "SHELL ",
    "USER ",
    "echo",
    "a=b",
    "x"
  };

  @Test
  void fastPathsReadTheSameTokensAndTreesAsTheGeneratedCode() throws IOException {
    List<String> failures = new ArrayList<>();
    int inputs = 0;
    List<Path> files = new ArrayList<>();
    files.addAll(CorpusTest.dockerfiles());
    files.addAll(regularFiles(SharedData.require("conformance")));
    files.addAll(regularFiles(Path.of("src/test/resources")));
    Random random = new Random(20261206L);
    for (int f = 0; f < files.size(); f++) {
      byte[] original = Files.readAllBytes(files.get(f));
      compare(files.get(f).toString(), original, failures);
      inputs++;
      if (f % 2 == 0) {
        for (int m = 0; m < 3; m++) {
          compare(files.get(f) + " mutant " + m, MutationTest.mutate(original, random), failures);
          inputs++;
        }
      }
    }
    for (int r = 0; r < 20_000; r++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int k = 0; k < pieces; k++) {
        String[] from = random.nextBoolean() ? PIECES : MutationTest.PIECES;
        sb.append(from[random.nextInt(from.length)]);
      }
      compare("random " + r, sb.toString().getBytes(StandardCharsets.UTF_8), failures);
      inputs++;
    }
    System.out.println(
        "fast paths: "
            + inputs
            + " inputs, "
            + direct
            + " direct trees, "
            + failures.size()
            + " failures");
    assertTrue(
        failures.isEmpty(),
        () -> String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
  }

  private static List<Path> regularFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static int direct;

  private static void compare(String name, byte[] bytes, List<String> failures) {
    SourceText source = SourceText.of(name, bytes);
    String generated = generatedTree(source);
    String directTree = directTree(source);
    if (directTree != null) {
      direct++;
    }
    if (directTree == null ? !generated.startsWith("errors ") : !directTree.equals(generated)) {
      failures.add(name + ": direct tree\n" + directTree + "\ngenerated tree\n" + generated);
    }
    String fast = lex(source, true);
    String slow = lex(source, false);
    if (!fast.equals(slow)) {
      int at = 0;
      while (at < Math.min(fast.length(), slow.length()) && fast.charAt(at) == slow.charAt(at)) {
        at++;
      }
      failures.add(
          name
              + ": fast "
              + fast.substring(at, Math.min(fast.length(), at + 120))
              + " | generated "
              + slow.substring(at, Math.min(slow.length(), at + 120)));
    }
  }

  private static DockerfileLexer lexer(SourceText source, boolean fastPaths) {
    int[] cps = source.text().codePoints().toArray();
    DirectiveScanner.Result directives = DirectiveScanner.scan(cps);
    int[] marked = EscapeMarker.markInPlace(cps, directives.escape());
    DockerfileLexer lexer =
        new DockerfileLexer(
            CodePointCharStream.fromBuffer(CodePointBuffer.withInts(IntBuffer.wrap(marked))));
    DockerfileLexerBase base = lexer;
    base.configure(marked, directives.escape());
    base.fastPaths = fastPaths;
    lexer.removeErrorListeners();
    return lexer;
  }

  /** The generated parser's tree, after "errors N" when it found syntax errors. */
  private static String generatedTree(SourceText source) {
    DockerfileLexer lexer = lexer(source, false);
    DockerfileParser parser = new DockerfileParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    Errors count = new Errors();
    lexer.addErrorListener(count);
    parser.addErrorListener(count);
    ParseTree tree = parser.dockerfile();
    StringBuilder out = new StringBuilder();
    if (count.count > 0) {
      out.append("errors ").append(count.count).append('\n');
    }
    dump(tree, "", out);
    return out.toString();
  }

  /** The tree of {@link DirectParser}, or null when it gave up or the lexer found an error. */
  private static String directTree(SourceText source) {
    DockerfileLexer lexer = lexer(source, true);
    Errors errors = new Errors();
    lexer.addErrorListener(errors);
    List<Token> tokens = new ArrayList<>();
    Token t;
    do {
      t = lexer.nextToken();
      ((WritableToken) t).setTokenIndex(tokens.size());
      tokens.add(t);
    } while (t.getType() != Token.EOF);
    // with a lexer error, the generated lexer and parser read the file again
    ParseTree tree = errors.count > 0 ? null : DirectParser.parse(tokens);
    if (tree == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    dump(tree, "", out);
    return out.toString();
  }

  private static void dump(ParseTree node, String indent, StringBuilder out) {
    if (node instanceof TerminalNode n) {
      Token t = n.getSymbol();
      out.append(indent)
          .append(n instanceof ErrorNode ? "error " : "")
          .append(t.getType())
          .append(" #")
          .append(t.getTokenIndex())
          .append(' ')
          .append(t.getStartIndex())
          .append('-')
          .append(t.getStopIndex())
          .append(n.getParent() == null ? " orphan" : "")
          .append('\n');
      return;
    }
    ParserRuleContext c = (ParserRuleContext) node;
    out.append(indent)
        .append(c.getClass().getSimpleName())
        .append(" start #")
        .append(c.getStart() == null ? "-" : c.getStart().getTokenIndex())
        .append(" stop #")
        .append(c.getStop() == null ? "-" : c.getStop().getTokenIndex())
        .append(c.exception != null ? " exception" : "")
        .append('\n');
    for (int i = 0; i < c.getChildCount(); i++) {
      if (c.getChild(i).getParent() != c) {
        out.append(indent).append("  (child with another parent)\n");
      }
      dump(c.getChild(i), indent + "  ", out);
    }
  }

  /** Every token and error of the lexer, and its heredoc scans, as text. */
  private static String lex(SourceText source, boolean fastPaths) {
    DockerfileLexer lexer = lexer(source, fastPaths);
    DockerfileLexerBase base = lexer;
    StringBuilder out = new StringBuilder();
    Errors errors = new Errors();
    lexer.addErrorListener(errors);
    Token t;
    do {
      t = lexer.nextToken();
      out.append(t.getType())
          .append(' ')
          .append(t.getChannel())
          .append(' ')
          .append(t.getStartIndex())
          .append('-')
          .append(t.getStopIndex())
          .append(' ')
          .append(t.getLine())
          .append(':')
          .append(t.getCharPositionInLine())
          .append('\n');
    } while (t.getType() != Token.EOF);
    out.append(errors.text);
    out.append("end ")
        .append(lexer.getLine())
        .append(':')
        .append(lexer.getCharPositionInLine())
        .append('\n');
    Map<Integer, DockerfileLexerBase.HeredocScan> scans = new TreeMap<>(base.heredocScans());
    scans.forEach(
        (k, v) ->
            out.append("heredoc ")
                .append(k)
                .append(' ')
                .append(v.operators())
                .append(' ')
                .append(v.line())
                .append(' ')
                .append(v.error() == null ? "" : v.error().getMessage())
                .append('\n'));
    return out.toString();
  }

  /** Counts and records syntax errors. */
  private static final class Errors extends BaseErrorListener {
    int count;
    final StringBuilder text = new StringBuilder();

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      count++;
      text.append("error ").append(line).append(':').append(charPositionInLine);
      text.append(' ').append(msg).append('\n');
    }
  }
}
