package dev.berth.dockerfile.parser;

/** Ids of the rules under which the parser's problems are reported. */
public final class ProblemCodes {
  private ProblemCodes() {}

  public static final String PARSE_ERROR = "DL1000";
  public static final String EMPTY_DOCKERFILE = "EmptyDockerfile";
  public static final String INVALID_ARGUMENT_COUNT = "InvalidArgumentCount";
  public static final String KEY_VALUE_SYNTAX = "KeyValueSyntax";
  public static final String EXEC_FORM_NOT_STRINGS = "ExecFormNotStrings";
  public static final String INVALID_DIRECTIVE = "InvalidDirective";
  public static final String UNTERMINATED_HEREDOC = "UnterminatedHeredoc";
  public static final String LINE_TOO_LONG = "LineTooLong";
  public static final String NO_EMPTY_CONTINUATION = "NoEmptyContinuation";
  public static final String INVALID_UTF8 = "InvalidUtf8";
  public static final String BINARY_FILE = "BinaryFile";
  public static final String FILE_TOO_LARGE = "FileTooLarge";
}
