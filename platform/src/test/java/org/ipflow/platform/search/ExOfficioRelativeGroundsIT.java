package org.ipflow.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.ipflow.workers.relativegrounds.RelativeGroundsPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An office that examines relative grounds of its own motion: the same hit that another office only
 * notifies ({@link RelativeGroundsSearchIT}) is put to the examiner as a suggested objection. A
 * context of its own, hence a database of its own.
 */
@PlatformTest
@TestPropertySource(properties = "ipflow.search.relative-grounds=EX_OFFICIO")
class ExOfficioRelativeGroundsIT {

  @Autowired RegisterSearch search;

  @Test
  void anEarlierMarkFoundIsASuggestedObjectionWhereTheOfficeExaminesExOfficio() {
    UUID earlier = UUID.randomUUID();
    search.index(
        new IndexedMark(
            earlier,
            "302019000000777",
            "R-777",
            "GLIMMERAX",
            Set.of(32),
            RegisterStatus.REGISTERED,
            "Earlier holder",
            LocalDate.of(2019, 4, 1)));

    Decision decision =
        search.decideRelativeGrounds(
            UUID.randomUUID(), "GLIMMERAKS", Set.of(32), LocalDate.of(2026, 6, 1));

    assertThat(search.settings().relativeGrounds()).isEqualTo(RelativeGroundsPolicy.EX_OFFICIO);
    assertThat(decision.outcome()).isEqualTo(RelativeGroundsDecision.OBJECTION_SUGGESTED);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("RG01", "RG10");
    assertThat(decision.inputs()).containsEntry("policy", "EX_OFFICIO");
  }

  @Test
  void withoutAnEarlierMarkTheSearchIsClearWhateverTheSetting() {
    Decision decision =
        search.decideRelativeGrounds(
            UUID.randomUUID(), "WUXTOPHRAMEL BLENDIQ", Set.of(32), LocalDate.of(2026, 6, 1));

    assertThat(decision.outcome()).isEqualTo(RelativeGroundsDecision.CLEAR);
  }
}
