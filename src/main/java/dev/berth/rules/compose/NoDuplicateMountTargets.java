package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Reference;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two mounts of one service onto the same container path: {@code volumes}, {@code tmpfs}, {@code
 * secrets} (default target {@code /run/secrets/NAME}) and {@code configs} (default {@code /NAME}).
 * Paths are compared cleaned ({@code /data/} is {@code /data}). Compose silently keeps only the
 * last of two same-target volumes in one file, and refuses the other clashes.
 */
@RuleInfo(
    id = "no-duplicate-mount-targets",
    name = "no-duplicate-mount-targets",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Each container path is mounted only once per service.")
public final class NoDuplicateMountTargets implements ComposeRule {
  /** A mount: where it is written, its cleaned container path, the key it is under. */
  private record Target(SpannedText at, String path, String key) {}

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      List<Target> targets = new ArrayList<>();
      for (VolumeMount m : s.volumes()) {
        m.target().ifPresent(t -> targets.add(new Target(t, t.value(), "volumes")));
      }
      for (SpannedText t : s.strings("tmpfs")) {
        int colon = t.value().indexOf(':');
        targets.add(new Target(t, colon < 0 ? t.value() : t.value().substring(0, colon), "tmpfs"));
      }
      for (Reference r : s.secrets()) {
        String target = r.target().map(SpannedText::value).orElse(r.source().value());
        String path = target.startsWith("/") ? target : "/run/secrets/" + target;
        targets.add(new Target(r.target().orElse(r.source()), path, "secrets"));
      }
      for (Reference r : s.configs()) {
        String path = r.target().map(SpannedText::value).orElse("/" + r.source().value());
        targets.add(new Target(r.target().orElse(r.source()), path, "configs"));
      }
      targets.sort(Comparator.comparing(t -> t.at().span()));
      Map<String, SpannedText> seen = new HashMap<>();
      for (Target t : targets) {
        add(ctx, s, seen, t);
      }
    }
  }

  private static void add(ComposeContext ctx, Service s, Map<String, SpannedText> seen, Target t) {
    if (t.path().isEmpty()
        || t.path().contains("$")
        || ctx.project().hasUnsetVariable(t.at().span())) {
      return;
    }
    String clean = clean(t.path());
    SpannedText first = seen.putIfAbsent(clean, t.at());
    if (first == null) {
      return;
    }
    ctx.report(
        t.at().span(),
        "service '"
            + s.name().value()
            + "' mounts "
            + clean
            + " again in "
            + t.key()
            + " (it is already mounted at line "
            + References.line(ctx, first.span())
            + "); Compose keeps only one of them or refuses the file: mount each path once");
  }

  /** The path as Go's {@code path.Clean} writes it. */
  static String clean(String path) {
    // most paths are clean already: no need to split them
    return isClean(path) ? path : cleanBySegments(path);
  }

  /**
   * Whether {@link #clean} gives the path back as it is: not empty, no empty, {@code .} or {@code
   * ..} segment, no {@code /} at the end unless it is the root.
   */
  static boolean isClean(String path) {
    if (path.equals("/")) {
      return true;
    }
    if (path.isEmpty() || path.endsWith("/")) {
      return false;
    }
    int start = path.startsWith("/") ? 1 : 0;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      int length = end - start;
      if (length == 0) {
        return false; // an empty segment: "//"
      }
      if (path.charAt(start) == '.'
          && (length == 1 || length == 2 && path.charAt(start + 1) == '.')) {
        return false; // "." or ".."
      }
      start = end + 1;
    }
    return true;
  }

  /** {@link #clean} by splitting the path into segments and joining what remains. */
  static String cleanBySegments(String path) {
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(p);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
