package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A remote TSA by URL, and trust from a trusted list file that is cached for offline use. */
class TimeStampingAndTrustedListTest {

  static Path directory;
  static DevelopmentPki pki;
  static byte[] sealed;

  @BeforeAll
  static void setUp() {
    directory = SharedSigning.newDirectory("trust");
    pki = DevelopmentPki.ensure(directory.resolve("pki"));
    try (Signing signing = Signing.create(SigningSettings.development(pki.directory()))) {
      sealed =
          signing
              .signer()
              .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T));
    }
  }

  @Test
  void timeStampsFromAnRfc3161ServerByUrl() throws Exception {
    try (LocalTsaServer tsa = new LocalTsaServer(pki);
        Signing signing =
            Signing.create(SigningSettings.development(pki.directory()).withTsaUrl(tsa.url()))) {
      byte[] pades =
          signing
              .signer()
              .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_LTA));
      byte[] json =
          signing
              .signer()
              .signJson(TestDocuments.json(), SigningRequest.officeSeal(SignatureLevel.B_T));

      assertThat(tsa.requests()).isGreaterThanOrEqualTo(3); // signature, archive, JAdES
      ValidationResult result = signing.validator().validate(pades, "certificate.pdf");
      assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
      assertThat(result.format()).isEqualTo("PAdES-BASELINE-LTA");
      assertThat(signing.validator().validate(json, "document.json").totalPassed()).isTrue();
    }
  }

  @Test
  void trustedListFromAFileIsCachedAndReloadedOfflineWhenTheFileIsGone() throws Exception {
    Path list = directory.resolve("national-trusted-list.xml");
    Files.copy(pki.trustedListFile(), list);
    Path cache = directory.resolve("tl-cache-national");
    TrustSettings trust =
        TrustSettings.trustedListFile(
            list,
            List.of(pki.directory().resolve(DevelopmentPki.TRUSTED_LIST_SIGNER_CERTIFICATE_FILE)),
            cache);
    SigningSettings settings = SigningSettings.development(pki.directory()).withTrust(trust);

    try (Signing online = Signing.create(settings)) {
      assertThat(online.trustStatus().trustAnchors()).isEqualTo(1);
      assertThat(online.trustStatus().problems()).isEmpty();
      assertThat(online.validator().validate(sealed, "seal.pdf").qualification())
          .isEqualTo("ADESEAL_QC");
    }
    assertThat(cache).isNotEmptyDirectory();

    Files.delete(list); // the source is unreachable from now on
    try (Signing offline = Signing.create(settings)) {
      assertThat(offline.trustStatus().online()).isFalse();
      ValidationResult result = offline.validator().validate(sealed, "seal.pdf");
      assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
      assertThat(result.qualification()).isEqualTo("ADESEAL_QC");

      TrustStatus refreshed = offline.refreshTrustedLists();
      assertThat(refreshed.problems()).isNotEmpty(); // the download failed and says so
      assertThat(offline.validator().validate(sealed, "seal.pdf").qualification())
          .isEqualTo("ADESEAL_QC"); // and the cached list stays in use
    }
  }

  @Test
  void trustedListWithABrokenSignatureGrantsNothingWhenCheckedStrictly() throws Exception {
    Path list = directory.resolve("forged-trusted-list.xml");
    String text = Files.readString(pki.trustedListFile(), StandardCharsets.UTF_8);
    Files.writeString(list, text.replace("<tsl:TSLSequenceNumber>1<", "<tsl:TSLSequenceNumber>2<"));
    TrustSettings strict =
        TrustSettings.trustedListFile(
            list,
            List.of(pki.directory().resolve(DevelopmentPki.TRUSTED_LIST_SIGNER_CERTIFICATE_FILE)),
            directory.resolve("tl-cache-forged"));

    try (Signing signing =
        Signing.create(SigningSettings.development(pki.directory()).withTrust(strict))) {
      assertThat(signing.trustStatus().trustAnchors()).isZero();
      assertThat(signing.trustStatus().problems()).anyMatch(p -> p.contains("signature"));
      ValidationResult result = signing.validator().validate(sealed, "seal.pdf");
      assertThat(result.indication() + "/" + result.subIndication())
          .isEqualTo("INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND");
    }
  }
}
