package dev.berth.docs;

import dev.berth.api.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rule documents under {@code rules/}, shipped in the jar under {@code berth-rules/}. A
 * document holds prose and examples only; the title, level and suppression help are made from the
 * rule's metadata.
 */
public final class RuleDocs {
  private RuleDocs() {}

  /** Base URL of the rule documents, for SARIF help links and the CLI. */
  public static final String BASE_URL = "https://github.com/berth-lint/berth/blob/main/rules/";

  /** The document body of a rule, when it exists. */
  public static Optional<String> body(RuleMeta meta) {
    try (InputStream in = RuleDocs.class.getResourceAsStream("/berth-rules/" + meta.docPath())) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public static String url(RuleMeta meta) {
    return BASE_URL + meta.docPath();
  }

  /** The full text {@code berth explain} prints: header, body, how to suppress. */
  public static String explain(RuleMeta meta) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(meta.id()).append(" — ").append(meta.name()).append("\n\n");
    sb.append(meta.summary()).append("\n\n");
    sb.append("- Level: ").append(meta.level().id()).append('\n');
    sb.append("- Category: ").append(meta.category().id()).append('\n');
    sb.append("- Applies to: ").append(meta.family().dir()).append(" files\n");
    sb.append("- Fixable: ")
        .append(meta.fix().name().toLowerCase(java.util.Locale.ROOT))
        .append('\n');
    sb.append("- On by default: ").append(meta.enabledByDefault() ? "yes" : "no").append('\n');
    if (!meta.aliases().isEmpty()) {
      sb.append("- Also known as: ").append(String.join(", ", meta.aliases())).append('\n');
    }
    sb.append('\n');
    body(meta).ifPresent(b -> sb.append(b.strip()).append("\n\n"));
    sb.append(suppression(meta));
    return sb.toString();
  }

  /** The "how to suppress" section, the same for every rule of a family. */
  public static String suppression(RuleMeta meta) {
    String id = meta.id();
    StringBuilder sb = new StringBuilder("## How to suppress\n\n");
    switch (meta.family()) {
      case DOCKERFILE:
        sb.append("On the line before the instruction: `# berth ignore=")
            .append(id)
            .append(" reason` (or `# hadolint ignore=")
            .append(id)
            .append("`). For the whole file: `# hadolint global ignore=")
            .append(id)
            .append("`. For a stage: `# hadolint stage ignore=")
            .append(id)
            .append("` before its FROM. Everywhere: `ignored: [")
            .append(id)
            .append("]` in `.berth.yaml`, or `--ignore ")
            .append(id)
            .append("`.\n");
        break;
      case COMPOSE:
      case PROJECT:
      default:
        sb.append("On the line before, or at the end of, the offending line: `# berth ignore=")
            .append(id)
            .append(" reason`. For the whole file: `# berth ignore-file=")
            .append(id)
            .append("` before the first key. Everywhere: `ignored: [")
            .append(id)
            .append("]` in `.berth.yaml`, or `--ignore ")
            .append(id)
            .append("`.\n");
        break;
    }
    return sb.toString();
  }
}
