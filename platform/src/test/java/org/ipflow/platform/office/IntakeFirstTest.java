package org.ipflow.platform.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IntakeFirstTest {

  private static final Duration LONG = Duration.ofMinutes(5);

  @Test
  void backgroundWorkGoesOnAtOnceWhileNoFilingIsBeingReceived() {
    IntakeFirst intake = new IntakeFirst(true, LONG);
    intake.receiving().close();

    intake.awaitTurn();

    assertThat(intake.deferrals()).isZero();
  }

  @Test
  void backgroundWorkWaitsUntilTheFilingsBeingReceivedAreIn() throws Exception {
    IntakeFirst intake = new IntakeFirst(true, LONG);
    IntakeFirst.Receiving first = intake.receiving();
    IntakeFirst.Receiving second = intake.receiving();

    CompletableFuture<Void> background = CompletableFuture.runAsync(intake::awaitTurn);
    awaitDeferral(intake);
    first.close();
    first.close(); // a handle counts once, however often it is closed
    assertThat(background).isNotDone();

    second.close();
    background.get(10, TimeUnit.SECONDS);
    assertThat(intake.deferrals()).isEqualTo(1);
  }

  @Test
  void backgroundWorkWaitsNoLongerThanTheMaximumDeferral() throws Exception {
    Duration maximum = Duration.ofMillis(200);
    IntakeFirst intake = new IntakeFirst(true, maximum);
    try (IntakeFirst.Receiving endless = intake.receiving()) {
      long start = System.nanoTime();
      CompletableFuture.runAsync(intake::awaitTurn).get(10, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(maximum);
    }
  }

  @Test
  void anOfficeThatTurnsItOffLetsBackgroundWorkGoOn() {
    IntakeFirst intake = new IntakeFirst(false, LONG);
    try (IntakeFirst.Receiving receiving = intake.receiving()) {
      intake.awaitTurn();
    }
    assertThat(intake.deferrals()).isZero();
  }

  private static void awaitDeferral(IntakeFirst intake) {
    await().atMost(Duration.ofSeconds(10)).until(() -> intake.deferrals() == 1);
  }
}
