package org.ipflow.platform.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TestStack;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's curl walkthrough works as written: it is run, verbatim, against a test instance set
 * up as {@code run.sh} sets up the development office (a short opposition period).
 */
@PlatformTest
@TestPropertySource(properties = "ipflow.opposition.period=PT5S")
class ReadmeWalkthroughIT {

  @LocalServerPort int port;
  @Autowired SignatureValidator validator;

  @Test
  void walkthroughFilesDecidesAndDownloadsASealedCertificate(@TempDir Path workDir)
      throws Exception {
    Path project = Path.of(System.getProperty("ipflow.test.project-dir", "..")).toAbsolutePath();
    String readme = Files.readString(project.resolve("README.md"), StandardCharsets.UTF_8);
    String script = walkthrough(readme);
    Files.createSymbolicLink(workDir.resolve("docs"), project.resolve("docs"));
    Path scriptFile = workDir.resolve("walkthrough.sh");
    Files.writeString(scriptFile, "set -euo pipefail\n" + script);

    ProcessBuilder bash =
        new ProcessBuilder("bash", scriptFile.toString())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("walkthrough.log").toFile());
    bash.environment().put("API", "http://localhost:" + port + "/api/v1");
    bash.environment().put("KEYCLOAK", TestStack.get().keycloakUrl());
    Process process = bash.start();
    boolean finished = process.waitFor(3, TimeUnit.MINUTES);
    String output = Files.readString(workDir.resolve("walkthrough.log"));
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("walkthrough finished in time:\n%s", output).isTrue();
    assertThat(process.exitValue()).as("walkthrough output:\n%s", output).isZero();
    assertThat(output)
        .contains("\"status\": \"REGISTERED\"")
        .contains("Saved registration-certificate.pdf");
    ValidationResult certificate =
        validator.validate(
            Files.readAllBytes(workDir.resolve("registration-certificate.pdf")), "certificate.pdf");
    assertThat(certificate.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(certificate.format()).isEqualTo("PAdES-BASELINE-T");
  }

  private static String walkthrough(String readme) {
    String start = "<!-- walkthrough:start -->";
    String end = "<!-- walkthrough:end -->";
    String block = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf(end));
    return block.substring(block.indexOf("```bash") + "```bash".length(), block.lastIndexOf("```"));
  }
}
