package dev.berth.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.docs.RuleDocs;
import dev.berth.docs.RuleTable;
import dev.berth.engine.UsageException;
import dev.berth.report.Json;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code berth rules}: list every rule. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = "List every rule: id, aliases, category, default level, fixable, summary.")
public final class RulesCommand implements Callable<Integer> {
  @ParentCommand BerthCommand parent;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      defaultValue = "tty",
      description = "tty, json or markdown.")
  String format;

  @Override
  public Integer call() throws IOException, UsageException {
    List<RuleMeta> metas = BuiltinRules.all().stream().map(Rule::meta).toList();
    Writer out = parent.io.out();
    switch (format) {
      case "tty":
        table(metas, out);
        break;
      case "json":
        json(metas, out);
        break;
      case "markdown":
        out.write(RuleTable.markdown(metas));
        break;
      default:
        throw new UsageException(
            "unknown rules format '" + format + "' (expected tty, json or markdown)");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void table(List<RuleMeta> metas, Writer out) throws IOException {
    int idWidth = "ID".length();
    int catWidth = "CATEGORY".length();
    for (RuleMeta m : metas) {
      idWidth = Math.max(idWidth, m.id().length());
      catWidth = Math.max(catWidth, m.category().id().length());
    }
    String row = "%-" + idWidth + "s  %-8s  %-" + catWidth + "s  %-3s  %-3s  %s%n";
    out.write(String.format(Locale.ROOT, row, "ID", "LEVEL", "CATEGORY", "FIX", "ON", "SUMMARY"));
    for (RuleMeta m : metas) {
      String summary = m.summary();
      if (!m.aliases().isEmpty()) {
        summary += " (also " + String.join(", ", m.aliases()) + ")";
      }
      out.write(
          String.format(
              Locale.ROOT,
              row,
              m.id(),
              m.level().id(),
              m.category().id(),
              m.fix() == dev.berth.api.Fixability.NONE ? "-" : "yes",
              m.enabledByDefault() ? "yes" : "no",
              summary));
    }
  }

  private static void json(List<RuleMeta> metas, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartArray();
      for (RuleMeta m : metas) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("name", m.name());
        g.writeArrayFieldStart("aliases");
        for (String a : m.aliases()) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeStringField("family", m.family().dir());
        g.writeStringField("category", m.category().id());
        g.writeStringField("level", m.level().id());
        g.writeStringField("fixable", m.fix().name().toLowerCase(Locale.ROOT));
        g.writeBooleanField("enabledByDefault", m.enabledByDefault());
        g.writeStringField("summary", m.summary());
        g.writeStringField("url", RuleDocs.url(m));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.write('\n');
  }
}
