package org.ipflow.workers.formalities;

import java.util.Set;

/**
 * What the formalities depend on besides the application: the office's territory and languages.
 *
 * @param territory the ISO 3166-1 country whose residents need no representative
 * @param languages the languages of proceedings the office works in (ISO 639-1)
 */
public record OfficeRules(String territory, Set<String> languages) {

  public OfficeRules {
    languages = Set.copyOf(languages);
  }
}
