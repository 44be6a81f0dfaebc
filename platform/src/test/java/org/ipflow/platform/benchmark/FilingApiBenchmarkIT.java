package org.ipflow.platform.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The smoke run of the filing-API benchmark on every build: a few filings through each phase. It
 * checks that the program runs and prints every figure; the figures are measured with {@code
 * benchmarks/filing-api/run.sh} on a quiet machine, never asserted.
 */
class FilingApiBenchmarkIT {

  @Test
  void smallRunFilesThroughTheApiAndPrintsEveryFigure() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    FilingApiBenchmark.Result result;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      result = FilingApiBenchmark.run(new FilingApiBenchmark.Settings(8, 2, 2), out);
    }

    assertThat(result.acceptedPerSecond()).isPositive();
    assertThat(result.receiptsSealedPerSecond()).isPositive();
    assertThat(result.bareStartsPerSecond()).isPositive();
    assertThat(result.insertsPerSecond()).isPositive();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("PostgreSQL durable single-row inserts", "Engine bare start")
        .contains("accepted filings/s", "ratio to the engine's bare start")
        .contains("Receipts sealed after the 201", "Behind that burst", "At half the maximum rate")
        .contains("Receipt downloadable after the POST");
  }
}
