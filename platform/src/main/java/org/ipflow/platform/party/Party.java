package org.ipflow.platform.party;

import java.time.Instant;
import java.util.UUID;

/**
 * A party record.
 *
 * @param partyNumber the office-assigned global identifier, e.g. {@code XX-P-000000042}
 * @param mergedInto the party this one was merged into, or {@code null} while it stands alone
 */
public record Party(
    UUID id,
    String partyNumber,
    String name,
    String country,
    String address,
    String kind,
    String globalIdScheme,
    String globalId,
    UUID mergedInto,
    Instant createdAt) {}
