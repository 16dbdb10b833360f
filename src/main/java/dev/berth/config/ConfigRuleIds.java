package dev.berth.config;

import dev.berth.api.RuleCatalog;
import dev.berth.api.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the rule ids written in configuration (options, variables, config files) through the one
 * {@link RuleCatalog}: a rule berth has is stored under its id (or under the further code written,
 * such as {@code SC2086}); another tool's id that berth does not implement is kept as written and
 * leaves a note; anything else is an error with a suggestion.
 */
final class ConfigRuleIds {
  private final RuleCatalog catalog;
  private final Set<String> notes = new LinkedHashSet<>();

  ConfigRuleIds(List<RuleMeta> rules) {
    this.catalog = RuleCatalog.of(rules);
  }

  /** The catalog of every rule, which the engine's suppressions read too. */
  RuleCatalog catalog() {
    return catalog;
  }

  /** The id to store for {@code written}; {@code where} prefixes notes and errors. */
  String canonical(String written, String where) throws ConfigException {
    RuleCatalog.Entry entry = catalog.lookup(written);
    if (entry instanceof RuleCatalog.Implemented i) {
      return i.id();
    }
    if (entry instanceof RuleCatalog.Foreign f) {
      synchronized (notes) {
        notes.add(where + f.note());
      }
      return written;
    }
    RuleCatalog.Unknown u = (RuleCatalog.Unknown) entry;
    throw new ConfigException(
        where
            + "unknown rule '"
            + written
            + "'"
            + u.hint().map(h -> "; " + h).orElse("")
            + " ('berth rules' lists them all)");
  }

  /** Each of {@code written}, as {@link #canonical}. */
  List<String> canonical(List<String> written, String where) throws ConfigException {
    List<String> out = new ArrayList<>();
    for (String id : written) {
      out.add(canonical(id, where));
    }
    return out;
  }

  /** The notes left so far, in the order they were first left. */
  List<String> notes() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }
}
