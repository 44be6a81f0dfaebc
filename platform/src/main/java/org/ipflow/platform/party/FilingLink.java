package org.ipflow.platform.party;

import java.util.UUID;

/** A filing a party takes part in, and as what ({@code APPLICANT} or {@code REPRESENTATIVE}). */
public record FilingLink(UUID filingId, String applicationNumber, String role) {}
