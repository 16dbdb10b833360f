package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Build;
import dev.berth.compose.model.EnvFile;
import dev.berth.compose.model.ListOrMapEntry;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import dev.berth.core.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credential written into the compose file: a credential-shaped key ({@code *PASSWORD}, {@code
 * *TOKEN}, {@code *SECRET}, {@code API_KEY}, ...) with a literal value in {@code environment} or
 * {@code build.args} or the contents of an {@code env_file}, or a user and password inside a
 * connection URL. A value given by interpolation ({@code ${DB_PASSWORD}}) is fine. Messages never
 * repeat the value.
 */
@RuleInfo(
    id = "no-hardcoded-secrets",
    name = "no-hardcoded-secrets",
    level = Level.WARNING,
    category = Category.SECURITY,
    summary = "Do not write passwords, tokens or keys into the compose file.")
public final class NoHardcodedSecrets implements ComposeRule {
  private static final Set<String> SECRET_WORDS =
      Set.of(
          "password",
          "passwd",
          "pass",
          "pwd",
          "passphrase",
          "secret",
          "token",
          "apikey",
          "credential",
          "credentials");

  /** Words that make {@code X_KEY} a secret key rather than, say, a sort key. */
  private static final Set<String> KEY_QUALIFIERS =
      Set.of(
          "api",
          "secret",
          "private",
          "access",
          "auth",
          "encryption",
          "signing",
          "master",
          "license",
          "app",
          "session",
          "jwt",
          "hmac",
          "client",
          "crypt",
          "service",
          "account");

  private static final Set<String> FLAG_VALUES =
      Set.of("true", "false", "yes", "no", "on", "off", "0", "1");

  private static final Pattern ENV_LINE =
      Pattern.compile("\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=(.*)");
  private static final long MAX_ENV_FILE_BYTES = 1 << 20;

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (ListOrMapEntry v : s.environment()) {
        check(ctx, v, s, false);
      }
      for (ListOrMapEntry v : s.build().map(Build::args).orElse(List.of())) {
        check(ctx, v, s, true);
      }
      for (EnvFile f : s.envFiles()) {
        checkEnvFile(ctx, s, f);
      }
    }
  }

  /**
   * The credentials an env_file holds, reported on its path in the compose file (its values are
   * never repeated). The file is read only when the compose file itself was read from disk, since
   * its path is relative to the compose file's folder.
   */
  private static void checkEnvFile(ComposeContext ctx, Service s, EnvFile f) {
    if (f.path().value().contains("$")) {
      return;
    }
    Optional<Path> file = ServiceNodes.besideComposeFile(ctx, f.path().value().trim());
    if (file.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, String> e : envFileEntries(file.get()).entrySet()) {
      String value = e.getValue();
      if (!value.contains("$") && literalCredential(e.getKey(), value)) {
        keys.add(e.getKey());
      } else if (urlCredentials(value)) {
        keys.add(e.getKey());
      }
    }
    if (!keys.isEmpty()) {
      ctx.report(
          ServiceNodes.at(f.node(), f.path().span()),
          "The env_file "
              + f.path().value().trim()
              + " of service '"
              + s.name().value()
              + "' holds literal credentials ("
              + String.join(", ", keys)
              + "): they reach 'docker inspect' and every copy of that file; keep it out of"
              + " version control, or move them to secrets");
    }
  }

  /** The {@code KEY=VALUE} lines of an env file, values as written without their quotes. */
  private static Map<String, String> envFileEntries(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      if (Files.size(file) > MAX_ENV_FILE_BYTES) {
        return out;
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher m = ENV_LINE.matcher(line);
        if (m.matches()) {
          out.put(m.group(1), unquote(m.group(2).strip()));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // an unreadable or non-UTF-8 env file: env-file-exists and valid-env-file say why
    }
    return out;
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.charAt(0) == '"' || v.charAt(0) == '\'')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    int comment = v.indexOf(" #");
    return comment < 0 ? v : v.substring(0, comment).strip();
  }

  /** What the value of an environment variable or build argument holds. */
  private enum Found {
    NOTHING,
    LITERAL_CREDENTIAL,
    URL_CREDENTIALS
  }

  /** Checks an environment variable of a service, or a build argument when {@code build}. */
  private void check(ComposeContext ctx, ListOrMapEntry v, Service s, boolean build) {
    Found found = found(v);
    if (found == Found.NOTHING) {
      return;
    }
    ScalarNode n = (ScalarNode) v.node();
    Span site =
        n.span().contains(v.key().span())
            ? n.site()
            : ServiceNodes.at(n, v.key().span().union(n.span()));
    String key = v.key().value().trim();
    ctx.report(
        site,
        (build
                ? "The build of service '" + s.name().value() + "' passes build argument "
                : "Service '" + s.name().value() + "' sets environment variable ")
            + key
            + (found == Found.URL_CREDENTIALS
                ? " to a URL with a literal user and password"
                : " to a literal credential")
            + ": it ends up in version control and in 'docker inspect'; take it from the"
            + " environment (${"
            + key
            + "}) or from a secret");
  }

  /** What the entry's value holds; only a scalar with a value may hold a credential. */
  private Found found(ListOrMapEntry v) {
    if (v.value().isEmpty() || !(v.node() instanceof ScalarNode n)) {
      return Found.NOTHING;
    }
    String raw = n.raw();
    if (n.span().contains(v.key().span())) {
      int eq = raw.indexOf('=');
      raw = eq < 0 ? "" : raw.substring(eq + 1);
    }
    if (raw.replace("$$", "").contains("$")) {
      return urlCredentials(raw) ? Found.URL_CREDENTIALS : Found.NOTHING;
    }
    String value = v.value().get().value().trim();
    if (value.isEmpty()) {
      return Found.NOTHING;
    }
    if (literalCredential(v.key().value().trim(), value)) {
      return Found.LITERAL_CREDENTIAL;
    }
    return urlCredentials(value) ? Found.URL_CREDENTIALS : Found.NOTHING;
  }

  /** True for a credential-shaped key whose literal value is neither a flag nor a secret's path. */
  private static boolean literalCredential(String key, String value) {
    return !value.isEmpty()
        && credentialKey(key)
        && !FLAG_VALUES.contains(value.toLowerCase(Locale.ROOT))
        && !value.startsWith("/run/secrets/");
  }

  /**
   * True when a URL in the text carries a password that is not a variable: {@code
   * scheme://[user]:password@host}.
   */
  static boolean urlCredentials(String text) {
    for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
      int colon = at + 3;
      while (colon < text.length() && !stopsUser(text.charAt(colon))) {
        colon++;
      }
      if (colon >= text.length() || text.charAt(colon) != ':') {
        continue;
      }
      int end = colon + 1;
      while (end < text.length() && !stopsPassword(text.charAt(end))) {
        end++;
      }
      int dollar = text.indexOf('$', colon);
      boolean variable = dollar >= 0 && dollar < end;
      if (end < text.length() && text.charAt(end) == '@' && end > colon + 1 && !variable) {
        return true;
      }
    }
    return false;
  }

  private static boolean stopsUser(char c) {
    return c == ':' || c == '/' || c == '@' || Character.isWhitespace(c);
  }

  private static boolean stopsPassword(char c) {
    return c == '@' || c == '/' || Character.isWhitespace(c);
  }

  /**
   * The words of a variable name, lower-cased: split at runs of {@code _ - .} and where an ASCII
   * capital follows an ASCII lower-case letter or digit ({@code dbPassword}), blanks around the
   * name trimmed. Written out instead of splitting at {@code [_\-.]+|(?<=[a-z0-9])(?=[A-Z])}, which
   * it equals, since it runs on every variable of every file.
   */
  static List<String> words(String key) {
    String s = key.trim();
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_' || c == '-' || c == '.') {
        addWord(s, start, i, words);
        start = i + 1;
      } else if (c >= 'A' && c <= 'Z' && i > 0 && lowerOrDigit(s.charAt(i - 1))) {
        addWord(s, start, i, words);
        start = i;
      }
    }
    addWord(s, start, s.length(), words);
    return words;
  }

  private static boolean lowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static void addWord(String s, int start, int end, List<String> words) {
    if (end > start) {
      words.add(s.substring(start, end).toLowerCase(Locale.ROOT));
    }
  }

  /** True for a variable name that holds a credential. */
  static boolean credentialKey(String key) {
    List<String> words = words(key);
    if (words.isEmpty() || words.contains("public")) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if (words.size() == 1) {
      return SECRET_WORDS.contains(last) && !last.equals("pwd") && !last.equals("pass");
    }
    if (SECRET_WORDS.contains(last)) {
      return true;
    }
    String before = words.get(words.size() - 2);
    if (last.equals("key")) {
      return KEY_QUALIFIERS.contains(before);
    }
    return last.equals("base") && before.equals("key") && words.contains("secret");
  }
}
