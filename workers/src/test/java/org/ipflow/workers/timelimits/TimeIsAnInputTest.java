package org.ipflow.workers.timelimits;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;

/**
 * Time limits and priority decisions are replayed from stored inputs, so they take every date and
 * the time zone as inputs: they never read the system clock, the default time zone or the default
 * locale.
 */
@AnalyzeClasses(
    packages = {"org.ipflow.workers.timelimits", "org.ipflow.workers.priority"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class TimeIsAnInputTest {

  private static final Map<String, Set<String>> AMBIENT =
      Map.of(
          "java.time.Clock", Set.of("systemUTC", "systemDefaultZone"),
          "java.time.ZoneId", Set.of("systemDefault"),
          "java.util.TimeZone", Set.of("getDefault"),
          "java.util.Locale", Set.of("getDefault"),
          "java.lang.System", Set.of("currentTimeMillis", "nanoTime"));

  private static final DescribedPredicate<JavaMethodCall> READS_THE_CLOCK_OR_A_DEFAULT =
      DescribedPredicate.describe(
          "read the system clock, the default time zone or the default locale",
          call -> {
            String owner = call.getTargetOwner().getFullName();
            String method = call.getName();
            return (owner.startsWith("java.time.") && method.equals("now"))
                || AMBIENT.getOrDefault(owner, Set.of()).contains(method);
          });

  @ArchTest
  static final ArchRule timeComesInAsAnInput =
      noClasses().should().callMethodWhere(READS_THE_CLOCK_OR_A_DEFAULT);

  @ArchTest
  static final ArchRule legacyDateTypesAreNotUsed =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Date")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Calendar");
}
