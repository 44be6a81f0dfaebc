package org.ipflow.platform.registration;

import java.util.HashMap;
import java.util.Map;
import org.ipflow.signing.DevelopmentPki;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.KeySource;
import org.ipflow.signing.SignatureFormat;
import org.ipflow.signing.SignatureLevel;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.SignerRole;
import org.ipflow.signing.Signing;
import org.ipflow.signing.SigningProfile;
import org.ipflow.signing.SigningProfiles;
import org.ipflow.signing.SigningSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signing services. The development PKI is generated once into the run directory and reused on
 * every start: regenerating it would orphan every signature already issued. The office seal and
 * examiners' keys come from the development PKI unless configured (PKCS#12 file or PKCS#11 token,
 * see {@link SigningProperties}).
 */
@Configuration
class SigningConfiguration {

  /** The name of a development seal certificate provisioned in a token. */
  static final String PROVISIONED_SEAL_NAME = "IPFlow Development Office Seal (QSCD)";

  @Bean(destroyMethod = "close")
  Signing signing(SigningProperties properties) {
    DevelopmentPki pki = DevelopmentPki.ensure(properties.pkiDirectory());
    // Everything is issued at B-T, at once; the long-term level of each kind follows by a job
    // (SignatureAugmentation), decisions included.
    SigningSettings settings =
        SigningSettings.development(properties.pkiDirectory())
            .withProfiles(
                SigningProfiles.defaults()
                    .with(
                        SigningProfiles.DECISION,
                        new SigningProfile(
                            SignatureFormat.PADES,
                            SignatureLevel.B_T,
                            SignerRole.OFFICER_SIGNATURE)))
            .withArchiveTimestampRenewalMargin(properties.archiveTimestampRenewalMargin());
    KeySource seal =
        properties.seal().source(pki, SignerRole.OFFICE_SEAL, "seal", PROVISIONED_SEAL_NAME);
    if (seal != null) {
      settings = settings.withSealKey(seal);
    }
    Map<String, KeySource> officers = new HashMap<>();
    properties
        .officerKeys()
        .forEach(
            (name, key) -> {
              KeySource source =
                  key.source(pki, SignerRole.OFFICER_SIGNATURE, "officer-keys." + name, name);
              if (source != null) {
                officers.put(name, source);
              }
            });
    if (!officers.isEmpty()) {
      settings = settings.withOfficerKeys(officers);
    }
    return Signing.create(settings);
  }

  @Bean
  DocumentSigner documentSigner(Signing signing) {
    return signing.signer();
  }

  @Bean
  SignatureValidator signatureValidator(Signing signing) {
    return signing.validator();
  }
}
