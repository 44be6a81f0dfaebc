package org.ipflow.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditedResourceTest {

  private static final String FILING = "0b9d2c52-7c41-4c55-9f0c-1d2e3f4a5b6c";
  private static final String OTHER = "7f000001-0000-4000-8000-000000000001";

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "/api/v1/filings, FILING, -, -",
        "/api/v1/filings/" + FILING + ", FILING, " + FILING + ", " + FILING,
        "/api/v1/filings/" + FILING + "/st96, FILING, " + FILING + ", " + FILING,
        "/api/v1/filings/"
            + FILING
            + "/documents/"
            + OTHER
            + ", DOCUMENT, "
            + OTHER
            + ", "
            + FILING,
        "/api/v1/filings/" + FILING + "/notices/" + OTHER + ", NOTICE, " + OTHER + ", " + FILING,
        "/api/v1/filings/"
            + FILING
            + "/decisions/"
            + OTHER
            + "/contest, DECISION, "
            + OTHER
            + ", "
            + FILING,
        "/api/v1/filings/" + FILING + "/payments, FILING, " + FILING + ", " + FILING,
        "/api/v1/tasks, TASK, -, -",
        "/api/v1/tasks/4711/decision, TASK, 4711, -",
        "/api/v1/decisions/awaiting-confirmation, DECISION, -, -",
        "/api/v1/decisions/" + OTHER + "/replay, DECISION, " + OTHER + ", -",
        "/api/v1/audit, AUDIT, -, -",
        "/admin/audit/export, AUDIT, -, -",
        "/api/v1/filings/not-an-id, FILING, -, -",
        "/api/v1/somewhere, OTHER, -, -"
      })
  void namesTheInnermostResourceAndItsFiling(String path, String type, String id, String filing) {
    AuditedResource resource = AuditedResource.of(path);
    assertThat(resource.type()).isEqualTo(type);
    assertThat(resource.id()).isEqualTo(id);
    assertThat(resource.filingId()).isEqualTo(filing == null ? null : UUID.fromString(filing));
  }

  @Test
  void learnsTheIdOfWhatAPostCreatedFromItsLocation() {
    AuditedResource created =
        AuditedResource.of("/api/v1/filings")
            .created("http://localhost:8080/api/v1/filings/" + FILING);
    assertThat(created.id()).isEqualTo(FILING);
    assertThat(created.filingId()).isEqualTo(UUID.fromString(FILING));
    AuditedResource contest =
        AuditedResource.of("/api/v1/filings/" + FILING + "/decisions/" + OTHER + "/contest")
            .created("/api/v1/filings/" + FILING + "/contests/" + OTHER);
    assertThat(contest.type()).isEqualTo("DECISION");
    assertThat(contest.id()).isEqualTo(OTHER);
  }
}
