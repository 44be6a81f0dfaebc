package org.ipflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page and message says each thing in English, French and Spanish: no key left out. */
class MessageBundlesTest {

  @ParameterizedTest(name = "messages_{0}")
  @ValueSource(strings = {"fr", "es"})
  void eachLanguageHasEveryMessageOfTheEnglishBundleAndNoOther(String language) throws IOException {
    Properties english = load("messages.properties");
    Properties translated = load("messages_" + language + ".properties");

    assertThat(translated.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(translated.stringPropertyNames())
        .allSatisfy(key -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        new InputStreamReader(
            MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
