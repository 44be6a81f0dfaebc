package org.ipflow.workers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Decisions are functions of their inputs: no framework, no process engine, no I/O beyond
 * resources.
 */
@AnalyzeClasses(
    packages = "org.ipflow.workers",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DecisionsArePureTest {

  @ArchTest
  static final ArchRule decisionsDoNotUseSpring =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

  @ArchTest
  static final ArchRule decisionsDoNotUseTheProcessEngine =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("org.operaton.bpm.engine..");

  @ArchTest
  static final ArchRule decisionsDoNotTouchDatabasesOrNetworks =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..");

  @ArchTest
  static final ArchRule onlyTheDmnAdapterUsesTheDmnEngine =
      noClasses()
          .that()
          .haveSimpleNameNotStartingWith("Dmn")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.operaton.bpm.dmn..", "org.operaton.bpm.model.dmn..");
}
