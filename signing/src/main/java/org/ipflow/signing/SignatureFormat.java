package org.ipflow.signing;

/** The signature formats the module produces. */
public enum SignatureFormat {
  /**
   * PAdES (ETSI EN 319 142): the signature is inside the PDF, appended as an incremental update.
   */
  PADES,
  /**
   * Detached XAdES (ETSI EN 319 132): the signature is a separate XML document that references the
   * signed XML by file name; the signed document stays byte-identical (ST.96 schemas allow no
   * ds:Signature inside an ST.96 document).
   */
  XADES_DETACHED,
  /**
   * JAdES (ETSI TS 119 182): an enveloping JWS in JSON serialization that carries the signed JSON
   * document as its (base64url) payload.
   */
  JADES
}
