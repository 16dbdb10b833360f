package dev.berth.dockerfile.parser;

import dev.berth.core.GoText;
import dev.berth.dockerfile.model.InstructionKind;
import dev.berth.dockerfile.parser.antlr.DockerfileLexer;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The state that the Dockerfile lexer grammar cannot hold: which instruction is being read, when
 * its flags end and which argument mode follows, and the heredoc terminators still to be read.
 * Token boundaries come from the grammar; this class only picks modes and token types.
 */
public abstract class DockerfileLexerBase extends Lexer {
  /** The marked code points the lexer reads (see {@link EscapeMarker}). */
  private int[] cps = new int[0];

  private int escape = '\\';

  /** What a heredoc scan of an instruction line found, keyed by the line's start index. */
  record HeredocScan(
      List<Heredocs.Operator> operators, String line, int lineStart, ShellSyntaxException error) {}

  private final Map<Integer, HeredocScan> heredocScans = new HashMap<>();

  private final ArrayDeque<Heredocs.Operator> pendingHeredocs = new ArrayDeque<>();

  private InstructionKind outerKind = InstructionKind.UNKNOWN;
  private InstructionKind argsKind = InstructionKind.UNKNOWN;
  private int instructionStart;
  private boolean flagsDone;
  private boolean execForm;
  private boolean nestedJson;

  protected DockerfileLexerBase(CharStream input) {
    super(input);
  }

  /** Indexes of the {@code <} characters of {@link #cps}, ascending; null until needed. */
  private int[] lessThans;

  /** Gives the lexer the marked code points it reads and the escape character in effect. */
  void configure(int[] markedCodePoints, int escapeChar) {
    configure(markedCodePoints, escapeChar, null);
  }

  /**
   * As {@link #configure(int[], int)}, with the indexes of the {@code <} characters of the code
   * points, ascending, or null for the lexer to find them when it needs them.
   */
  void configure(int[] markedCodePoints, int escapeChar, int[] lessThanIndexes) {
    this.cps = markedCodePoints;
    this.escape = escapeChar;
    this.lessThans = lessThanIndexes;
  }

  Map<Integer, HeredocScan> heredocScans() {
    return heredocScans;
  }

  /**
   * False to read every token with the generated lexer alone; tests compare the two. The fast paths
   * read the longest tokens (a TEXT, a COMMENT) without the ATN simulation, which costs tens of
   * nanoseconds per character.
   */
  boolean fastPaths = true;

  @Override
  public Token nextToken() {
    if (_mode == DockerfileLexer.FLAGS_MODE) {
      maybeEndFlags();
    }
    if (fastPaths && !_hitEOF) {
      Token t = fastToken();
      if (t != null) {
        return t;
      }
    }
    return super.nextToken();
  }

  /**
   * The next token when it is one that is read here as the grammar would read it; null for the
   * generated lexer to read. Read here: a TEXT in TEXT_MODE; a COMMENT at the start of a line; a
   * line break in every mode but HEREDOC_MODE; a heredoc line; and the short tokens of the usual
   * shape, without continuations, escapes or unclosed quotes: an instruction name, blanks, a flag,
   * a word, a key=value word and the pieces of a JSON array. Anything else, the generated lexer
   * reads.
   */
  private Token fastToken() {
    int i = _input.index();
    int n = cps.length;
    if (i >= n) {
      return null;
    }
    int c = cps[i];
    int end;
    int line = getInterpreter().getLine();
    int column = getInterpreter().getCharPositionInLine();
    // after the token, as LexerATNSimulator.consume counts: a line feed starts a new line
    int lastLineFeed = -1;
    int type;
    int channel = Token.DEFAULT_CHANNEL;
    if (c == '\n' || c == '\r') {
      if (_mode == DockerfileLexer.HEREDOC_MODE) {
        end = heredocLineEnd(i, n);
        type = DockerfileLexer.HEREDOC_LINE;
      } else {
        // NL: '\r' '\n'? | '\n'; no other token of any other mode starts with a line break
        end = c == '\r' && i + 1 < n && cps[i + 1] == '\n' ? i + 2 : i + 1;
        if (_mode == DockerfileLexer.DEFAULT_MODE) {
          type = DockerfileLexer.BLANK_LINE_END;
          channel = Token.HIDDEN_CHANNEL;
        } else {
          type = DockerfileLexer.NEWLINE;
        }
      }
    } else if (_mode == DockerfileLexer.TEXT_MODE) {
      // TEXT: (~[\r\n] | CONT)+. The marker U+0002 always starts a continuation that CONT
      // reads whole, so the text ends at the first line break outside one.
      end = i;
      while (end < n) {
        while (end < n && cps[end] > '\r') {
          end++; // the common case: no line break, no marker
        }
        if (end == n) {
          break;
        }
        int d = cps[end];
        if (d == EscapeMarker.CONTINUATION) {
          int next = LogicalText.skipContinuation(cps, end, n, null, null);
          for (int k = end; k < next; k++) {
            if (cps[k] == '\n') {
              line++;
              lastLineFeed = k;
            }
          }
          end = next;
        } else if (d == '\n' || d == '\r') {
          break;
        } else {
          end++;
        }
      }
      type = DockerfileLexer.TEXT;
    } else if (c == ' ' || c == '\t') {
      // LINE_WS, FLAGS_WS, EXEC_WS, SPLIT_WS, KV_WS: blanks; with a continuation or another
      // blank after them, the generated lexer reads them
      if (_mode == DockerfileLexer.HEREDOC_MODE
          || _mode == DockerfileLexer.HEALTHCHECK_MODE
          || _mode == DockerfileLexer.TRIGGER_MODE) {
        return null;
      }
      end = i + 1;
      while (end < n && (cps[end] == ' ' || cps[end] == '\t')) {
        end++;
      }
      if (end < n && (cps[end] == EscapeMarker.CONTINUATION || GoText.isSpace(cps[end]))) {
        int d = cps[end];
        if (d != '\n' && d != '\r') {
          return null;
        }
      }
      type = blanksType();
      channel = Token.HIDDEN_CHANNEL;
    } else {
      switch (_mode) {
        case DockerfileLexer.DEFAULT_MODE:
          if (c == '#') {
            // COMMENT: '#' ~[\r\n]*
            end = i + 1;
            while (end < n && cps[end] != '\n' && cps[end] != '\r') {
              end++;
            }
            type = DockerfileLexer.COMMENT;
            channel = DockerfileLexer.COMMENTS;
          } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            // INSTRUCTION_NAME: NAME_START NAME_CHAR*
            end = wordEnd(i + 1, n);
            if (end < 0) {
              return null;
            }
            type = DockerfileLexer.INSTRUCTION_NAME;
          } else {
            return null;
          }
          break;
        case DockerfileLexer.FLAGS_MODE:
          end = c == '-' && i + 1 < n && cps[i + 1] == '-' ? flagEnd(i + 2, n) : -1;
          if (end < 0) {
            return null;
          }
          type = DockerfileLexer.FLAG;
          break;
        case DockerfileLexer.SPLIT_MODE:
          if (c == EscapeMarker.CONTINUATION || c == '\u000B' || c == '\f') {
            return null;
          }
          end = wordEnd(i + 1, n); // WORD: ~[ \t\u000B\f\r\n\u0002]+
          if (end < 0) {
            return null;
          }
          type = DockerfileLexer.WORD;
          break;
        case DockerfileLexer.KV_MODE:
          end = kvWordEnd(i, n);
          if (end < 0) {
            return null;
          }
          type = DockerfileLexer.KV_WORD;
          break;
        case DockerfileLexer.EXEC_MODE:
          if (c == '[' || c == ']' || c == ',') {
            end = i + 1;
            type =
                c == '['
                    ? DockerfileLexer.JSON_OPEN
                    : c == ']' ? DockerfileLexer.JSON_CLOSE : DockerfileLexer.JSON_COMMA;
          } else if (c == '"') {
            end = jsonStringEnd(i + 1, n);
            if (end < 0) {
              return null;
            }
            type = DockerfileLexer.JSON_STRING;
          } else {
            return null;
          }
          break;
        case DockerfileLexer.HEREDOC_MODE:
          end = heredocLineEnd(i, n);
          type = DockerfileLexer.HEREDOC_LINE;
          break;
        default:
          return null;
      }
      if (lastLineFeed < 0 && _mode == DockerfileLexer.HEREDOC_MODE && cps[end - 1] == '\n') {
        line++;
        lastLineFeed = end - 1;
      }
    }
    if (c == '\n' || c == '\r') {
      for (int k = i; k < end; k++) {
        if (cps[k] == '\n') {
          line++;
          lastLineFeed = k;
        }
      }
    }
    _token = null;
    _text = null;
    _type = type;
    _channel = channel;
    _tokenStartCharIndex = i;
    _tokenStartLine = getInterpreter().getLine();
    _tokenStartCharPositionInLine = column;
    column = lastLineFeed < 0 ? column + end - i : end - lastLineFeed - 1;
    getInterpreter().setLine(line);
    getInterpreter().setCharPositionInLine(column);
    _input.seek(end);
    if (end >= n) {
      _hitEOF = true;
    }
    emit();
    return _token;
  }

  /** The type of a run of blanks in the current mode. */
  private int blanksType() {
    switch (_mode) {
      case DockerfileLexer.FLAGS_MODE:
        return DockerfileLexer.FLAGS_WS;
      case DockerfileLexer.EXEC_MODE:
        return DockerfileLexer.EXEC_WS;
      case DockerfileLexer.SPLIT_MODE:
        return DockerfileLexer.SPLIT_WS;
      case DockerfileLexer.KV_MODE:
        return DockerfileLexer.KV_WS;
      default:
        return DockerfileLexer.LINE_WS;
    }
  }

  /**
   * End of a run of {@code ~[ \t\u000B\f\r\n\u0002]} from {@code i}; -1 when a continuation marker
   * ends it.
   */
  private int wordEnd(int i, int n) {
    int e = i;
    while (e < n) {
      int d = cps[e];
      if (d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '\u000B' || d == '\f') {
        return e;
      }
      if (d == EscapeMarker.CONTINUATION) {
        return -1;
      }
      e++;
    }
    return e;
  }

  /**
   * End of a FLAG whose {@code --} ends before {@code i} and whose rest is plain printable ASCII
   * (FLAG_PLAIN) up to a space, tab, line break or the end; -1 for any other flag.
   */
  private int flagEnd(int i, int n) {
    int e = i;
    while (e < n) {
      int d = cps[e];
      if (d == ' ' || d == '\t' || d == '\n' || d == '\r') {
        return e;
      }
      if (d <= ' ' || d >= 0x7F || d == '"' || d == '\'' || d == '\\') {
        return -1;
      }
      e++;
    }
    return e;
  }

  /**
   * End of a KV_WORD made of printable ASCII (KV_PLAIN) and closed quotes without escapes or
   * continuations, up to a space, tab, line break or the end; -1 for any other word. With every
   * quote closed, no open-quote ending reads further.
   */
  private int kvWordEnd(int i, int n) {
    int e = i;
    while (e < n) {
      int d = cps[e];
      if (d == ' ' || d == '\t' || d == '\n' || d == '\r') {
        return e > i ? e : -1;
      }
      if (d == '"' || d == '\'') {
        e++;
        while (e < n && cps[e] != d) {
          int q = cps[e];
          if (q == '\n' || q == '\r' || EscapeMarker.isMarker(q)) {
            return -1;
          }
          e++;
        }
        if (e == n) {
          return -1; // an unclosed quote
        }
      } else if (d <= ' ' || d >= 0x7F) {
        return -1;
      }
      e++;
    }
    return e > i ? e : -1;
  }

  /**
   * End of a JSON_STRING whose opening quote is before {@code i}: chars, backslash escapes, the
   * closing quote; -1 for one with a continuation or a line break before its end.
   */
  private int jsonStringEnd(int i, int n) {
    int e = i;
    while (e < n) {
      int d = cps[e];
      if (d == '"') {
        return e + 1;
      }
      if (d == '\\' || d == EscapeMarker.ESCAPE_BACKSLASH) {
        e++; // JSON_ESCAPE: BACKSLASH ~[\r\n\u0002]
        if (e == n || cps[e] == '\n' || cps[e] == '\r' || cps[e] == EscapeMarker.CONTINUATION) {
          return -1;
        }
      } else if (d == '\n' || d == '\r' || d == EscapeMarker.CONTINUATION) {
        return -1;
      }
      e++;
    }
    return -1;
  }

  /** HEREDOC_LINE: ~[\r\n]* NL | ~[\r\n]+, from {@code i} before the end. */
  private int heredocLineEnd(int i, int n) {
    int e = i;
    while (e < n && cps[e] != '\n' && cps[e] != '\r') {
      e++;
    }
    if (e < n) {
      e = cps[e] == '\r' && e + 1 < n && cps[e + 1] == '\n' ? e + 2 : e + 1;
    }
    return e;
  }

  @Override
  public Token emit() {
    switch (_type) {
      case DockerfileLexer.INSTRUCTION_NAME:
        onInstructionName();
        break;
      case DockerfileLexer.FLAG:
        onFlag();
        break;
      case DockerfileLexer.HEALTHCHECK_TYPE:
        argsKind = InstructionKind.CMD;
        flagsDone = true;
        mode(DockerfileLexer.FLAGS_MODE);
        break;
      case DockerfileLexer.TEXT:
        if (nestedJson) {
          _type = DockerfileLexer.JSON_NESTED;
        }
        break;
      case DockerfileLexer.NEWLINE:
        onNewline();
        break;
      case DockerfileLexer.HEREDOC_LINE:
        onHeredocLine();
        break;
      default:
        break;
    }
    return super.emit();
  }

  private void onInstructionName() {
    int start = _tokenStartCharIndex;
    int end = _input.index();
    InstructionKind kind = asciiKind(cps, start, end);
    if (kind == null) {
      kind = InstructionKind.of(LogicalText.of(cps, start, end, escape).text);
    }
    if (_mode == DockerfileLexer.DEFAULT_MODE) {
      outerKind = kind;
      instructionStart = start;
      execForm = false;
      nestedJson = false;
      pendingHeredocs.clear();
    }
    argsKind = kind;
    flagsDone = false;
    _type = tokenType(kind);
    mode(DockerfileLexer.FLAGS_MODE);
  }

  /**
   * The kind named by the code points {@code [start, end)} when they are ASCII letters, matched
   * without regard to case as {@link InstructionKind#of} matches them; null for any other name.
   */
  static InstructionKind asciiKind(int[] cps, int start, int end) {
    int length = end - start;
    for (int i = start; i < end; i++) {
      int c = cps[i] | 0x20; // lower case, for a letter
      if (c < 'a' || c > 'z') {
        return null;
      }
    }
    for (InstructionKind k : KINDS) {
      String name = k.name();
      if (name.length() != length) {
        continue;
      }
      int i = 0;
      while (i < length && (cps[start + i] & ~0x20) == name.charAt(i)) {
        i++;
      }
      if (i == length) {
        return k;
      }
    }
    return InstructionKind.UNKNOWN;
  }

  private static final InstructionKind[] KINDS = InstructionKind.values();

  private void onFlag() {
    String text =
        Flags.unquote(LogicalText.of(cps, _tokenStartCharIndex, _input.index(), escape).text);
    if (text.equals("--")) {
      _type = DockerfileLexer.FLAG_TERMINATOR;
      flagsDone = true;
    }
  }

  /** In FLAGS_MODE, before a token: when the next word is not a flag, enter the argument mode. */
  private void maybeEndFlags() {
    int i = _input.index();
    if (i >= cps.length) {
      return;
    }
    int c = cps[i];
    if (EscapeMarker.isNewline(c) || EscapeMarker.isBlank(c) || c == EscapeMarker.CONTINUATION) {
      return;
    }
    if (!flagsDone && c == '-' && logicalCharAfter(i) == '-') {
      return;
    }
    enterArgumentMode(i);
  }

  /**
   * The code point after index {@code i} on the logical line, skipping continuations; -1 at its
   * end.
   */
  private int logicalCharAfter(int i) {
    int j = i + 1;
    while (j < cps.length && cps[j] == EscapeMarker.CONTINUATION) {
      j = LogicalText.skipContinuation(cps, j, cps.length, null, null);
    }
    return j < cps.length && !EscapeMarker.isNewline(cps[j]) ? cps[j] : -1;
  }

  private void enterArgumentMode(int i) {
    switch (argsKind) {
      case RUN:
      case CMD:
      case ENTRYPOINT:
      case SHELL:
        mode(jsonOr(i, DockerfileLexer.TEXT_MODE));
        break;
      case ADD:
      case COPY:
      case VOLUME:
        mode(jsonOr(i, DockerfileLexer.SPLIT_MODE));
        break;
      case FROM:
      case EXPOSE:
        mode(DockerfileLexer.SPLIT_MODE);
        break;
      case ARG:
      case ENV:
      case LABEL:
        mode(DockerfileLexer.KV_MODE);
        break;
      case HEALTHCHECK:
        mode(DockerfileLexer.HEALTHCHECK_MODE);
        break;
      case ONBUILD:
        mode(DockerfileLexer.TRIGGER_MODE);
        break;
      default:
        mode(DockerfileLexer.TEXT_MODE);
        break;
    }
  }

  /** EXEC_MODE when the rest of the logical line is a JSON array, {@code otherwise} if not. */
  private int jsonOr(int i, int otherwise) {
    if (cps[i] != '[') {
      return otherwise;
    }
    String rest = LogicalText.of(cps, i, LogicalText.lineEnd(cps, i), escape).text;
    switch (GoJson.classify(rest)) {
      case FLAT_ARRAY:
        execForm = true;
        return DockerfileLexer.EXEC_MODE;
      case NESTED_ARRAY:
        execForm = true;
        nestedJson = true;
        return DockerfileLexer.TEXT_MODE;
      default:
        return otherwise;
    }
  }

  private void onNewline() {
    mode(DockerfileLexer.DEFAULT_MODE);
    InstructionKind heredocKind = outerKind == InstructionKind.ONBUILD ? argsKind : outerKind;
    if (!heredocKind.takesHeredocs() || execForm) {
      return;
    }
    int lineEnd = _tokenStartCharIndex;
    if (!twoLessThan(instructionStart, lineEnd)) {
      return; // no "<<" can be in the joined line: markers never stand for '<'
    }
    LogicalText line = LogicalText.of(cps, instructionStart, lineEnd, escape);
    if (!line.text.contains("<<")) {
      return;
    }
    List<Heredocs.Operator> ops;
    ShellSyntaxException error = null;
    try {
      ops = Heredocs.fromLine(line.text);
    } catch (ShellSyntaxException e) {
      ops = List.of();
      error = e;
    }
    heredocScans.put(instructionStart, new HeredocScan(ops, line.text, instructionStart, error));
    if (!ops.isEmpty()) {
      pendingHeredocs.addAll(ops);
      mode(DockerfileLexer.HEREDOC_MODE);
    }
  }

  /** True when at least two code points of {@code [from, to)} are {@code <}. */
  private boolean twoLessThan(int from, int to) {
    if (lessThans == null) {
      int count = 0;
      for (int c : cps) {
        count += c == '<' ? 1 : 0;
      }
      lessThans = new int[count];
      for (int i = 0, k = 0; k < count; i++) {
        if (cps[i] == '<') {
          lessThans[k++] = i;
        }
      }
    }
    int k = java.util.Arrays.binarySearch(lessThans, from);
    k = k >= 0 ? k : -k - 1; // the first '<' at or after from
    return k + 1 < lessThans.length && lessThans[k + 1] < to;
  }

  private void onHeredocLine() {
    Heredocs.Operator current = pendingHeredocs.peek();
    if (current == null) {
      mode(DockerfileLexer.DEFAULT_MODE);
      return;
    }
    int s = _tokenStartCharIndex;
    int e = _input.index();
    while (e > s && EscapeMarker.isNewline(cps[e - 1])) {
      e--;
    }
    if (current.chomp()) {
      while (s < e && cps[s] == '\t') {
        s++;
      }
    }
    if (equalsUnmarked(s, e, current.name())) {
      _type = DockerfileLexer.HEREDOC_END;
      pendingHeredocs.poll();
      if (pendingHeredocs.isEmpty()) {
        mode(DockerfileLexer.DEFAULT_MODE);
      }
    }
  }

  private boolean equalsUnmarked(int s, int e, String name) {
    int k = 0;
    for (int i = s; i < e; i++) {
      if (k >= name.length()) {
        return false;
      }
      int c = EscapeMarker.unmark(cps[i], escape);
      int n = name.codePointAt(k);
      if (c != n) {
        return false;
      }
      k += Character.charCount(n);
    }
    return k == name.length();
  }

  /** The kind of an instruction keyword token type, the reverse of {@link #tokenType}. */
  static InstructionKind kindOf(int tokenType) {
    return tokenType >= DockerfileLexer.FROM && tokenType < DockerfileLexer.UNKNOWN_INSTRUCTION
        ? TOKEN_KINDS[tokenType - DockerfileLexer.FROM]
        : InstructionKind.UNKNOWN;
  }

  private static final InstructionKind[] TOKEN_KINDS = tokenKinds();

  private static InstructionKind[] tokenKinds() {
    InstructionKind[] out =
        new InstructionKind[DockerfileLexer.UNKNOWN_INSTRUCTION - DockerfileLexer.FROM];
    for (InstructionKind k : InstructionKind.values()) {
      if (k != InstructionKind.UNKNOWN) {
        out[tokenType(k) - DockerfileLexer.FROM] = k;
      }
    }
    return out;
  }

  private static int tokenType(InstructionKind kind) {
    switch (kind) {
      case ADD:
        return DockerfileLexer.ADD;
      case ARG:
        return DockerfileLexer.ARG;
      case CMD:
        return DockerfileLexer.CMD;
      case COPY:
        return DockerfileLexer.COPY;
      case ENTRYPOINT:
        return DockerfileLexer.ENTRYPOINT;
      case ENV:
        return DockerfileLexer.ENV;
      case EXPOSE:
        return DockerfileLexer.EXPOSE;
      case FROM:
        return DockerfileLexer.FROM;
      case HEALTHCHECK:
        return DockerfileLexer.HEALTHCHECK;
      case LABEL:
        return DockerfileLexer.LABEL;
      case MAINTAINER:
        return DockerfileLexer.MAINTAINER;
      case ONBUILD:
        return DockerfileLexer.ONBUILD;
      case RUN:
        return DockerfileLexer.RUN;
      case SHELL:
        return DockerfileLexer.SHELL;
      case STOPSIGNAL:
        return DockerfileLexer.STOPSIGNAL;
      case USER:
        return DockerfileLexer.USER;
      case VOLUME:
        return DockerfileLexer.VOLUME;
      case WORKDIR:
        return DockerfileLexer.WORKDIR;
      default:
        return DockerfileLexer.UNKNOWN_INSTRUCTION;
    }
  }
}
