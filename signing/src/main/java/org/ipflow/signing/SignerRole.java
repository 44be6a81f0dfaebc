package org.ipflow.signing;

/** Who signs: the office as an institution, or an officer in person. */
public enum SignerRole {
  /**
   * The office's qualified electronic seal (legal person; QcType eseal): receipts, certificates,
   * notices the office issues as an institution.
   */
  OFFICE_SEAL,
  /**
   * An officer's (examiner's) own qualified electronic signature (natural person; QcType esign):
   * what an officer must sign in person, e.g. decisions.
   */
  OFFICER_SIGNATURE
}
