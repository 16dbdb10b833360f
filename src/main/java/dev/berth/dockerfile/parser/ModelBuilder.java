package dev.berth.dockerfile.parser;

import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.Utf8;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Cmd;
import dev.berth.dockerfile.model.Command;
import dev.berth.dockerfile.model.Comment;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Entrypoint;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.Expose;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Healthcheck;
import dev.berth.dockerfile.model.Heredoc;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Keyword;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.model.Maintainer;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Shell;
import dev.berth.dockerfile.model.ShellForm;
import dev.berth.dockerfile.model.StopSignal;
import dev.berth.dockerfile.model.TextMap;
import dev.berth.dockerfile.model.UnknownInstruction;
import dev.berth.dockerfile.model.User;
import dev.berth.dockerfile.model.Volume;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.model.Workdir;
import dev.berth.dockerfile.parser.antlr.DockerfileLexer;
import dev.berth.dockerfile.parser.antlr.DockerfileParser;
import dev.berth.dockerfile.parser.antlr.DockerfileParser.CommandContext;
import dev.berth.dockerfile.parser.antlr.DockerfileParser.ExecFormContext;
import dev.berth.dockerfile.parser.antlr.DockerfileParser.FileListContext;
import dev.berth.dockerfile.parser.antlr.DockerfileParser.FlagContext;
import dev.berth.dockerfile.parser.antlr.DockerfileParser.HeredocContext;
import dev.berth.dockerfile.parser.antlr.DockerfileParser.InstructionContext;
import dev.berth.dockerfile.parser.antlr.DockerfileParser.InstructionLineContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns the parse tree into the typed model, with a span for every piece. */
final class ModelBuilder {
  private final SourceText source;
  private final int[] cps;

  /** Indexes of the continuation markers in {@link #cps}, ascending. */
  private final int[] continuations;

  /** Indexes of the code points of {@link #cps} that marking changed, ascending. */
  private final int[] marked;

  private final int escape;
  private final Map<Integer, DockerfileLexerBase.HeredocScan> heredocScans;
  private final List<Problem> problems;
  private final List<Comment> continuationComments = new ArrayList<>();

  /** The file's text when each of its chars is one code point (no surrogate pair); else null. */
  private final String identityText;

  /**
   * The byte offset of code point 0 when every code point is one byte (the length of the byte order
   * mark), else -1.
   */
  private final int identityBase;

  /** The file's text when it is all ASCII (one byte, one char per code point); else null. */
  private final String asciiText;

  ModelBuilder(
      SourceText source,
      int[] markedCodePoints,
      EscapeMarker.Indexes indexes,
      int escape,
      Map<Integer, DockerfileLexerBase.HeredocScan> heredocScans,
      List<Problem> problems) {
    this.source = source;
    this.cps = markedCodePoints;
    this.continuations = indexes.continuations();
    this.marked = indexes.marked();
    this.escape = escape;
    this.heredocScans = heredocScans;
    this.problems = problems;
    this.identityText = source.codePointCount() == source.text().length() ? source.text() : null;
    this.identityBase =
        source.codePointCount() == source.length() - source.bomLength() ? source.bomLength() : -1;
    this.asciiText = identityBase >= 0 && !source.hasInvalidUtf8() ? source.text() : null;
  }

  List<Comment> continuationComments() {
    return continuationComments;
  }

  // ---- spans and words ------------------------------------------------------------------

  private int byteAt(int cpIndex) {
    int cp = Math.min(cpIndex, cps.length);
    return identityBase >= 0 ? identityBase + cp : source.byteOffset(cp);
  }

  /** The text of a span of the file, as {@link SourceText#slice} decodes it. */
  private String slice(Span s) {
    return asciiText != null
        ? asciiText.substring(
            Math.max(s.start(), identityBase) - identityBase, s.end() - identityBase)
        : source.slice(s);
  }

  private Span span(int cpStart, int cpEnd) {
    return new Span(byteAt(cpStart), byteAt(cpEnd));
  }

  private Span span(Token t) {
    return span(t.getStartIndex(), t.getStopIndex() + 1);
  }

  /** The last tokens whose logical text {@link #logical} computed, and those texts. */
  private final Token[] logicalTokens = new Token[4];

  private final LogicalText[] logicalTexts = new LogicalText[4];

  private int nextLogicalSlot;

  private LogicalText logical(Token t) {
    // The same token is often read more than once (for the instruction's span, then for its
    // words), and a long RUN is the costliest text to join again.
    for (int i = 0; i < logicalTokens.length; i++) {
      if (logicalTokens[i] == t) {
        return logicalTexts[i];
      }
    }
    int from = t.getStartIndex();
    int to = t.getStopIndex() + 1;
    LogicalText lt =
        identityText != null
            ? LogicalText.of(cps, from, to, identityText, marked, continuations)
            : LogicalText.of(cps, from, to, escape);
    logicalTokens[nextLogicalSlot] = t;
    logicalTexts[nextLogicalSlot] = lt;
    nextLogicalSlot = (nextLogicalSlot + 1) % logicalTokens.length;
    return lt;
  }

  /** The map of the first {@code end} chars of a logical text. */
  private TextMap textMap(LogicalText lt, int end) {
    String text = end == lt.text.length() ? lt.text : lt.text.substring(0, end);
    if (identityBase >= 0) {
      TextMap runs = lt.runsMap(text, end, identityBase);
      if (runs != null) {
        return runs;
      }
    }
    int[] offsets = new int[end + 1];
    if (identityBase >= 0) {
      lt.sources(offsets, identityBase);
    } else {
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = byteAt(lt.source(i));
      }
    }
    return new TextMap(text, offsets);
  }

  private Word word(Token t) {
    Span s = span(t);
    LogicalText lt = logical(t);
    // A plain logical text is the very code points of the span: its raw text is the same string.
    return new Word(s, lt.plain() ? lt.text : slice(s), lt.text);
  }

  /** The word for chars {@code [from, to)} of a logical text. */
  private Word word(LogicalText lt, int from, int to, String text) {
    int start = byteAt(lt.source(from));
    Span s = from < to ? new Span(start, byteAt(lt.source(to - 1) + 1)) : Span.empty(start);
    // The raw text of a plain logical text is its own chars.
    return new Word(s, lt.plain() ? lt.text.substring(from, to) : slice(s), text);
  }

  private Word trimmedWord(Token t) {
    LogicalText lt = logical(t);
    int end = trimmedEnd(lt.text);
    if (end == lt.text.length()) {
      return word(t);
    }
    return word(lt, 0, end, lt.text.substring(0, end));
  }

  /** The span of {@link #trimmedWord}, without building the word. */
  private Span trimmedSpan(Token t) {
    LogicalText lt = logical(t);
    int end = trimmedEnd(lt.text);
    if (end == lt.text.length()) {
      return span(t);
    }
    if (end == 0) {
      return Span.empty(byteAt(lt.source(0)));
    }
    return new Span(byteAt(lt.source(0)), byteAt(lt.source(end - 1) + 1));
  }

  private static int trimmedEnd(String s) {
    int end = s.length();
    while (end > 0) {
      int c = s.codePointBefore(end);
      if (!GoText.isSpace(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return end;
  }

  private void problem(String code, Level level, Span span, String message) {
    problems.add(new Problem(code, level, span, message));
  }

  // ---- instructions ---------------------------------------------------------------------

  Instruction instructionLine(InstructionLineContext ctx) {
    InstructionContext ic = ctx.instruction();
    Token first = ic.getStart();
    int lineStart = first.getStartIndex();
    TerminalNode newline = ctx.lineEnd().NEWLINE();
    int lineEndIndex = newline != null ? newline.getSymbol().getStartIndex() : cps.length;
    if (hasContinuation(lineStart, lineEndIndex)) {
      skippedLines(lineStart, lineEndIndex);
    }
    int endIndex = lineEndIndex;
    while (endIndex > lineStart && (GoText.isSpace(cps[endIndex - 1]))) {
      endIndex--;
    }
    List<HeredocContext> bodies = ctx.heredoc();
    Span instructionSpan = span(lineStart, endIndex);
    // The trimming above must not cut into the piece made of the last token: a keyword, flag or
    // word that ends with a line continuation at the end of the file holds the newline (and any
    // blank continuation lines after it), and a word in an unclosed quote holds its trailing
    // blanks. Text, split words and a nested JSON array are trimmed as their piece is.
    Token lastToken = ic.getStop();
    if (lastToken != null) {
      int type = lastToken.getType();
      boolean trimmed =
          type == DockerfileLexer.TEXT
              || type == DockerfileLexer.WORD
              || type == DockerfileLexer.JSON_NESTED;
      instructionSpan = instructionSpan.union(trimmed ? trimmedSpan(lastToken) : span(lastToken));
    }
    if (!bodies.isEmpty()) {
      Token last = bodies.get(bodies.size() - 1).getStop();
      int e = last.getStopIndex() + 1;
      while (e > lineStart && EscapeMarker.isNewline(cps[e - 1])) {
        e--;
      }
      instructionSpan = span(lineStart, Math.max(e, endIndex));
    }
    List<Heredoc> heredocs = heredocs(lineStart, lineEndIndex, bodies);
    for (Heredoc h : heredocs) {
      // An unterminated body runs to the end of the file, its last newline included.
      instructionSpan = instructionSpan.union(h.body());
    }
    return instruction(ic, instructionSpan, heredocs);
  }

  /** True when a continuation marker is in {@code [from, to)}. */
  private boolean hasContinuation(int from, int to) {
    int k = java.util.Arrays.binarySearch(continuations, from);
    k = k >= 0 ? k : -k - 1;
    return k < continuations.length && continuations[k] < to;
  }

  /** The comment lines and the first empty line that the continuations of a line skip. */
  private void skippedLines(int lineStart, int lineEndIndex) {
    List<int[]> emptyLines = new ArrayList<>(0);
    List<int[]> commentLines = new ArrayList<>(0);
    LogicalText.skippedLines(cps, lineStart, lineEndIndex, continuations, emptyLines, commentLines);
    for (int[] r : commentLines) {
      Span s = span(r[0], r[1]);
      continuationComments.add(new Comment(s, slice(s).substring(1), true));
    }
    if (!emptyLines.isEmpty()) {
      int[] r = emptyLines.get(0);
      Span s = span(r[0], r[1]);
      problem(
          ProblemCodes.NO_EMPTY_CONTINUATION,
          Level.WARNING,
          s,
          "Empty continuation line inside this instruction; remove the blank line, a future"
              + " BuildKit treats it as an error");
    }
  }

  private Instruction instruction(InstructionContext ic, Span span, List<Heredoc> heredocs) {
    ParserRuleContext c = (ParserRuleContext) ic.getChild(0);
    Token kw = c.getStart();
    Word kwWord = word(kw);
    // the lexer gave the keyword the type of the kind its text names
    Keyword keyword =
        new Keyword(
            kwWord.span(), kwWord.raw(), kwWord.text(), DockerfileLexerBase.kindOf(kw.getType()));
    List<Flag> flags = flags(c.getRuleContexts(FlagContext.class));
    if (c instanceof DockerfileParser.FromInstructionContext x) {
      return new From(keyword, flags, splitWords(x.WORD()), span);
    }
    if (c instanceof DockerfileParser.RunInstructionContext x) {
      return new Run(keyword, flags, command(x.command()), heredocs, span);
    }
    if (c instanceof DockerfileParser.CmdInstructionContext x) {
      return new Cmd(keyword, flags, command(x.command()), span);
    }
    if (c instanceof DockerfileParser.EntrypointInstructionContext x) {
      return new Entrypoint(keyword, flags, command(x.command()), span);
    }
    if (c instanceof DockerfileParser.ShellInstructionContext x) {
      return new Shell(keyword, flags, command(x.command()), span);
    }
    if (c instanceof DockerfileParser.HealthcheckInstructionContext x) {
      Optional<Word> type =
          x.HEALTHCHECK_TYPE() == null
              ? Optional.empty()
              : Optional.of(word(x.HEALTHCHECK_TYPE().getSymbol()));
      return new Healthcheck(keyword, flags, type, command(x.command()), span);
    }
    if (c instanceof DockerfileParser.AddInstructionContext x) {
      return new Add(keyword, flags, fileArgs(x.fileList()), isExec(x.fileList()), heredocs, span);
    }
    if (c instanceof DockerfileParser.CopyInstructionContext x) {
      return new Copy(keyword, flags, fileArgs(x.fileList()), isExec(x.fileList()), heredocs, span);
    }
    if (c instanceof DockerfileParser.VolumeInstructionContext x) {
      return new Volume(keyword, flags, fileArgs(x.fileList()), isExec(x.fileList()), span);
    }
    if (c instanceof DockerfileParser.ExposeInstructionContext x) {
      return new Expose(keyword, flags, splitWords(x.WORD()), span);
    }
    if (c instanceof DockerfileParser.EnvInstructionContext x) {
      return new Env(keyword, flags, pairs("ENV", x.KV_WORD()), span);
    }
    if (c instanceof DockerfileParser.LabelInstructionContext x) {
      return new Label(keyword, flags, pairs("LABEL", x.KV_WORD()), span);
    }
    if (c instanceof DockerfileParser.ArgInstructionContext x) {
      return new Arg(keyword, flags, argDeclarations(x.KV_WORD()), span);
    }
    if (c instanceof DockerfileParser.MaintainerInstructionContext x) {
      return new Maintainer(keyword, flags, text(x.TEXT()), span);
    }
    if (c instanceof DockerfileParser.UserInstructionContext x) {
      return new User(keyword, flags, text(x.TEXT()), span);
    }
    if (c instanceof DockerfileParser.WorkdirInstructionContext x) {
      return new Workdir(keyword, flags, text(x.TEXT()), span);
    }
    if (c instanceof DockerfileParser.StopsignalInstructionContext x) {
      return new StopSignal(keyword, flags, text(x.TEXT()), span);
    }
    if (c instanceof DockerfileParser.OnbuildInstructionContext x) {
      Optional<Instruction> trigger = Optional.empty();
      if (x.instruction() != null) {
        Token t = x.instruction().getStart();
        trigger =
            Optional.of(
                instruction(x.instruction(), new Span(span(t).start(), span.end()), heredocs));
      }
      return new Onbuild(keyword, flags, trigger, span);
    }
    DockerfileParser.UnknownInstructionContext x = (DockerfileParser.UnknownInstructionContext) c;
    return new UnknownInstruction(keyword, flags, text(x.TEXT()), span);
  }

  private List<Flag> flags(List<FlagContext> contexts) {
    List<Flag> out = new ArrayList<>(contexts.size());
    for (FlagContext f : contexts) {
      if (f.FLAG() == null) {
        continue;
      }
      Token t = f.FLAG().getSymbol();
      Span s = span(t);
      out.add(Flag.of(s, slice(s), Flags.unquote(logical(t).text)));
    }
    return out;
  }

  private Optional<Word> text(TerminalNode node) {
    if (node == null) {
      return Optional.empty();
    }
    Word w = trimmedWord(node.getSymbol());
    return w.text().isEmpty() ? Optional.empty() : Optional.of(w);
  }

  /** Whitespace-split words; the argument text is trimmed of Unicode whitespace first. */
  private List<Word> splitWords(List<TerminalNode> nodes) {
    List<Word> out = new ArrayList<>(nodes.size());
    for (TerminalNode n : nodes) {
      out.add(word(n.getSymbol()));
    }
    while (!out.isEmpty()) {
      int lastIndex = out.size() - 1;
      Token t = nodes.get(lastIndex).getSymbol();
      LogicalText lt = logical(t);
      int end = trimmedEnd(lt.text);
      if (end == 0) {
        out.remove(lastIndex);
        continue;
      }
      if (end < lt.text.length()) {
        out.set(lastIndex, word(lt, 0, end, lt.text.substring(0, end)));
      }
      break;
    }
    return out;
  }

  private Optional<Command> command(CommandContext ctx) {
    if (ctx == null) {
      return Optional.empty();
    }
    if (ctx.execForm() != null) {
      return Optional.of(execForm(ctx.execForm()));
    }
    Token t = ctx.TEXT().getSymbol();
    LogicalText lt = logical(t);
    int end = trimmedEnd(lt.text);
    if (end == 0) {
      return Optional.empty();
    }
    TextMap map = textMap(lt, end);
    Span s = new Span(span(t).start(), byteAt(lt.source(end - 1) + 1));
    // The raw text of a plain logical text is its own chars.
    String text = map.text();
    return Optional.of(new ShellForm(s, lt.plain() ? text : slice(s), text, map));
  }

  private ExecForm execForm(ExecFormContext ctx) {
    Span s;
    if (ctx.JSON_NESTED() != null) {
      Word w = trimmedWord(ctx.JSON_NESTED().getSymbol());
      problem(
          ProblemCodes.EXEC_FORM_NOT_STRINGS,
          Level.ERROR,
          w.span(),
          "JSON array arguments must all be strings; nested arrays and objects are not allowed");
      return new ExecForm(w.span(), w.raw(), List.of(), false);
    }
    s = span(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
    List<Word> elements = new ArrayList<>();
    boolean strings = true;
    for (DockerfileParser.JsonValueContext v : ctx.jsonValue()) {
      Token t = v.getStart();
      if (v.JSON_STRING() != null) {
        Word w = word(t);
        elements.add(new Word(w.span(), w.raw(), GoJson.decodeString(w.text())));
      } else {
        Word w = word(t);
        elements.add(w);
        if (strings) {
          problem(
              ProblemCodes.EXEC_FORM_NOT_STRINGS,
              Level.ERROR,
              w.span(),
              "JSON array arguments must all be strings; quote " + w.text() + " or use shell form");
        }
        strings = false;
      }
    }
    return new ExecForm(s, slice(s), List.copyOf(elements), strings);
  }

  private boolean isExec(FileListContext ctx) {
    return ctx != null && ctx.execForm() != null;
  }

  private List<Word> fileArgs(FileListContext ctx) {
    if (ctx == null) {
      return List.of();
    }
    if (ctx.execForm() != null) {
      ExecForm e = execForm(ctx.execForm());
      return e.stringsOnly() ? e.elements() : List.of();
    }
    return splitWords(ctx.WORD());
  }

  /**
   * BuildKit's value of one quote-aware word: a lone trailing escape dropped, bad UTF-8 replaced.
   */
  private String kvText(String logicalWord) {
    String w = logicalWord;
    int n = w.length();
    if (n > 0 && w.charAt(n - 1) == escape) {
      int run = 0;
      for (int i = n - 1; i >= 0 && w.charAt(i) == escape; i--) {
        run++;
      }
      if (run % 2 == 1 && !endsInsideSingleQuote(w)) {
        w = w.substring(0, n - 1);
      }
    }
    return Utf8.replaceInvalid(w);
  }

  /** True when the word ends inside an unterminated single-quoted section. */
  private boolean endsInsideSingleQuote(String w) {
    int quote = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (quote == 0) {
        if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == escape) {
          i++;
        }
      } else if (c == quote) {
        quote = 0;
      } else if (c == escape && quote == '"') {
        i++;
      }
    }
    return quote == '\'';
  }

  private record KvWord(Token token, LogicalText logical, String text) {}

  private List<KvWord> kvWords(List<TerminalNode> nodes) {
    List<KvWord> out = new ArrayList<>(nodes.size());
    for (TerminalNode n : nodes) {
      Token t = n.getSymbol();
      LogicalText lt = logical(t);
      out.add(new KvWord(t, lt, kvText(lt.text)));
    }
    return out;
  }

  private List<KeyValue> pairs(String instruction, List<TerminalNode> nodes) {
    if (nodes.isEmpty()) {
      return List.of();
    }
    List<KvWord> words = kvWords(nodes);
    List<KeyValue> out = new ArrayList<>();
    if (!words.get(0).text().contains("=")) {
      Token first = nodes.get(0).getSymbol();
      Token last = nodes.get(nodes.size() - 1).getSymbol();
      LogicalText rest =
          LogicalText.of(cps, first.getStartIndex(), last.getStopIndex() + 1, escape);
      int restEnd = trimmedEnd(rest.text);
      String text = rest.text.substring(0, restEnd);
      int keyEnd = 0;
      while (keyEnd < text.length() && !GoText.isAsciiBlank(text.charAt(keyEnd))) {
        keyEnd++;
      }
      int valueStart = keyEnd;
      while (valueStart < text.length() && GoText.isAsciiBlank(text.charAt(valueStart))) {
        valueStart++;
      }
      Word key = word(rest, 0, keyEnd, text.substring(0, keyEnd));
      if (keyEnd == text.length()) {
        problem(
            ProblemCodes.INVALID_ARGUMENT_COUNT,
            Level.ERROR,
            key.span(),
            instruction
                + " "
                + key.text()
                + " has no value; write "
                + instruction
                + " "
                + key.text()
                + "=<value>");
        Word empty = new Word(Span.empty(key.span().end()), "", "");
        out.add(new KeyValue(key.span(), key, empty, true));
        return out;
      }
      Word value = word(rest, valueStart, text.length(), text.substring(valueStart));
      out.add(new KeyValue(key.span().union(value.span()), key, value, true));
      return out;
    }
    for (KvWord w : words) {
      String text = w.text();
      int eq = text.indexOf('=');
      Span whole = span(w.token());
      if (eq < 0) {
        problem(
            ProblemCodes.KEY_VALUE_SYNTAX,
            Level.ERROR,
            whole,
            "'"
                + text
                + "' has no '='; every "
                + instruction
                + " pair must have the form name=value");
        continue;
      }
      int rawEq = w.logical().text.indexOf('=');
      Word key = word(w.logical(), 0, rawEq, text.substring(0, eq));
      Word value = word(w.logical(), rawEq + 1, w.logical().text.length(), text.substring(eq + 1));
      if (rawEq + 1 == w.logical().text.length()) {
        value = new Word(Span.empty(whole.end()), "", text.substring(eq + 1));
      }
      out.add(new KeyValue(whole, key, value, false));
    }
    return out;
  }

  private List<ArgDeclaration> argDeclarations(List<TerminalNode> nodes) {
    List<ArgDeclaration> out = new ArrayList<>(nodes.size());
    for (KvWord w : kvWords(nodes)) {
      Span whole = span(w.token());
      Word word = new Word(whole, slice(whole), w.text());
      int rawEq = w.logical().text.indexOf('=');
      int eq = w.text().indexOf('=');
      if (rawEq < 0 || eq < 0) {
        out.add(new ArgDeclaration(word, word, Optional.empty()));
        continue;
      }
      Word name = word(w.logical(), 0, rawEq, w.text().substring(0, eq));
      Word value =
          rawEq + 1 == w.logical().text.length()
              ? new Word(Span.empty(whole.end()), "", "")
              : word(w.logical(), rawEq + 1, w.logical().text.length(), w.text().substring(eq + 1));
      out.add(new ArgDeclaration(word, name, Optional.of(value)));
    }
    return out;
  }

  // ---- heredocs ---------------------------------------------------------------------------

  private List<Heredoc> heredocs(int lineStart, int lineEnd, List<HeredocContext> bodies) {
    DockerfileLexerBase.HeredocScan scan =
        heredocScans.isEmpty() ? null : heredocScans.get(lineStart);
    if (scan == null) {
      return List.of();
    }
    LogicalText line = LogicalText.of(cps, lineStart, lineEnd, escape);
    if (scan.error() != null) {
      problem(
          ProblemCodes.PARSE_ERROR,
          Level.ERROR,
          span(lineStart, lineStart),
          "invalid heredoc: " + scan.error().getMessage());
    }
    List<Heredoc> out = new ArrayList<>();
    for (int i = 0; i < scan.operators().size(); i++) {
      Heredocs.Operator op = scan.operators().get(i);
      int from = Math.min(op.start(), line.text.length());
      int to = Math.min(op.end(), line.text.length());
      Word operator = word(line, from, to, line.text.substring(from, to));
      HeredocContext body = i < bodies.size() ? bodies.get(i) : null;
      StringBuilder content = new StringBuilder();
      Span bodySpan = Span.empty(operator.span().end());
      Optional<Span> terminator = Optional.empty();
      if (body != null) {
        int bodyStart = -1;
        int bodyEnd = -1;
        for (int k = 0; k < body.getChildCount(); k++) {
          Token t = ((TerminalNode) body.getChild(k)).getSymbol();
          if (t.getType() == DockerfileLexer.HEREDOC_END) {
            int e = t.getStopIndex() + 1;
            while (e > t.getStartIndex() && EscapeMarker.isNewline(cps[e - 1])) {
              e--;
            }
            terminator = Optional.of(span(t.getStartIndex(), e));
          } else {
            if (bodyStart < 0) {
              bodyStart = t.getStartIndex();
            }
            bodyEnd = t.getStopIndex() + 1;
            for (int j = t.getStartIndex(); j <= t.getStopIndex(); j++) {
              content.appendCodePoint(EscapeMarker.unmark(cps[j], escape));
            }
          }
        }
        if (bodyStart >= 0) {
          bodySpan = span(bodyStart, bodyEnd);
        } else if (terminator.isPresent()) {
          bodySpan = Span.empty(terminator.get().start());
        }
      }
      if (terminator.isEmpty()) {
        problem(
            ProblemCodes.UNTERMINATED_HEREDOC,
            Level.ERROR,
            operator.span(),
            "Heredoc '"
                + op.name()
                + "' is never terminated; end it with a line that is exactly '"
                + op.name()
                + "'");
      }
      out.add(
          new Heredoc(
              operator,
              op.name(),
              op.expand(),
              op.chomp(),
              op.fileDescriptor(),
              bodySpan,
              content.toString(),
              terminator));
    }
    return List.copyOf(out);
  }
}
