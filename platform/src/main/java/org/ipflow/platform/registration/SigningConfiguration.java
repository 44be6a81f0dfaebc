package org.ipflow.platform.registration;

import java.nio.file.Path;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.Signing;
import org.ipflow.signing.SigningSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signing services. The development PKI is generated once into the run directory and reused on
 * every start: regenerating it would orphan every signature already issued.
 */
@Configuration
class SigningConfiguration {

  @Bean(destroyMethod = "close")
  Signing signing(@Value("${ipflow.signing.pki-directory}") Path pkiDirectory) {
    return Signing.create(SigningSettings.development(pkiDirectory));
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
