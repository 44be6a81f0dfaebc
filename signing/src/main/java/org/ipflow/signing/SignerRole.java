package org.ipflow.signing;

/** Who signs: the office as an institution, or an officer in person. */
public enum SignerRole {
  /** The office's electronic seal (legal person): receipts, certificates, decisions it issues. */
  OFFICE_SEAL,
  /** An officer's own electronic signature (natural person). Not supported yet. */
  OFFICER_SIGNATURE
}
