package org.ipflow.platform.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the automated examination steps.
 *
 * @param classificationThreshold the confidence below which a classification goes to an examiner
 * @param automatedAcceptance whether marks whose every check is green are accepted without an
 *     examiner
 */
@ConfigurationProperties("ipflow.examination")
public record ClassificationProperties(
    double classificationThreshold, boolean automatedAcceptance) {}
