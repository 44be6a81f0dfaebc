package org.ipflow.platform.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditExportTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "alice|alice",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
        "@SUM(A1)|\"'@SUM(A1)\"",
        "+1|\"'+1\""
      })
  void quotesWhatCsvNeedsAndDefusesSpreadsheetFormulas(String value, String cell) {
    assertThat(AuditExport.csvCell(value)).isEqualTo(cell);
  }
}
