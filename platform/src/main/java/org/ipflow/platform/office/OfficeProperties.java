package org.ipflow.platform.office;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the office is.
 *
 * @param code the office's WIPO ST.3 code, kept beside application numbers (never inside them)
 * @param name the office's name as printed on what it issues
 * @param zone the office's time zone: the date of receipt, hence the filing date, is taken there
 */
@ConfigurationProperties("ipflow.office")
public record OfficeProperties(String code, String name, ZoneId zone) {

  public OfficeProperties {
    if (code == null || !code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("ipflow.office.code must be a two-letter ST.3 code");
    }
  }
}
