package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The module is built and tested under the parent's Spring Boot 4.1.2 dependency management, which
 * moves DSS's XML stack to Jakarta XML Binding 4.0.x (GlassFish runtime 4.0.x) and Apache Santuario
 * xmlsec 3.0.6. This test pins that premise: if the versions move, it fails, and {@link
 * FormatLevelMatrixTest} (all twelve format x level cases) shows whether DSS still works with them.
 */
class SpringBootDependencyManagementTest {

  @Test
  void dssRunsOnJakartaXmlBinding40AndXmlsec306() throws Exception {
    assertThat(version(jakarta.xml.bind.JAXBContext.class)).startsWith("4.0.");
    assertThat(version(org.glassfish.jaxb.runtime.v2.ContextFactory.class)).startsWith("4.0.");
    assertThat(version(org.apache.xml.security.Init.class)).isEqualTo("3.0.6");
  }

  private static String version(Class<?> type) throws Exception {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      Attributes attributes = file.getManifest().getMainAttributes();
      String version = attributes.getValue("Bundle-Version");
      if (version == null) {
        version = attributes.getValue("Implementation-Version");
      }
      return version;
    }
  }
}
