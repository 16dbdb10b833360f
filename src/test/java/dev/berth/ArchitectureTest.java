package dev.berth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.berth.api.Rule;
import dev.berth.api.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of STYLE.md, held by the build. */
class ArchitectureTest {
  private static JavaClasses berth;

  @BeforeAll
  static void importClasses() {
    berth =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.berth");
  }

  @Test
  void onlyTheDockerfileParserTouchesAntlr() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.berth.dockerfile.parser..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.antlr..", "dev.berth.dockerfile.parser.antlr..")
        .check(berth);
  }

  @Test
  void onlyTheCliTouchesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.berth.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(berth);
  }

  @Test
  void nothingDependsOnTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.berth.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.berth.cli..")
        .check(berth);
  }

  @Test
  void theEngineKnowsNoConcreteRule() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.berth.cli..", "dev.berth.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.berth.rules..")
        .check(berth);
  }

  @Test
  void rulesDoNotReachIntoEngineReportsOrEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.berth.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.berth.engine..", "dev.berth.report..", "dev.berth.config..")
        .check(berth);
  }

  @Test
  void modelsAndParsersDoNotReachUp() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.berth.core..", "dev.berth.dockerfile..", "dev.berth.compose..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.berth.api..",
            "dev.berth.engine..",
            "dev.berth.rules..",
            "dev.berth.report..",
            "dev.berth.config..")
        .check(berth);
  }

  @Test
  void onlyTheCliAndReportersPrint() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.berth.cli..", "dev.berth.report..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(berth);
  }

  @Test
  void noTwoClassesShareASimpleName() {
    Map<String, List<String>> byName = new TreeMap<>();
    for (JavaClass c : berth) {
      if (c.isTopLevelClass() && !c.getSimpleName().equals("package-info")) {
        byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
      }
    }
    byName.values().removeIf(names -> names.size() < 2);
    assertEquals(Map.of(), byName, "give each class its own name");
  }

  @Test
  void everyRuleIsFinalAndCarriesItsMetadata() {
    classes()
        .that()
        .implement(Rule.class)
        .and()
        .areNotInterfaces()
        .should()
        .haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
        .andShould()
        .beAnnotatedWith(RuleInfo.class)
        .check(berth);
  }
}
