package dev.berth.compose.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns JSON pointers into the paths users know: {@code services.web.ports[0]}. */
final class SchemaPaths {
  private SchemaPaths() {}

  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  /** The decoded segments of a pointer such as {@code #/services/web}. */
  static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    String p = pointer.startsWith("#") ? pointer.substring(1) : pointer;
    if (p.isEmpty()) {
      return out;
    }
    for (String s : p.substring(1).split("/", -1)) {
      out.add(JsonView.unescape(s));
    }
    return out;
  }

  /**
   * The display path of a pointer; list indices are segments whose parent value is a list. {@code
   * view} tells which is which.
   */
  static String display(String pointer, JsonView view) {
    List<String> segments = segments(pointer);
    if (segments.isEmpty()) {
      return "the top level";
    }
    StringBuilder sb = new StringBuilder();
    StringBuilder prefix = new StringBuilder("#");
    for (String s : segments) {
      JsonView.Located parent = view.at(prefix.toString());
      boolean index = parent != null && parent.json() instanceof org.json.JSONArray;
      if (index) {
        sb.append('[').append(s).append(']');
      } else if (SIMPLE_KEY.matcher(s).matches()) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s);
      } else {
        sb.append("[\"").append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      }
      prefix.append('/').append(JsonView.escape(s));
    }
    return sb.toString();
  }

  /** The pointer of the parent value. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "#" : pointer.substring(0, slash);
  }

  /** The last segment, decoded; empty for the root. */
  static String last(String pointer) {
    List<String> s = segments(pointer);
    return s.isEmpty() ? "" : s.get(s.size() - 1);
  }
}
