package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Several applications in progress per account: the wizard's application is set aside and another
 * begun; "My filings" lists both, each continued where it was left or deleted; another party's
 * draft does not exist for the caller.
 */
@PlatformTest
class PortalDraftsIT {

  private static final Pattern DRAFT_ROW =
      Pattern.compile("data-draft=\"([0-9a-f-]{36})\" data-current=\"(true|false)\"");

  @LocalServerPort int port;

  @Test
  void anApplicantSetsAnApplicationAsideBeginsAnotherAndContinuesEach() {
    Api api = new Api(port);
    assertThat(post(api, "/portal/filings/new/right", "alice", right("TRADEMARK", "next")).status())
        .isEqualTo(302);
    Api.Response aside = post(api, "/portal/filings/new/another", "alice", "");
    assertThat(aside.status()).isEqualTo(302);
    assertThat(aside.header("Location")).endsWith("/portal/filings/new");
    assertThat(post(api, "/portal/filings/new/right", "alice", right("DESIGN", "stay")).status())
        .isEqualTo(302);

    Map<String, Boolean> drafts = drafts(api, "alice");
    assertThat(drafts).hasSize(2).containsValue(true).containsValue(false);
    String design = current(drafts);
    String mark = drafts.keySet().stream().filter(id -> !id.equals(design)).findFirst().get();
    assertThat(wizardStep(api)).isEqualTo("right");

    assertThat(post(api, "/portal/drafts/" + mark + "/continue", "agnes", "").status())
        .isEqualTo(404);
    assertThat(post(api, "/portal/drafts/" + mark + "/delete", "agnes", "").status())
        .isEqualTo(404);
    assertThat(post(api, "/portal/drafts/not-a-draft/continue", "alice", "").status())
        .as("an id that is no UUID names nothing")
        .isEqualTo(404);

    Api.Response continued = post(api, "/portal/drafts/" + mark + "/continue", "alice", "");
    assertThat(continued.status()).isEqualTo(302);
    assertThat(continued.header("Location")).endsWith("/portal/filings/new");
    assertThat(current(drafts(api, "alice"))).isEqualTo(mark);
    assertThat(wizardStep(api)).as("the trade mark was left at its second step").isEqualTo("who");

    Api.Response deleted = post(api, "/portal/drafts/" + design + "/delete", "alice", "");
    assertThat(deleted.status()).isEqualTo(302);
    assertThat(deleted.header("Location")).endsWith("/portal/filings?deleted");
    assertThat(drafts(api, "alice")).containsOnlyKeys(mark);
    assertThat(post(api, "/portal/drafts/" + design + "/continue", "alice", "").status())
        .isEqualTo(404);
  }

  @Test
  void aControlCharacterTypedIntoTheWizardIsLeftOutOfTheDraftAndShownAsItsFieldsError() {
    Api api = new Api(port);
    assertThat(post(api, "/portal/filings/new/right", "agnes", right("TRADEMARK", "next")).status())
        .isEqualTo(302);

    // U+0000 cannot be stored at all (PostgreSQL refuses it); U+001B would end up in letters.
    Api.Response who =
        post(
            api,
            "/portal/filings/new/who",
            "agnes",
            "applicant-name=Carol%00Bernard&applicant-country=FR"
                + "&applicant-address=1+rue+de+la+Paix%1B&action=next");

    assertThat(who.status()).isEqualTo(400);
    assertThat(who.contentType()).startsWith("text/html");
    String page = new String(who.bytes(), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("id=\"error-summary\"", "control character the office cannot store")
        .containsPattern("id=\"applicant-name\"[^>]*aria-invalid=\"true\"")
        .containsPattern("id=\"applicant-address\"[^>]*aria-invalid=\"true\"")
        .contains("value=\"CarolBernard\"")
        .doesNotContain("\u0000", "\u001b");
  }

  private static String right(String right, String action) {
    return "ipRight=" + right + "&languageOfProceedings=en&action=" + action;
  }

  /** Where the wizard continues: the step its start redirects to. */
  private static String wizardStep(Api api) {
    Api.Response start =
        api.send(
            api.builder("/portal/filings/new", Tokens.of("alice"))
                .header("Accept", "text/html")
                .GET()
                .build());
    assertThat(start.status()).isEqualTo(302);
    String location = start.header("Location");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** The drafts "My filings" lists, each with whether it is the wizard's current one. */
  private static Map<String, Boolean> drafts(Api api, String user) {
    Api.Response page =
        api.send(
            api.builder("/portal/filings", Tokens.of(user))
                .header("Accept", "text/html")
                .GET()
                .build());
    assertThat(page.status()).isEqualTo(200);
    Matcher rows = DRAFT_ROW.matcher(new String(page.bytes(), StandardCharsets.UTF_8));
    Map<String, Boolean> drafts = new LinkedHashMap<>();
    while (rows.find()) {
      drafts.put(rows.group(1), Boolean.parseBoolean(rows.group(2)));
    }
    return drafts;
  }

  private static String current(Map<String, Boolean> drafts) {
    return drafts.entrySet().stream().filter(Map.Entry::getValue).findFirst().get().getKey();
  }

  /** A form as the page's form posts it (bearer token: no CSRF token needed). */
  private static Api.Response post(Api api, String path, String user, String form) {
    return api.send(
        api.builder(path, Tokens.of(user))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }
}
