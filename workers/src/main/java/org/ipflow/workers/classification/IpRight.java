package org.ipflow.workers.classification;

/** The kind of industrial property right applied for; it decides which classification applies. */
public enum IpRight {
  /** Nice classification of goods and services. */
  TRADEMARK,
  /** Locarno classification of products. */
  DESIGN,
  /** International Patent Classification. */
  PATENT,
  /** International Patent Classification, as for patents. */
  UTILITY_MODEL
}
