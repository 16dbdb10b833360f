package dev.berth.dockerfile.parser;

import dev.berth.dockerfile.parser.antlr.DockerfileLexer;
import dev.berth.dockerfile.parser.antlr.DockerfileParser;
import dev.berth.dockerfile.parser.antlr.DockerfileParser.DockerfileContext;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * Builds the parse tree that {@link DockerfileParser} builds for tokens without a syntax error,
 * straight from the tokens: the same contexts with the same children, start and stop tokens, as the
 * generated parser makes them (its choices are all decided by the next token, and its loops are
 * greedy). Gives up (null) at the first token the grammar does not expect, and the generated
 * parser, with its error reporting and recovery, reads the file instead. Saves the generated
 * parser's prediction, error-strategy syncs and token-stream lookups for every token.
 */
final class DirectParser {
  /** Thrown at a token the grammar does not expect; caught in {@link #parse}. */
  private static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mismatch() {
      super(null, null, false, false);
    }
  }

  private static final Mismatch MISMATCH = new Mismatch();

  private final List<Token> tokens;

  /** Index of the current token, always on the default channel. */
  private int p;

  /** The last token consumed: the generated parser's {@code LT(-1)}. */
  private Token last;

  private boolean matchedEof;

  private DirectParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * The tree of {@code tokens} (every token of the lexer, EOF last, off-channel ones included), or
   * null when they hold a syntax error.
   */
  static DockerfileContext parse(List<Token> tokens) {
    DirectParser d = new DirectParser(tokens);
    d.skipOffChannel();
    try {
      return d.dockerfile();
    } catch (Mismatch m) {
      return null;
    }
  }

  private void skipOffChannel() {
    while (tokens.get(p).getChannel() != Token.DEFAULT_CHANNEL) {
      p++;
    }
  }

  private int la() {
    return tokens.get(p).getType();
  }

  private <T extends ParserRuleContext> T enter(T ctx, ParserRuleContext parent) {
    ctx.start = tokens.get(p);
    if (parent != null) {
      parent.addChild(ctx);
    }
    return ctx;
  }

  private void exit(ParserRuleContext ctx) {
    ctx.stop = matchedEof ? tokens.get(p) : last;
  }

  private void match(ParserRuleContext ctx, int type) {
    if (la() != type) {
      throw MISMATCH;
    }
    consume(ctx);
  }

  private void consume(ParserRuleContext ctx) {
    Token t = tokens.get(p);
    if (t.getType() == Token.EOF) {
      matchedEof = true;
    } else {
      last = t;
      p++;
      skipOffChannel();
    }
    ctx.addChild(new TerminalNodeImpl(t));
  }

  private static boolean isKeyword(int type) {
    return type >= DockerfileLexer.FROM && type <= DockerfileLexer.UNKNOWN_INSTRUCTION;
  }

  private static boolean isExecForm(int type) {
    return type == DockerfileLexer.JSON_OPEN || type == DockerfileLexer.JSON_NESTED;
  }

  private DockerfileContext dockerfile() {
    DockerfileContext ctx = enter(new DockerfileContext(null, -1), null);
    while (isKeyword(la())) {
      instructionLine(ctx);
    }
    match(ctx, Token.EOF);
    exit(ctx);
    return ctx;
  }

  private void instructionLine(ParserRuleContext parent) {
    var ctx = enter(new DockerfileParser.InstructionLineContext(parent, -1), parent);
    instruction(ctx);
    var end = enter(new DockerfileParser.LineEndContext(ctx, -1), ctx);
    if (la() != Token.EOF && la() != DockerfileLexer.NEWLINE) {
      throw MISMATCH;
    }
    consume(end);
    exit(end);
    while (la() == DockerfileLexer.HEREDOC_LINE || la() == DockerfileLexer.HEREDOC_END) {
      var body = enter(new DockerfileParser.HeredocContext(ctx, -1), ctx);
      if (la() == DockerfileLexer.HEREDOC_LINE) {
        do {
          consume(body);
        } while (la() == DockerfileLexer.HEREDOC_LINE);
        if (la() == DockerfileLexer.HEREDOC_END) {
          consume(body);
        }
      } else {
        consume(body);
      }
      exit(body);
    }
    exit(ctx);
  }

  private void instruction(ParserRuleContext parent) {
    var ctx = enter(new DockerfileParser.InstructionContext(parent, -1), parent);
    int kw = la();
    ParserRuleContext c =
        switch (kw) {
          case DockerfileLexer.FROM -> new DockerfileParser.FromInstructionContext(ctx, -1);
          case DockerfileLexer.RUN -> new DockerfileParser.RunInstructionContext(ctx, -1);
          case DockerfileLexer.CMD -> new DockerfileParser.CmdInstructionContext(ctx, -1);
          case DockerfileLexer.LABEL -> new DockerfileParser.LabelInstructionContext(ctx, -1);
          case DockerfileLexer.MAINTAINER ->
              new DockerfileParser.MaintainerInstructionContext(ctx, -1);
          case DockerfileLexer.EXPOSE -> new DockerfileParser.ExposeInstructionContext(ctx, -1);
          case DockerfileLexer.ENV -> new DockerfileParser.EnvInstructionContext(ctx, -1);
          case DockerfileLexer.ADD -> new DockerfileParser.AddInstructionContext(ctx, -1);
          case DockerfileLexer.COPY -> new DockerfileParser.CopyInstructionContext(ctx, -1);
          case DockerfileLexer.ENTRYPOINT ->
              new DockerfileParser.EntrypointInstructionContext(ctx, -1);
          case DockerfileLexer.VOLUME -> new DockerfileParser.VolumeInstructionContext(ctx, -1);
          case DockerfileLexer.USER -> new DockerfileParser.UserInstructionContext(ctx, -1);
          case DockerfileLexer.WORKDIR -> new DockerfileParser.WorkdirInstructionContext(ctx, -1);
          case DockerfileLexer.ARG -> new DockerfileParser.ArgInstructionContext(ctx, -1);
          case DockerfileLexer.ONBUILD -> new DockerfileParser.OnbuildInstructionContext(ctx, -1);
          case DockerfileLexer.STOPSIGNAL ->
              new DockerfileParser.StopsignalInstructionContext(ctx, -1);
          case DockerfileLexer.HEALTHCHECK ->
              new DockerfileParser.HealthcheckInstructionContext(ctx, -1);
          case DockerfileLexer.SHELL -> new DockerfileParser.ShellInstructionContext(ctx, -1);
          case DockerfileLexer.UNKNOWN_INSTRUCTION ->
              new DockerfileParser.UnknownInstructionContext(ctx, -1);
          default -> throw MISMATCH;
        };
    enter(c, ctx);
    consume(c);
    while (la() == DockerfileLexer.FLAG || la() == DockerfileLexer.FLAG_TERMINATOR) {
      var flag = enter(new DockerfileParser.FlagContext(c, -1), c);
      consume(flag);
      exit(flag);
    }
    switch (kw) {
      case DockerfileLexer.FROM, DockerfileLexer.EXPOSE -> repeat(c, DockerfileLexer.WORD);
      case DockerfileLexer.RUN,
          DockerfileLexer.CMD,
          DockerfileLexer.ENTRYPOINT,
          DockerfileLexer.SHELL ->
          optionalCommand(c);
      case DockerfileLexer.HEALTHCHECK -> {
        if (la() == DockerfileLexer.HEALTHCHECK_TYPE) {
          consume(c);
          optionalCommand(c);
        }
      }
      case DockerfileLexer.ADD, DockerfileLexer.COPY, DockerfileLexer.VOLUME -> {
        if (isExecForm(la()) || la() == DockerfileLexer.WORD) {
          var files = enter(new DockerfileParser.FileListContext(c, -1), c);
          if (la() == DockerfileLexer.WORD) {
            repeat(files, DockerfileLexer.WORD);
          } else {
            execForm(files);
          }
          exit(files);
        }
      }
      case DockerfileLexer.ENV, DockerfileLexer.LABEL, DockerfileLexer.ARG ->
          repeat(c, DockerfileLexer.KV_WORD);
      case DockerfileLexer.ONBUILD -> {
        if (isKeyword(la())) {
          instruction(c);
        }
      }
      default -> {
        // MAINTAINER, USER, WORKDIR, STOPSIGNAL and unknown instructions: TEXT?
        if (la() == DockerfileLexer.TEXT) {
          consume(c);
        }
      }
    }
    exit(c);
    exit(ctx);
  }

  private void repeat(ParserRuleContext ctx, int type) {
    while (la() == type) {
      consume(ctx);
    }
  }

  private void optionalCommand(ParserRuleContext parent) {
    if (!isExecForm(la()) && la() != DockerfileLexer.TEXT) {
      return;
    }
    var ctx = enter(new DockerfileParser.CommandContext(parent, -1), parent);
    if (la() == DockerfileLexer.TEXT) {
      consume(ctx);
    } else {
      execForm(ctx);
    }
    exit(ctx);
  }

  private void execForm(ParserRuleContext parent) {
    var ctx = enter(new DockerfileParser.ExecFormContext(parent, -1), parent);
    if (la() == DockerfileLexer.JSON_NESTED) {
      consume(ctx);
    } else {
      match(ctx, DockerfileLexer.JSON_OPEN);
      if (isJsonValue(la())) {
        jsonValue(ctx);
        while (la() == DockerfileLexer.JSON_COMMA) {
          consume(ctx);
          jsonValue(ctx);
        }
      }
      match(ctx, DockerfileLexer.JSON_CLOSE);
    }
    exit(ctx);
  }

  private static boolean isJsonValue(int type) {
    return type == DockerfileLexer.JSON_STRING
        || type == DockerfileLexer.JSON_NUMBER
        || type == DockerfileLexer.JSON_LITERAL;
  }

  private void jsonValue(ParserRuleContext parent) {
    if (!isJsonValue(la())) {
      throw MISMATCH;
    }
    var ctx = enter(new DockerfileParser.JsonValueContext(parent, -1), parent);
    consume(ctx);
    exit(ctx);
  }
}
