package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

/**
 * Writes the development PKI's custom trusted list (ETSI TS 119 612 v2.1.1, TSL version 5): one
 * trust service provider, the development office, with one service: its issuing CA as a granted
 * "CA/QC" for qualified certificates for electronic signatures and seals. The qualifier
 * QCQSCDStatusAsInCert makes the QSCD status that of the certificate's QcSSCD statement, so that
 * DSS grants QESig / QESeal only to certificates whose key is in a QSCD. Signed with an enveloped
 * XAdES-B-B signature by the trusted list signer.
 */
final class DevelopmentTrustedList {

  static final String SCHEME_OPERATOR = "IPFlow Development Trusted List Scheme Operator";

  private DevelopmentTrustedList() {}

  static byte[] create(
      X509Certificate issuingCa,
      Instant statusStartingTime,
      Instant issued,
      Instant nextUpdate,
      KeyStore.PrivateKeyEntry signerKey) {
    String xml = xml(issuingCa, statusStartingTime, issued, nextUpdate);
    return sign(xml.getBytes(StandardCharsets.UTF_8), signerKey);
  }

  private static String xml(
      X509Certificate issuingCa, Instant statusStartingTime, Instant issued, Instant nextUpdate) {
    String certificate;
    try {
      certificate = Base64.getEncoder().encodeToString(issuingCa.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new SigningException("Cannot encode the issuing CA certificate", e);
    }
    String address =
        """
            <tsl:PostalAddresses>
              <tsl:PostalAddress xml:lang="en">
                <tsl:StreetAddress>1 Development Street</tsl:StreetAddress>
                <tsl:Locality>Development City</tsl:Locality>
                <tsl:CountryName>XX</tsl:CountryName>
              </tsl:PostalAddress>
            </tsl:PostalAddresses>
            <tsl:ElectronicAddress>
              <tsl:URI xml:lang="en">mailto:pki@ipflow.invalid</tsl:URI>
            </tsl:ElectronicAddress>
        """;
    StringBuilder policies = new StringBuilder();
    for (String oid :
        List.of(
            DevelopmentPki.QCP_NATURAL_OID,
            DevelopmentPki.QCP_LEGAL_OID,
            DevelopmentPki.QCP_NATURAL_QSCD_OID,
            DevelopmentPki.QCP_LEGAL_QSCD_OID)) {
      policies
          .append("<ecc:PolicySet><ecc:PolicyIdentifier><xades:Identifier>")
          .append(oid)
          .append("</xades:Identifier></ecc:PolicyIdentifier></ecc:PolicySet>\n");
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <tsl:TrustServiceStatusList xmlns:tsl="http://uri.etsi.org/02231/v2#" \
        xmlns:ecc="http://uri.etsi.org/TrstSvc/SvcInfoExt/eSigDir-1999-93-EC-TrustedList/#" \
        xmlns:xades="http://uri.etsi.org/01903/v1.3.2#" \
        Id="ipflow-development-tl" TSLTag="http://uri.etsi.org/19612/TSLTag">
          <tsl:SchemeInformation>
            <tsl:TSLVersionIdentifier>5</tsl:TSLVersionIdentifier>
            <tsl:TSLSequenceNumber>1</tsl:TSLSequenceNumber>
            <tsl:TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric</tsl:TSLType>
            <tsl:SchemeOperatorName><tsl:Name xml:lang="en">%1$s</tsl:Name></tsl:SchemeOperatorName>
            <tsl:SchemeOperatorAddress>
        %2$s
            </tsl:SchemeOperatorAddress>
            <tsl:SchemeName>
              <tsl:Name xml:lang="en">XX:IPFlow development trusted list (no legal value)</tsl:Name>
            </tsl:SchemeName>
            <tsl:SchemeInformationURI>
              <tsl:URI xml:lang="en">http://pki.ipflow.invalid/tl</tsl:URI>
            </tsl:SchemeInformationURI>
            <tsl:StatusDeterminationApproach>http://uri.etsi.org/TrstSvc/TrustedList/StatusDetn/EUappropriate</tsl:StatusDeterminationApproach>
            <tsl:SchemeTypeCommunityRules>
              <tsl:URI xml:lang="en">http://uri.etsi.org/TrstSvc/TrustedList/schemerules/EUcommon</tsl:URI>
            </tsl:SchemeTypeCommunityRules>
            <tsl:SchemeTerritory>XX</tsl:SchemeTerritory>
            <tsl:PolicyOrLegalNotice>
              <tsl:TSLLegalNotice xml:lang="en">Development and tests only. No legal value.</tsl:TSLLegalNotice>
            </tsl:PolicyOrLegalNotice>
            <tsl:HistoricalInformationPeriod>65535</tsl:HistoricalInformationPeriod>
            <tsl:ListIssueDateTime>%3$s</tsl:ListIssueDateTime>
            <tsl:NextUpdate><tsl:dateTime>%4$s</tsl:dateTime></tsl:NextUpdate>
          </tsl:SchemeInformation>
          <tsl:TrustServiceProviderList>
            <tsl:TrustServiceProvider>
              <tsl:TSPInformation>
                <tsl:TSPName><tsl:Name xml:lang="en">%5$s</tsl:Name></tsl:TSPName>
                <tsl:TSPAddress>
        %2$s
                </tsl:TSPAddress>
                <tsl:TSPInformationURI>
                  <tsl:URI xml:lang="en">http://pki.ipflow.invalid/</tsl:URI>
                </tsl:TSPInformationURI>
              </tsl:TSPInformation>
              <tsl:TSPServices>
                <tsl:TSPService>
                  <tsl:ServiceInformation>
                    <tsl:ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</tsl:ServiceTypeIdentifier>
                    <tsl:ServiceName><tsl:Name xml:lang="en">IPFlow Development Issuing CA</tsl:Name></tsl:ServiceName>
                    <tsl:ServiceDigitalIdentity>
                      <tsl:DigitalId><tsl:X509Certificate>%6$s</tsl:X509Certificate></tsl:DigitalId>
                    </tsl:ServiceDigitalIdentity>
                    <tsl:ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</tsl:ServiceStatus>
                    <tsl:StatusStartingTime>%7$s</tsl:StatusStartingTime>
                    <tsl:ServiceInformationExtensions>
                      <tsl:Extension Critical="true">
                        <ecc:Qualifications>
                          <ecc:QualificationElement>
                            <ecc:Qualifiers>
                              <ecc:Qualifier uri="http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/QCQSCDStatusAsInCert"/>
                            </ecc:Qualifiers>
                            <ecc:CriteriaList assert="atLeastOne">
        %8$s
                            </ecc:CriteriaList>
                          </ecc:QualificationElement>
                        </ecc:Qualifications>
                      </tsl:Extension>
                      <tsl:Extension Critical="false">
                        <tsl:AdditionalServiceInformation>
                          <tsl:URI xml:lang="en">http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSignatures</tsl:URI>
                        </tsl:AdditionalServiceInformation>
                      </tsl:Extension>
                      <tsl:Extension Critical="false">
                        <tsl:AdditionalServiceInformation>
                          <tsl:URI xml:lang="en">http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSeals</tsl:URI>
                        </tsl:AdditionalServiceInformation>
                      </tsl:Extension>
                    </tsl:ServiceInformationExtensions>
                  </tsl:ServiceInformation>
                </tsl:TSPService>
              </tsl:TSPServices>
            </tsl:TrustServiceProvider>
          </tsl:TrustServiceProviderList>
        </tsl:TrustServiceStatusList>
        """
        .formatted(
            SCHEME_OPERATOR,
            address,
            utc(issued),
            utc(nextUpdate),
            DevelopmentPki.ORGANIZATION,
            certificate,
            utc(statusStartingTime),
            policies);
  }

  private static String utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static byte[] sign(byte[] xml, KeyStore.PrivateKeyEntry signerKey) {
    XAdESService service = new XAdESService(new CommonCertificateVerifier(true));
    XAdESSignatureParameters parameters = new XAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
    parameters.setSignaturePackaging(SignaturePackaging.ENVELOPED);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    // ETSI TS 119 612's schema imports XAdES 1.3.2 (TS 101 903): SigningCertificate, not V2.
    parameters.setEn319132(false);
    parameters.setSigningCertificate(
        new CertificateToken((X509Certificate) signerKey.getCertificate()));
    DSSDocument document = new InMemoryDocument(xml, "trusted-list.xml");
    try {
      ToBeSigned data = service.getDataToSign(document, parameters);
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initSign(signerKey.getPrivateKey());
      signature.update(data.getBytes());
      SignatureValue value = new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, signature.sign());
      DSSDocument signed = service.signDocument(document, parameters, value);
      try (InputStream in = signed.openStream()) {
        return in.readAllBytes();
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException("Cannot sign the development trusted list", e);
    }
  }
}
