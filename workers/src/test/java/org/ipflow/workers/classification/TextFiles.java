package org.ipflow.workers.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Reads the comment header of a data file, for tests about what it declares. */
final class TextFiles {

  private TextFiles() {}

  static String header(String resource) {
    try (InputStream in = TextFiles.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
