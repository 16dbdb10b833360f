package dev.berth.compose.parser;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Turns snakeyaml's exceptions into {@code invalid-yaml} problems at the position it reports. */
final class SyntaxErrors {
  private SyntaxErrors() {}

  static Problem of(SourceSpans spans, YamlEngineException e) {
    if (e instanceof MarkedYamlEngineException m) {
      return marked(spans, m);
    }
    if (e instanceof ReaderException r) {
      int offset = spans.offset(r.getPosition());
      String what =
          r.getCodePoint() < 0x20 || r.getCodePoint() == 0x7f
              ? String.format("the control character U+%04X", r.getCodePoint())
              : String.format("the character U+%04X", r.getCodePoint());
      return new Problem(
          ComposeProblemCodes.INVALID_YAML,
          Level.ERROR,
          spans.charAt(offset),
          "YAML does not allow " + what + " in a file; remove it (is this a binary file?).");
    }
    return new Problem(
        ComposeProblemCodes.INVALID_YAML,
        Level.ERROR,
        spans.charAt(0),
        "YAML syntax error: " + e.getMessage());
  }

  private static Problem marked(SourceSpans spans, MarkedYamlEngineException e) {
    Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
    int offset = spans.offset(at);
    String problem = tidy(e.getProblem() == null ? "" : e.getProblem());
    StringBuilder msg = new StringBuilder("YAML syntax error: ").append(problem);
    String context = e.getContext();
    if (context != null && !context.isBlank() && e.getContextMark().isPresent()) {
      int line = spans.source().line(spans.offset(e.getContextMark()));
      msg.append(" (")
          .append(context.trim())
          .append(" that starts at line ")
          .append(line)
          .append(')');
    }
    msg.append('.').append(hint(problem, context));
    return new Problem(
        ComposeProblemCodes.INVALID_YAML, Level.ERROR, spans.charAt(offset), msg.toString());
  }

  /** snakeyaml's problem text without its own tab advice and trailing period. */
  private static String tidy(String problem) {
    String p =
        problem
            .replace(". (Do not use \\t(TAB) for indentation)", "")
            .replace("'\\t(TAB)'", "a tab")
            .trim();
    while (p.endsWith(".")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static String hint(String problem, String context) {
    String p = problem.toLowerCase(Locale.ROOT);
    String c = context == null ? "" : context.toLowerCase(Locale.ROOT);
    if (p.contains("a tab")) {
      return " Indent with spaces: YAML does not allow tabs for indentation.";
    }
    if (p.contains("mapping values are not allowed")) {
      return " Check the indentation of this line, or quote a value that contains \": \".";
    }
    if (p.contains("end of stream") && c.contains("quoted scalar")) {
      return " Add the closing quote.";
    }
    if (p.contains("could not find expected ':'")) {
      return " A key needs \": \" after it; check the indentation and the quotes.";
    }
    if (p.contains("expected <block end>")) {
      return " Check the indentation: this line does not line up with the lines before it.";
    }
    if (p.contains("found undefined tag handle")) {
      return " Quote the value if the `!` is meant as text.";
    }
    if (p.contains("found character '@'") || p.contains("found character '`'")) {
      return " Quote values that start with @ or `.";
    }
    return " Fix the syntax here; Compose cannot read the file until then.";
  }
}
