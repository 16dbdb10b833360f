package dev.berth.dockerfile.context;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths inside a build context, written with {@code /} as Dockerfiles and ignore files write them.
 */
public final class ContextPaths {
  private ContextPaths() {}

  /**
   * Go's {@code path.Clean}: drops empty and {@code .} elements and resolves {@code ..} where it
   * can; {@code ..} at the root of a rooted path is dropped. The empty path is {@code .}.
   */
  public static String clean(String path) {
    boolean rooted = path.startsWith("/");
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      String part = path.substring(start, end);
      start = end + 1;
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!rooted) {
          out.add(part);
        }
        continue;
      }
      out.add(part);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * A COPY or ADD source as the path it names in the context: sources are relative to the context
   * root whether or not they start with {@code /}, and {@code ..} cannot climb above it. The root
   * itself is {@code .}.
   */
  public static String inContext(String source) {
    String rooted = clean("/" + source);
    return rooted.equals("/") ? "." : rooted.substring(1);
  }
}
