package org.ipflow.workers.classification;

/**
 * A class the matcher proposes for a wording.
 *
 * @param code the class as the classification writes it: "9" (Nice), "06-01" (Locarno), "A61" (IPC,
 *     class level)
 * @param heading the class heading, in IPFlow's words
 * @param confidence how likely the class is right, in [0,1], rounded to three decimals
 */
public record Suggestion(String code, String heading, double confidence) {}
