package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Label;
import java.util.List;
import java.util.Optional;

/**
 * Docker's label key format: lower-case letters, digits, {@code .}, {@code -}, {@code _} and {@code
 * /}; starting with a letter and ending with a letter or digit; no {@code ..} or {@code --}; the
 * {@code com.docker.}, {@code io.docker.} and {@code org.dockerproject.} namespaces are Docker's
 * own. Keys with variables are not judged. ONBUILD LABELs are checked too.
 */
@RuleInfo(
    id = "DL3048",
    name = "invalid-label-key",
    level = Level.STYLE,
    category = Category.STYLE,
    summary = "Write label keys in Docker's format (lower case, reverse-DNS).")
public final class InvalidLabelKey implements DockerfileRule {
  private static final List<String> RESERVED =
      List.of("com.docker.", "io.docker.", "org.dockerproject.");

  @Override
  public void check(DockerfileContext ctx) {
    for (Label l : ctx.model().instructionsWithTriggers(Label.class)) {
      for (KeyValue kv : l.pairs()) {
        String key = Values.unquoted(kv.key().text());
        if (key.indexOf('$') >= 0) {
          continue;
        }
        problem(key)
            .ifPresent(
                p ->
                    ctx.report(
                        kv.key().span(),
                        "Label key '" + key + "' " + p + "; write keys such as com.example.name"));
      }
    }
  }

  static Optional<String> problem(String key) {
    if (key.isEmpty()) {
      return Optional.of("is empty");
    }
    for (String r : RESERVED) {
      if (key.startsWith(r)) {
        return Optional.of("is in the namespace " + r + " that Docker reserves");
      }
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || ".-_/".indexOf(c) >= 0)) {
        return Optional.of(
            c >= 'A' && c <= 'Z'
                ? "has upper-case letters"
                : "has '" + c + "', which label keys cannot hold");
      }
    }
    if (!(key.charAt(0) >= 'a' && key.charAt(0) <= 'z')) {
      return Optional.of("does not start with a lower-case letter");
    }
    char last = key.charAt(key.length() - 1);
    if (!(last >= 'a' && last <= 'z' || last >= '0' && last <= '9')) {
      return Optional.of("does not end with a letter or digit");
    }
    if (key.contains("..") || key.contains("--")) {
      return Optional.of("has '..' or '--'");
    }
    return Optional.empty();
  }
}
