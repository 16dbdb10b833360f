package dev.berth.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Builds compose-like YAML from a fuzzer's choices: nested block and flow collections under
 * Compose's own keys, anchors, aliases (also to anchors not yet defined, or to themselves), merge
 * keys with one or several aliases, tags such as {@code !reset} and {@code !override}, every scalar
 * style, interpolation, duplicate keys, several documents and suppression comments.
 */
final class ComposeGen {
  private ComposeGen() {}

  private static final String[] TOP_KEYS = {
    "services",
    "networks",
    "volumes",
    "configs",
    "secrets",
    "name",
    "version",
    "include",
    "models",
    "x-base",
    "x-common",
    "web",
    "services"
  };

  private static final String[] KEYS = {
    "web",
    "db",
    "image",
    "build",
    "context",
    "dockerfile",
    "command",
    "entrypoint",
    "environment",
    "env_file",
    "ports",
    "expose",
    "volumes",
    "networks",
    "depends_on",
    "condition",
    "healthcheck",
    "test",
    "interval",
    "deploy",
    "resources",
    "limits",
    "cpus",
    "memory",
    "restart",
    "labels",
    "target",
    "published",
    "protocol",
    "mode",
    "type",
    "source",
    "read_only",
    "extends",
    "service",
    "file",
    "profiles",
    "ulimits",
    "nofile",
    "soft",
    "hard",
    "x-ext",
    "container_name",
    "user",
    "working_dir",
    "develop",
    "watch",
    "action",
    "path",
    "external",
    "driver",
    "ipam",
    "config",
    "aliases",
    "secrets",
    "configs",
    "models",
    "sysctls",
    "tmpfs",
    "extra_hosts",
    "dns",
    "<<",
    "? complex",
    "\"quoted key\"",
    "'k'",
    "1",
    "true",
    "null",
    ""
  };

  private static final String[] SCALARS = {
    "nginx:1.25",
    "postgres",
    "80:80",
    "\"8080:80\"",
    "127.0.0.1:53:53/udp",
    "3000-3005",
    "./data:/data",
    "data:/var/lib:ro",
    "${IMAGE}",
    "${TAG:-latest}",
    "${REQ:?need it}",
    "${A:+x}",
    "${A-${B-c}}",
    "$$literal",
    "${",
    "${}",
    "${1A}",
    "${A/x/y}",
    "$A$B",
    "\"${UNCLOSED\"",
    "always",
    "no",
    "on-failure:3",
    "unless-stopped",
    "true",
    "false",
    "yes",
    "no",
    "on",
    "off",
    "~",
    "null",
    "0",
    "0440",
    "0o17",
    "0x1F",
    "1e3",
    ".inf",
    "-.NaN",
    "1.5",
    "-1",
    "12345678901234567890",
    "\"\"",
    "''",
    "'it''s'",
    "\"esc \\n \\t \\u00e9 \\x41\"",
    "\"bad \\q\"",
    "|\n  line\n  two",
    ">-\n  folded",
    "|+\n",
    "CMD-SHELL",
    "[\"CMD\", \"true\"]",
    "{a: 1}",
    "[]",
    "{}",
    "!!str 5",
    "!!int x",
    "!!binary aGk=",
    "!reset null",
    "!override [a]",
    "!custom x",
    "2s",
    "1m30s",
    "512M",
    "0.5",
    "é",
    "日本",
    "😀",
    "a: b",
    "- x",
    "# not",
    "key=value",
    "KEY",
    "*undefined",
    "&",
    "*",
    "@",
    "`",
    "%",
    "!",
    "a\tb"
  };

  private static final String[] COMMENTS = {
    "# dclint disable-line",
    "# dclint disable-next-line service-image-require-explicit-tag",
    "# dclint disable-file",
    "# dclint disable no-duplicate-keys",
    "# dclint enable",
    "# berth ignore=no-duplicate-keys",
    "# berth ignore=invalid-schema -- ok",
    "# berth ignore-file=no-undefined-variables",
    "# berth ignore=",
    "# berth ignore=no-such-rule",
    "# comment"
  };

  /** A whole file. */
  static String compose(FuzzedDataProvider d) {
    StringBuilder out = new StringBuilder();
    Context c = new Context(d);
    if (d.consumeInt(0, 7) == 0) {
      out.append(d.consumeBoolean() ? "%YAML 1.2\n---\n" : "---\n");
    }
    int top = d.consumeInt(0, 5);
    for (int i = 0; i < top && d.remainingBytes() > 0; i++) {
      line(c, out, "", pick(d, TOP_KEYS), 0);
    }
    if (d.consumeInt(0, 9) == 0) {
      out.append(d.consumeBoolean() ? "---\n" : "...\n");
      line(c, out, "", pick(d, TOP_KEYS), 0);
    }
    if (d.consumeBoolean()) {
      out.append(d.consumeString(30));
    }
    return out.toString();
  }

  private static final class Context {
    final FuzzedDataProvider d;
    int anchors;

    Context(FuzzedDataProvider d) {
      this.d = d;
    }
  }

  /** One {@code key: value} line (and what nests under it) at {@code indent}. */
  private static void line(Context c, StringBuilder out, String indent, String key, int depth) {
    FuzzedDataProvider d = c.d;
    if (d.consumeInt(0, 8) == 0) {
      out.append(indent).append(pick(d, COMMENTS)).append('\n');
    }
    if (d.consumeInt(0, 9) == 0) {
      out.append(indent).append("<<: ").append(mergeValue(c)).append('\n');
      return;
    }
    out.append(indent).append(key).append(':');
    value(c, out, indent, depth);
  }

  private static String mergeValue(Context c) {
    FuzzedDataProvider d = c.d;
    switch (d.consumeInt(0, 3)) {
      case 0:
        return "[" + alias(c) + ", " + alias(c) + "]";
      case 1:
        return "{a: 1, b: [x]}";
      case 2:
        return pick(d, SCALARS);
      default:
        return alias(c);
    }
  }

  private static String alias(Context c) {
    return "*a" + c.d.consumeInt(0, Math.max(0, c.anchors));
  }

  /** The rest of a line after {@code key:}: a scalar, a flow collection, or a nested block. */
  private static void value(Context c, StringBuilder out, String indent, int depth) {
    FuzzedDataProvider d = c.d;
    String props = "";
    if (d.consumeInt(0, 5) == 0) {
      props += " &a" + (++c.anchors);
    }
    if (d.consumeInt(0, 11) == 0) {
      props += " " + d.pickValue(new String[] {"!reset", "!override", "!!map", "!!str", "!x"});
    }
    int choice = depth >= 6 ? 0 : d.consumeInt(0, 6);
    String inner = indent + (d.consumeInt(0, 9) == 0 ? " " : "  ");
    switch (choice) {
      case 0:
      case 1:
        out.append(props).append(' ').append(scalar(c)).append(trailing(d)).append('\n');
        break;
      case 2:
        out.append(props).append(' ').append(flow(c, depth)).append('\n');
        break;
      case 3:
        {
          out.append(props).append('\n');
          int items = d.consumeInt(0, 4);
          for (int i = 0; i < items && d.remainingBytes() > 0; i++) {
            if (d.consumeBoolean()) {
              out.append(inner).append("- ").append(scalar(c)).append('\n');
            } else {
              out.append(inner).append("-");
              value(c, out, inner, depth + 1);
            }
          }
          break;
        }
      case 4:
        out.append(props).append(' ').append(alias(c)).append('\n');
        break;
      default:
        {
          out.append(props).append('\n');
          int entries = d.consumeInt(0, 5);
          for (int i = 0; i < entries && d.remainingBytes() > 0; i++) {
            line(c, out, inner, pick(d, KEYS), depth + 1);
          }
          break;
        }
    }
  }

  private static String flow(Context c, int depth) {
    FuzzedDataProvider d = c.d;
    boolean map = d.consumeBoolean();
    StringBuilder s = new StringBuilder(map ? "{" : "[");
    int n = d.consumeInt(0, 4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(d.consumeInt(0, 9) == 0 ? " " : ", ");
      }
      if (map) {
        s.append(pick(d, KEYS)).append(": ");
      }
      s.append(depth < 6 && d.consumeInt(0, 4) == 0 ? flow(c, depth + 1) : flowScalar(c));
    }
    if (d.consumeInt(0, 11) != 0) {
      s.append(map ? "}" : "]");
    }
    return s.toString();
  }

  private static String flowScalar(Context c) {
    FuzzedDataProvider d = c.d;
    switch (d.consumeInt(0, 5)) {
      case 0:
        return alias(c);
      case 1:
        return "\"" + d.consumeString(8).replace("\"", "") + "\"";
      default:
        return pick(d, SCALARS).replace("\n", " ");
    }
  }

  private static String scalar(Context c) {
    FuzzedDataProvider d = c.d;
    switch (d.consumeInt(0, 7)) {
      case 0:
        return d.consumeString(16).replace("\n", "\n ");
      case 1:
        return "\"" + d.consumeString(16).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      default:
        return pick(d, SCALARS);
    }
  }

  private static String trailing(FuzzedDataProvider d) {
    return d.consumeInt(0, 7) == 0 ? "  " + pick(d, COMMENTS) : "";
  }

  private static String pick(FuzzedDataProvider d, String[] values) {
    return values[d.consumeInt(0, values.length - 1)];
  }
}
