package dev.berth.compose.parser;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarStyle;
import dev.berth.compose.model.ScalarText;
import dev.berth.compose.model.ScalarType;
import dev.berth.compose.model.YamlScalars;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Builds scalar nodes from parser events: span, style, explicit tag, the type Compose gives the
 * scalar, and for string values the interpolated value, with interpolation problems placed at the
 * exact characters of the expression.
 */
final class ScalarFactory {
  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

  private final SourceSpans spans;
  private final boolean interpolate;
  private final Map<String, String> environment;
  private final List<Problem> problems;

  ScalarFactory(SourceSpans spans, ComposeLoadOptions options, List<Problem> problems) {
    this.spans = spans;
    this.interpolate = options.interpolate();
    this.environment = options.environment();
    this.problems = problems;
  }

  /** Shortens the core YAML tags to their {@code !!} form; other tags stay as written. */
  static Optional<String> tag(Optional<String> tag) {
    return tag.map(
        t -> t.startsWith(CORE_TAG_PREFIX) ? "!!" + t.substring(CORE_TAG_PREFIX.length()) : t);
  }

  ScalarNode scalar(ScalarEvent e, boolean isKey) {
    int start = spans.start(e);
    int end = Math.max(start, spans.end(e));
    Optional<String> tag = tag(e.getTag());
    ScalarStyle style = style(e);
    int contentStart = start;
    if (e.getAnchor().isPresent() || e.getTag().isPresent()) {
      int after = spans.afterProperties(start, end);
      if (after < end) {
        contentStart = after;
      }
    }
    int contentEnd = end;
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      contentEnd = spans.trimEnd(contentStart, end);
    }
    Span span = new Span(contentStart, contentEnd);
    String raw = e.getValue();
    ScalarType type = YamlScalars.resolve(raw, style, tag);
    String value = raw;
    if (interpolate && !isKey && type == ScalarType.STRING && raw.indexOf('$') >= 0) {
      InterpolationResult result = Interpolation.substitute(raw, environment);
      value = result.value();
      if (!result.issues().isEmpty()) {
        IssueLocator locator = new IssueLocator(span, contentStart, end, style, raw);
        for (InterpolationIssue issue : result.issues()) {
          problems.add(problem(issue, locator.span(issue)));
        }
      }
    }
    return new ScalarNode(span, raw, value, style, type, tag, Optional.empty());
  }

  private static Problem problem(InterpolationIssue issue, Span span) {
    String code;
    Level level;
    switch (issue.kind()) {
      case SYNTAX:
        code = ComposeProblemCodes.VALID_INTERPOLATION;
        level = Level.ERROR;
        break;
      case REQUIRED_VARIABLE_MISSING:
        code = ComposeProblemCodes.NO_MISSING_REQUIRED_VARIABLE;
        level = Level.ERROR;
        break;
      default:
        code = ComposeProblemCodes.NO_UNDEFINED_VARIABLES;
        level = Level.WARNING;
        break;
    }
    return new Problem(code, level, span, issue.message());
  }

  /**
   * Places the issues of one scalar: its source map and the byte offset of each char of its source
   * text are computed once, so a value with many issues costs linear time.
   */
  private final class IssueLocator {
    private final Span scalar;
    private final Optional<ScalarSourceMap> map;

    /** Byte offset of each char of the source text, plus the end. */
    private final int[] offsets;

    IssueLocator(Span scalar, int regionStart, int regionEnd, ScalarStyle style, String raw) {
      this.scalar = scalar;
      String region = spans.text(regionStart, regionEnd);
      this.map = ScalarSourceMap.build(region, style, raw);
      this.offsets = ScalarText.byteOffsets(region, regionStart);
    }

    /** The exact characters of the expression, or the scalar's span when they cannot be found. */
    Span span(InterpolationIssue issue) {
      if (map.isEmpty()) {
        return scalar;
      }
      int from = map.get().sourceStart(issue.start());
      int to = map.get().sourceEnd(issue.end());
      if (to < from || to >= offsets.length) {
        return scalar;
      }
      int start = offsets[from];
      int end = offsets[to];
      if (start < scalar.end()) {
        end = Math.min(end, scalar.end());
      }
      return new Span(start, Math.max(start, end));
    }
  }

  private static ScalarStyle style(ScalarEvent e) {
    switch (e.getScalarStyle()) {
      case SINGLE_QUOTED:
        return ScalarStyle.SINGLE_QUOTED;
      case DOUBLE_QUOTED:
        return ScalarStyle.DOUBLE_QUOTED;
      case LITERAL:
        return ScalarStyle.LITERAL;
      case FOLDED:
        return ScalarStyle.FOLDED;
      default:
        return ScalarStyle.PLAIN;
    }
  }
}
