package org.ipflow.workers.classification;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A tab-separated data file on the classpath: lines starting with '#' are comments. Its content
 * hash goes into every decision, so a replayed decision can prove it used the same data.
 *
 * @param resource where the file is on the classpath
 * @param rows the data lines, split on tabs
 * @param sha256 hex SHA-256 of the file's bytes
 */
record DataFile(String resource, List<String[]> rows, String sha256) {

  static DataFile load(String resource) {
    byte[] bytes;
    try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "classification data missing from the classpath: " + resource);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
          fields[i] = fields[i].trim();
        }
        if (fields.length < 2 || fields[0].isEmpty()) {
          throw new IllegalStateException(resource + " line " + number + " is not tab-separated");
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DataFile(resource, List.copyOf(rows), sha256(bytes));
  }

  /** A short fingerprint for messages and snapshots. */
  String fingerprint() {
    return "sha256:" + sha256.substring(0, 16);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
