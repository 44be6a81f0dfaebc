package org.ipflow.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;

/** Screenshots of a browser test's steps, kept as build artefacts under target/screenshots/. */
public final class Screenshots {

  private static final Path DIR = Path.of("target", "screenshots");

  private Screenshots() {}

  public static void save(Browser browser, String name) {
    try {
      Files.createDirectories(DIR);
      Files.write(DIR.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
