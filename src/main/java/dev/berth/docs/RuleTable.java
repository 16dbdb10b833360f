package dev.berth.docs;

import dev.berth.api.Family;
import dev.berth.api.Fixability;
import dev.berth.api.RuleMeta;
import java.util.List;

/** Makes {@code rules/README.md}, the index of every rule, from rule metadata. */
public final class RuleTable {
  private RuleTable() {}

  public static String markdown(List<RuleMeta> metas) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rules\n\n");
    sb.append("<!-- Generated from the rules' metadata by `berth rules --format markdown`;")
        .append(" a test fails when this file is stale. -->\n\n");
    for (Family family : Family.values()) {
      List<RuleMeta> rows = metas.stream().filter(m -> m.family() == family).toList();
      if (rows.isEmpty()) {
        continue;
      }
      sb.append("## ").append(title(family)).append("\n\n");
      sb.append("| id | name | level | category | fix | on | summary |\n");
      sb.append("|---|---|---|---|---|---|---|\n");
      for (RuleMeta m : rows) {
        sb.append("| [")
            .append(m.id())
            .append("](")
            .append(m.docPath())
            .append(") | ")
            .append(m.name())
            .append(" | ")
            .append(m.level().id())
            .append(" | ")
            .append(m.category().id())
            .append(" | ")
            .append(m.fix() == Fixability.NONE ? "" : "yes")
            .append(" | ")
            .append(m.enabledByDefault() ? "yes" : "no")
            .append(" | ")
            .append(m.summary().replace("|", "\\|"));
        if (!m.aliases().isEmpty()) {
          sb.append(" (also ").append(String.join(", ", m.aliases())).append(')');
        }
        sb.append(" |\n");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String title(Family f) {
    switch (f) {
      case DOCKERFILE:
        return "Dockerfile rules";
      case COMPOSE:
        return "Compose rules";
      default:
        return "Project rules (compose file and the Dockerfiles it builds)";
    }
  }
}
