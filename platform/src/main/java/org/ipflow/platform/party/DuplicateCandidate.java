package org.ipflow.platform.party;

/** Two parties that are likely one, with how alike they are (0..1). */
public record DuplicateCandidate(
    Party first, Party second, double score, double nameSimilarity, double addressSimilarity) {}
