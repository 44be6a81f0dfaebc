package org.ipflow.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module carries the official ST.96 V6.0 schemas unchanged. */
class OfficialSchemasTest {

  @Test
  void bundledSchemasMatchTheirRecordedChecksums() throws Exception {
    List<String> lines = lines("/st96/SHA256SUMS");
    assertThat(lines).hasSize(15);
    for (String line : lines) {
      String[] parts = line.split("\\s+", 2);
      assertThat(sha256(bytes("/st96/" + parts[1]))).as(parts[1]).isEqualTo(parts[0]);
    }
  }

  @Test
  void bundledSchemasAreByteForByteTheOfficialOnesWhereTheStandardsFolderIsAtHand()
      throws Exception {
    Path official = locateStandards();
    if (official == null) {
      return; // only the checksums can be checked away from the workspace
    }
    for (String line : lines("/st96/SHA256SUMS")) {
      String name = line.split("\\s+", 2)[1];
      assertThat(bytes("/st96/" + name))
          .as(name)
          .isEqualTo(Files.readAllBytes(official.resolve(name)));
    }
  }

  private static Path locateStandards() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/standards/st96-v6_0");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      Path sibling = dir.resolve("../shared/standards/st96-v6_0").normalize();
      if (Files.isDirectory(sibling)) {
        return sibling;
      }
    }
    return null;
  }

  private static List<String> lines(String resource) throws IOException {
    return new String(bytes(resource), java.nio.charset.StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.isBlank())
        .toList();
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = OfficialSchemasTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] data) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
