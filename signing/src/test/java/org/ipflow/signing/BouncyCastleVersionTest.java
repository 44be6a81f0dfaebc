package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/**
 * DSS 6.4 works with BouncyCastle 1.83 and 1.84 only: from 1.85 on, PAdES signatures are silently
 * not found when validating. This guard fails the build if a dependency update moves BouncyCastle.
 */
class BouncyCastleVersionTest {

  @Test
  void bouncyCastleProviderOnClasspathIsVersion183Or184() {
    String version = new BouncyCastleProvider().getVersionStr();
    assertThat(version).as("BouncyCastle provider version").isIn("1.83", "1.84");
  }

  @Test
  void bouncyCastleJarsOnClasspathAreVersion183Or184() throws Exception {
    assertThat(bundleVersion(BouncyCastleProvider.class)).as("bcprov").isIn("1.83", "1.84");
    assertThat(bundleVersion(CMSSignedData.class)).as("bcpkix").isIn("1.83", "1.84");
    assertThat(bundleVersion(org.bouncycastle.asn1.cms.ContentInfo.class))
        .as("bcutil")
        .isIn("1.83", "1.84");
  }

  private static String bundleVersion(Class<?> type) throws IOException, URISyntaxException {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest().getMainAttributes().getValue("Bundle-Version");
    }
  }
}
