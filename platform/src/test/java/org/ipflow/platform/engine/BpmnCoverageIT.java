package org.ipflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipflow.platform.testing.coverage.BpmnModels;
import org.ipflow.platform.testing.coverage.CoverageCheckLast;
import org.ipflow.platform.testing.coverage.CoverageReport;
import org.ipflow.platform.testing.coverage.RunsLast;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every flow node and every sequence flow of every BPMN model (so every outcome of every gateway)
 * was executed by some scenario on the real engine in this build. Runs after all other integration
 * tests ({@link CoverageCheckLast}); their engines recorded what they executed ({@code
 * BpmnCoveragePlugin}). Writes {@code target/bpmn-coverage.txt}.
 *
 * <p>With {@code -Dit.test=...} only some classes run: the figures are written and printed but not
 * enforced, since the other classes' scenarios did not run.
 */
@RunsLast
class BpmnCoverageIT {

  @Test
  void everyFlowNodeAndSequenceFlowOfEveryModelIsExecutedByAScenario() throws IOException {
    CoverageReport report = CoverageReport.of(BpmnModels.all());
    String text = report.text();
    Path file =
        Path.of(System.getProperty("ipflow.test.bpmn-coverage-report", "target/bpmn-coverage.txt"));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    System.out.print(text);

    String selection = System.getProperty("ipflow.test.it-selection", "");
    Assumptions.assumeTrue(
        selection.isBlank() || selection.startsWith("${"),
        () -> "only " + selection + " ran: BPMN coverage reported, not enforced\n" + text);

    assertThat(report.models()).as("BPMN models found at %s", BpmnModels.LOCATION).isNotEmpty();
    assertThat(report.complete()).as("BPMN coverage below 100%%:%n%s", text).isTrue();
  }
}
