package dev.berth.api;

/**
 * What the build computes for a run's start-up: the rule metadata index ({@link RuleMetaIndex}) and
 * berth's version. The build's {@code process-classes} step ({@code RuleMetaIndexWriter}) compiles
 * them into the class {@value #GENERATED}, so that a run reads them from the class-data archive
 * instead of opening the jar for resources, which cost a one-file run about 8 ms.
 */
public interface BuildData {
  /** The class the build generates. */
  String GENERATED = "dev.berth.api.GeneratedBuildData";

  /** The rule metadata index, in the format of {@link RuleMetaIndex#write}. */
  String ruleIndex();

  /** berth's version, as the build's project version. */
  String version();

  /**
   * The data the build generated, or null when the classes were compiled without the build's {@code
   * process-classes} step (an editor's build): callers then read resources or annotations.
   */
  static BuildData generated() {
    try {
      return (BuildData)
          Class.forName(GENERATED, true, BuildData.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      return null;
    }
  }
}
