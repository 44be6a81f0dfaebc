package org.ipflow.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.RestController;

/** The module structure is checked, not only described. */
class ModularityTest {

  private static final JavaClasses PLATFORM =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ipflow.platform");

  @Test
  void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
    ApplicationModules.of(IpflowApplication.class).verify();
  }

  @Test
  void controllersLiveInTheWebPackageOfTheirModule() {
    classes()
        .that()
        .areAnnotatedWith(RestController.class)
        .should()
        .resideInAPackage("..web..")
        .andShould()
        .notBePublic()
        .check(PLATFORM);
  }

  @Test
  void dssTypesStayInsideTheSigningModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("eu.europa.esig..", "org.bouncycastle..")
        .check(PLATFORM);
  }

  @Test
  void onlyTheWorkflowFacingModulesTalkToTheEngine() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.ipflow.platform.engine..",
            "org.ipflow.platform.filing",
            "org.ipflow.platform.examination",
            "org.ipflow.platform.opposition",
            "org.ipflow.platform.contest",
            "org.ipflow.platform.office")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.operaton.bpm.engine..")
        .check(PLATFORM);
  }

  @Test
  void webLayersAreNotUsedByTheirModulesCore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..web..")
        .and()
        .resideOutsideOfPackage("org.ipflow.platform.web")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.ipflow.platform.*.web..")
        .check(PLATFORM);
  }
}
