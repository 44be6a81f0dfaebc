package org.ipflow.platform.search;

import org.ipflow.workers.relativegrounds.MarkForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an upgrade that changes {@link MarkForms}, the forms the register holds are recomputed
 * before they are compared with forms of the new version.
 */
@Component
class FormsRefreshAtStartup {

  private static final Logger log = LoggerFactory.getLogger(FormsRefreshAtStartup.class);

  private final RegisterSearch search;

  FormsRefreshAtStartup(RegisterSearch search) {
    this.search = search;
  }

  @EventListener(ApplicationReadyEvent.class)
  void refresh() {
    int refreshed = search.refreshForms();
    if (refreshed > 0) {
      log.info(
          "Recomputed the search forms (version {}) of {} marks", MarkForms.VERSION, refreshed);
    }
  }
}
