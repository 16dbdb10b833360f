package dev.berth.api;

import dev.berth.core.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A rule's metadata as read from its {@link RuleInfo}, plus the family its interface gives it. */
public record RuleMeta(
    String id,
    String name,
    Family family,
    String summary,
    Level level,
    Category category,
    Fixability fix,
    boolean enabledByDefault,
    List<String> aliases) {

  private static final Map<Class<?>, RuleMeta> CACHE = new ConcurrentHashMap<>();

  /** The metadata on a rule class; fails when the class lacks {@link RuleInfo}. */
  public static RuleMeta of(Class<? extends Rule> type) {
    return CACHE.computeIfAbsent(type, RuleMeta::read);
  }

  private static RuleMeta read(Class<?> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(type.getName() + " has no @RuleInfo");
    }
    Family family;
    if (DockerfileRule.class.isAssignableFrom(type)) {
      family = Family.DOCKERFILE;
    } else if (ComposeRule.class.isAssignableFrom(type)) {
      family = Family.COMPOSE;
    } else if (ProjectRule.class.isAssignableFrom(type)) {
      family = Family.PROJECT;
    } else {
      throw new IllegalStateException(type.getName() + " implements no rule family interface");
    }
    return new RuleMeta(
        info.id(),
        info.name(),
        family,
        info.summary(),
        info.level(),
        info.category(),
        info.fix(),
        info.enabledByDefault(),
        List.of(info.aliases()));
  }

  /** Path of the rule's document under {@code rules/}. */
  public String docPath() {
    return family.dir() + "/" + id + ".md";
  }

  /** True when {@code idOrAlias} names this rule (id, name or alias; ids are case-sensitive). */
  public boolean isNamed(String idOrAlias) {
    return id.equals(idOrAlias) || name.equals(idOrAlias) || aliases.contains(idOrAlias);
  }
}
