package dev.berth.api;

import dev.berth.core.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A rule's metadata as read from its {@link RuleInfo}, plus the family its interface gives it.
 * {@code codes} is the regular expression of the further codes the rule reports under (empty for
 * none; see {@link RuleInfo#codes()}).
 */
public record RuleMeta(
    String id,
    String name,
    Family family,
    String summary,
    Level level,
    Category category,
    Fixability fix,
    boolean enabledByDefault,
    List<String> aliases,
    String codes) {

  private static final Map<Class<?>, RuleMeta> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, Pattern> CODE_PATTERNS = new ConcurrentHashMap<>();

  /** The metadata on a rule class; fails when the class lacks {@link RuleInfo}. */
  public static RuleMeta of(Class<? extends Rule> type) {
    RuleMeta meta = CACHE.get(type);
    if (meta == null) {
      meta = RuleMetaIndex.lookup(type);
      if (meta == null) {
        meta = fromAnnotation(type);
      }
      CACHE.putIfAbsent(type, meta);
    }
    return meta;
  }

  /**
   * The metadata written on a rule class, read by reflection (what {@link RuleMetaIndex} records at
   * build time); fails when the class lacks {@link RuleInfo}.
   */
  public static RuleMeta fromAnnotation(Class<?> type) {
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
        List.of(info.aliases()),
        info.codes());
  }

  /** Path of the rule's document under {@code rules/}. */
  public String docPath() {
    return family.dir() + "/" + id + ".md";
  }

  /** True when {@code idOrAlias} names this rule (id, name or alias; ids are case-sensitive). */
  public boolean isNamed(String idOrAlias) {
    return id.equals(idOrAlias) || name.equals(idOrAlias) || aliases.contains(idOrAlias);
  }

  /**
   * True when findings of this rule may carry {@code code}: its id, or one of its further codes.
   */
  public boolean reportsCode(String code) {
    if (id.equals(code)) {
      return true;
    }
    return !codes.isEmpty()
        && CODE_PATTERNS.computeIfAbsent(codes, Pattern::compile).matcher(code).matches();
  }
}
