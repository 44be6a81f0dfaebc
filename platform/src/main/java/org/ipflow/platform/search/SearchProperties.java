package org.ipflow.platform.search;

import org.ipflow.workers.relativegrounds.RelativeGroundsPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's settings for its register searches ({@code ipflow.search}).
 *
 * @param relativeGrounds whether hits of the relative-grounds search are a suggested objection
 *     ({@code EX_OFFICIO}) or notified to the applicant and the holders of the earlier marks
 *     ({@code NOTIFY}, the default, as at the EUIPO)
 * @param scoreThreshold an earlier mark scoring at least this is a hit (default 0.6: in the
 *     evaluation of {@code RelativeGroundsSearchIT} on a register of 10,417 marks, 372 of its 417
 *     labelled confusable pairs reach it, and 3 of 500 invented new marks find a hit; a missed
 *     conflict costs more than a candidate the examiner discards)
 * @param resultLimit how many earlier marks, best first, the decision compares (default 10)
 */
@ConfigurationProperties("ipflow.search")
public record SearchProperties(
    RelativeGroundsPolicy relativeGrounds, Double scoreThreshold, Integer resultLimit) {

  public SearchProperties {
    relativeGrounds = relativeGrounds == null ? RelativeGroundsPolicy.NOTIFY : relativeGrounds;
    scoreThreshold = scoreThreshold == null ? 0.6 : scoreThreshold;
    resultLimit = resultLimit == null ? 10 : resultLimit;
    if (!(scoreThreshold > 0.0 && scoreThreshold <= 1.0)) {
      throw new IllegalArgumentException(
          "ipflow.search.score-threshold must be in (0, 1]: " + scoreThreshold);
    }
    if (resultLimit < 1 || resultLimit > 500) {
      throw new IllegalArgumentException(
          "ipflow.search.result-limit must be between 1 and 500: " + resultLimit);
    }
  }

  /** The defaults: notify, threshold 0.6, ten results. */
  public static SearchProperties defaults() {
    return new SearchProperties(null, null, null);
  }
}
