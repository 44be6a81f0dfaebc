package org.ipflow.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the HTTP API.
 *
 * @param maxRequestBytes the largest request body accepted, documents included
 */
@ConfigurationProperties("ipflow.api")
public record ApiProperties(long maxRequestBytes) {}
