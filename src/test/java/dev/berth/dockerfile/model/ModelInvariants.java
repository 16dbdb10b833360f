package dev.berth.dockerfile.model;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the promises the Dockerfile model makes about spans, for any parsed file: every piece's
 * span holds exactly its raw text, spans lie inside the file and every piece inside its
 * instruction, instructions are in order and do not overlap, and every byte outside instructions is
 * whitespace or part of a comment or directive.
 */
public final class ModelInvariants {
  private ModelInvariants() {}

  /** The violations found; empty when the model keeps its promises. */
  public static List<String> check(Dockerfile df) {
    List<String> out = new ArrayList<>();
    SourceText src = df.source();
    for (Instruction i : df.instructions()) {
      walk(i, src, out, 0);
      within(i, i.span(), out, 0);
    }
    int prevEnd = 0;
    for (Instruction i : df.instructions()) {
      if (i.span().start() < prevEnd) {
        out.add("instruction at " + i.span() + " overlaps the previous one (ends " + prevEnd + ")");
      }
      prevEnd = i.span().end();
    }
    boolean[] covered = new boolean[src.length()];
    for (int k = 0; k < src.bomLength(); k++) {
      covered[k] = true;
    }
    for (Instruction i : df.instructions()) {
      mark(covered, i.span());
    }
    for (Comment c : df.comments()) {
      mark(covered, c.span());
    }
    for (Directive d : df.directives()) {
      mark(covered, d.span());
    }
    for (int k = 0; k < covered.length; k++) {
      if (!covered[k]) {
        int cp = src.codePointIndex(k);
        int c = src.text().codePointAt(src.text().offsetByCodePoints(0, cp));
        if (!dev.berth.core.GoText.isSpace(c)) {
          out.add(
              "byte "
                  + k
                  + " (line "
                  + src.position(k)
                  + ", U+"
                  + Integer.toHexString(c)
                  + ") is not covered by any span");
          break;
        }
      }
    }
    return out;
  }

  /** Every piece of an instruction (a trigger's too) lies inside the instruction's span. */
  private static void within(Object o, Span outer, List<String> out, int depth) {
    if (o == null || depth > 20) {
      return;
    }
    Span s = null;
    if (o instanceof Word w) {
      s = w.span();
    } else if (o instanceof Flag f) {
      s = f.span();
    } else if (o instanceof Keyword k) {
      s = k.span();
    } else if (o instanceof ShellForm f) {
      s = f.span();
    } else if (o instanceof ExecForm e) {
      s = e.span();
    } else if (o instanceof Heredoc h) {
      s = h.body();
    } else if (o instanceof Instruction i && depth > 0) {
      s = i.span();
    }
    if (s != null && !outer.contains(s)) {
      out.add(o.getClass().getSimpleName() + " at " + s + " lies outside its instruction " + outer);
    }
    if (o instanceof List<?> l) {
      for (Object x : l) {
        within(x, outer, out, depth + 1);
      }
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> within(x, outer, out, depth + 1));
    } else if (o instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          within(c.getAccessor().invoke(r), outer, out, depth + 1);
        } catch (ReflectiveOperationException e) {
          out.add("cannot read " + c.getName() + ": " + e);
        }
      }
    }
  }

  private static void mark(boolean[] covered, Span s) {
    for (int k = s.start(); k < s.end() && k < covered.length; k++) {
      covered[k] = true;
    }
  }

  private static void walk(Object o, SourceText src, List<String> out, int depth) {
    if (o == null || depth > 20) {
      return;
    }
    if (o instanceof Word w) {
      check(src, w.span(), w.raw(), "word '" + w.text() + "'", out);
    } else if (o instanceof Flag f) {
      check(src, f.span(), f.raw(), "flag " + f.text(), out);
    } else if (o instanceof Keyword k) {
      check(src, k.span(), k.raw(), "keyword " + k.text(), out);
    } else if (o instanceof ShellForm s) {
      check(src, s.span(), s.raw(), "shell form", out);
    } else if (o instanceof ExecForm e) {
      check(src, e.span(), e.raw(), "exec form", out);
    } else if (o instanceof Heredoc h) {
      if (!src.slice(h.body()).equals(h.content())) {
        out.add("heredoc " + h.name() + " body span " + h.body() + " does not hold its content");
      }
    }
    if (o instanceof List<?> l) {
      for (Object x : l) {
        walk(x, src, out, depth + 1);
      }
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> walk(x, src, out, depth + 1));
    } else if (o instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          walk(c.getAccessor().invoke(r), src, out, depth + 1);
        } catch (ReflectiveOperationException e) {
          out.add("cannot read " + c.getName() + ": " + e);
        }
      }
    }
  }

  private static void check(SourceText src, Span span, String raw, String what, List<String> out) {
    if (span.end() > src.length()) {
      out.add(what + ": span " + span + " beyond the end of the file (" + src.length() + ")");
      return;
    }
    String slice = src.slice(span);
    if (!slice.equals(raw)) {
      out.add(what + ": span " + span + " holds '" + slice + "' but raw is '" + raw + "'");
    }
  }
}
