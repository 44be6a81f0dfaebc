package org.ipflow.platform.testing.coverage;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the classes marked {@link RunsLast} (the BPMN coverage check) after every other test class
 * and leaves the order of the others as it was.
 *
 * <p>Set as {@code junit.jupiter.testclass.order.default} for failsafe in the platform's POM.
 * Failsafe runs all integration tests in one fork ({@code forkCount=1}, {@code reuseForks=true})
 * and so hands JUnit all classes in one discovery request; the class orderer then decides their
 * order within it, whatever failsafe's {@code runOrder} or the classes' names. A listener at the
 * end of the test plan would also run last, but JUnit logs and swallows what a listener throws, so
 * it could not fail the build; a test class can.
 */
public final class CoverageCheckLast implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    // List.sort is stable: every other class keeps its place.
    context.getClassDescriptors().sort(Comparator.comparing(d -> d.isAnnotated(RunsLast.class)));
  }
}
