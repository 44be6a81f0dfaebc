package org.ipflow.platform.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The smoke run of the process benchmark on every build: a few marks and designs through both
 * paths. It checks that the program runs and prints its figures; the figures themselves are
 * measured with {@code benchmarks/process/run.sh} on a quiet machine, never asserted.
 */
class ProcessBenchmarkIT {

  @Test
  void smallRunReachesEveryTargetStateAndPrintsTheFigures() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ProcessBenchmark.Result result;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      result = ProcessBenchmark.run(new ProcessBenchmark.Settings(4, 2, 2, 4), out);
    }

    assertThat(result.real().cases()).isEqualTo(8);
    assertThat(result.noop().cases()).isEqualTo(8);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("filings/s", "mark to opposition period p50", "design to registered p50")
        .contains("ratio real / no-op");
    if (Files.isDirectory(Path.of("/proc/self"))) {
      assertThat(result.real().postgresCores()).isPresent();
      assertThat(result.real().cpuMillisPerFiling().getAsDouble()).isPositive();
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("CPU per filing", "machine CPU per filing (JVM + PostgreSQL)")
          .contains("with the work left after each round's last case");
      assertThat(result.real().trailingMillisPerFiling()).isPresent();
    }
  }
}
