package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trust through a list of trusted lists (the EU LOTL's structure: TSLType EUlistofthelists, a
 * pointer to a national list with the certificate that signs it), here a local one pointing to the
 * development trusted list, since tests reach no network. The LOTL URL is configurable.
 */
class ListOfTrustedListsTest {

  @Test
  void qualifiesThroughAListOfTrustedListsPointingToTheNationalList() throws Exception {
    Path directory = SharedSigning.newDirectory("lotl");
    DevelopmentPki pki = DevelopmentPki.ensure(directory.resolve("pki"));
    Path lotl = directory.resolve("lotl.xml");
    Files.write(lotl, lotl(pki));
    TrustSettings trust =
        new TrustSettings(
            TrustSettings.Source.EU_LIST_OF_TRUSTED_LISTS,
            lotl.toUri().toString(),
            List.of(pki.directory().resolve(DevelopmentPki.TRUSTED_LIST_SIGNER_CERTIFICATE_FILE)),
            null,
            directory.resolve("tl-cache"),
            true,
            false); // no online revocation: no network in tests

    try (Signing signing =
        Signing.create(SigningSettings.development(pki.directory()).withTrust(trust))) {
      byte[] sealed =
          signing
              .signer()
              .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T));

      assertThat(signing.trustStatus().trustedLists()).isEqualTo(2); // the LOTL and the TL
      assertThat(signing.trustStatus().problems()).isEmpty();
      ValidationResult result = signing.validator().validate(sealed, "seal.pdf");
      assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
      assertThat(result.qualification()).isEqualTo("ADESEAL_QC");
    }
  }

  private static byte[] lotl(DevelopmentPki pki) throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String signer =
        Base64.getEncoder().encodeToString(pki.trustedListSigningCertificate().getEncoded());
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tsl:TrustServiceStatusList xmlns:tsl="http://uri.etsi.org/02231/v2#" \
        xmlns:tslx="http://uri.etsi.org/02231/v2/additionaltypes#" Id="lotl" \
        TSLTag="http://uri.etsi.org/19612/TSLTag">
          <tsl:SchemeInformation>
            <tsl:TSLVersionIdentifier>5</tsl:TSLVersionIdentifier>
            <tsl:TSLSequenceNumber>1</tsl:TSLSequenceNumber>
            <tsl:TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists</tsl:TSLType>
            <tsl:SchemeOperatorName><tsl:Name xml:lang="en">Test LOTL operator</tsl:Name></tsl:SchemeOperatorName>
            <tsl:SchemeOperatorAddress>
              <tsl:PostalAddresses><tsl:PostalAddress xml:lang="en">
                <tsl:StreetAddress>1 Test Street</tsl:StreetAddress><tsl:Locality>Test</tsl:Locality>
                <tsl:CountryName>EU</tsl:CountryName></tsl:PostalAddress></tsl:PostalAddresses>
              <tsl:ElectronicAddress><tsl:URI xml:lang="en">mailto:lotl@ipflow.invalid</tsl:URI></tsl:ElectronicAddress>
            </tsl:SchemeOperatorAddress>
            <tsl:SchemeName><tsl:Name xml:lang="en">EU:Test list of trusted lists</tsl:Name></tsl:SchemeName>
            <tsl:SchemeInformationURI><tsl:URI xml:lang="en">http://lotl.ipflow.invalid/</tsl:URI></tsl:SchemeInformationURI>
            <tsl:StatusDeterminationApproach>http://uri.etsi.org/TrstSvc/TrustedList/StatusDetn/EUlistofthelists</tsl:StatusDeterminationApproach>
            <tsl:SchemeTypeCommunityRules>
              <tsl:URI xml:lang="en">http://uri.etsi.org/TrstSvc/TrustedList/schemerules/EUlistofthelists</tsl:URI>
            </tsl:SchemeTypeCommunityRules>
            <tsl:SchemeTerritory>EU</tsl:SchemeTerritory>
            <tsl:PolicyOrLegalNotice><tsl:TSLLegalNotice xml:lang="en">Test only.</tsl:TSLLegalNotice></tsl:PolicyOrLegalNotice>
            <tsl:HistoricalInformationPeriod>65535</tsl:HistoricalInformationPeriod>
            <tsl:PointersToOtherTSL>
              <tsl:OtherTSLPointer>
                <tsl:ServiceDigitalIdentities><tsl:ServiceDigitalIdentity><tsl:DigitalId>
                  <tsl:X509Certificate>%1$s</tsl:X509Certificate>
                </tsl:DigitalId></tsl:ServiceDigitalIdentity></tsl:ServiceDigitalIdentities>
                <tsl:TSLLocation>%2$s</tsl:TSLLocation>
                <tsl:AdditionalInformation>
                  <tsl:OtherInformation><tsl:TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric</tsl:TSLType></tsl:OtherInformation>
                  <tsl:OtherInformation><tsl:SchemeTerritory>XX</tsl:SchemeTerritory></tsl:OtherInformation>
                  <tsl:OtherInformation><tsl:SchemeOperatorName><tsl:Name xml:lang="en">%3$s</tsl:Name></tsl:SchemeOperatorName></tsl:OtherInformation>
                  <tsl:OtherInformation><tslx:MimeType>application/vnd.etsi.tsl+xml</tslx:MimeType></tsl:OtherInformation>
                </tsl:AdditionalInformation>
              </tsl:OtherTSLPointer>
            </tsl:PointersToOtherTSL>
            <tsl:ListIssueDateTime>%4$s</tsl:ListIssueDateTime>
            <tsl:NextUpdate><tsl:dateTime>%5$s</tsl:dateTime></tsl:NextUpdate>
          </tsl:SchemeInformation>
        </tsl:TrustServiceStatusList>
        """
            .formatted(
                signer,
                pki.trustedListFile().toUri(),
                DevelopmentTrustedList.SCHEME_OPERATOR,
                now,
                now.plus(180, ChronoUnit.DAYS));
    return DevelopmentTrustedList.sign(
        xml.getBytes(StandardCharsets.UTF_8),
        pki.loadKeyEntry(
            DevelopmentPki.TRUSTED_LIST_SIGNER_KEYSTORE_FILE,
            DevelopmentPki.TRUSTED_LIST_SIGNER_ALIAS));
  }
}
