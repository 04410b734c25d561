package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What parties and mediators read is plain words (issue 16, point 7). */
class PlainWordsBrowserTest {
  private static final String WITHDRAWAL =
      "name: withdrawal\n"
          + "parties:\n"
          + "  - {id: egypt, name: Egypt, role: mediator}\n"
          + "  - {id: north, name: North, role: party}\n"
          + "  - {id: south, name: South, role: party}\n"
          + "issues:\n"
          + "  - {id: troops, name: Troop withdrawal, values: [full_withdrawal, partial_withdrawal,"
          + " no_withdrawal]}\n"
          + "  - {id: border, name: Border crossing, values: [open_daily, closed]}\n"
          + "preferences:\n"
          + "  north:\n"
          + "    weights: {troops: 0.5, border: 0.5}\n"
          + "    values:\n"
          + "      troops: {full_withdrawal: 1, partial_withdrawal: 0.5, no_withdrawal: 0}\n"
          + "      border: {open_daily: 1, closed: 0}\n"
          + "    reservation: 0.3\n"
          + "  south:\n"
          + "    weights: {troops: 0.5, border: 0.5}\n"
          + "    values:\n"
          + "      troops: {full_withdrawal: 0, partial_withdrawal: 0.5, no_withdrawal: 1}\n"
          + "      border: {open_daily: 0.5, closed: 1}\n"
          + "    reservation: 0.3\n";

  @RegisterExtension static final BrowserFixture web = new BrowserFixture();

  /**
   * Defect: "Parties see 'Nash bargaining solution' and other analyst terms." A package the
   * mediators release reaches the party under plain words ("A package both sides may accept"); the
   * mediators keep the analyst's name.
   */
  @Test
  void aReleasedPackage_readsInPlainWordsForTheParty() {
    ApiSetup.Created cairo = web.createCairo();
    ApiSetup api = web.api();
    String link = api.invite(cairo, "israel");
    long seq = api.act(cairo, cairo.mediatorToken(), "/suggestions", "{}").get("seq").asLong();
    api.act(
        cairo,
        cairo.mediatorToken(),
        "/suggestions/" + seq + "/release",
        "{\"to\":[\"israel\"],\"package\":\"nash\"}");
    Page room = web.openRoom("israel-words", link).page();
    Locator shared = room.locator("#suggestions");
    assertThat(shared).isVisible();
    assertThat(shared).containsText("A package both sides may accept");
    assertThat(room.locator("body")).not().containsText("Nash");
    assertThat(room.locator("body")).not().containsText("bargaining solution");
    assertThat(room.locator("body")).not().containsText("Kalai");
    Chromium.screenshot(shared, "words-package-for-party");
  }

  /**
   * Defect: "issue values appear as slugs (full_withdrawal) instead of their labels." The text, the
   * response form and the console show "full withdrawal".
   */
  @Test
  void issueValues_readAsWords_notSlugs() {
    ApiSetup.Created negotiation = web.api().create(WITHDRAWAL);
    ApiSetup api = web.api();
    String link = api.invite(negotiation, "north");
    api.act(
        negotiation,
        negotiation.mediatorToken(),
        "/texts",
        "{\"outcome\":{\"troops\":\"full_withdrawal\",\"border\":\"open_daily\"}}");
    api.act(negotiation, negotiation.mediatorToken(), "/texts/1/release", "{\"to\":[\"north\"]}");
    Page room = web.openRoom("north-words", link).page();
    assertThat(room.locator("#text-body")).containsText("full withdrawal");
    assertThat(room.locator("#text-body")).containsText("open daily");
    assertThat(room.locator("#text-body")).not().containsText("full_withdrawal");
    assertThat(room.locator("#respond")).not().containsText("_withdrawal");
    Page console = web.openConsole("mediator-words", negotiation).page();
    assertThat(console.locator("#text-body")).containsText("full withdrawal");
    assertThat(console.locator("#text-body")).not().containsText("full_withdrawal");
  }

  /**
   * Defect: "robot reasons are shown as bare numbers." A robot's reasons read as sentences: a
   * capital, a full stop, utilities as percentages, never a bare decimal.
   */
  @Test
  void robotReasons_readAsSentences() {
    ApiSetup.Created cairo = web.createCairo();
    ApiSetup api = web.api();
    api.act(
        cairo,
        cairo.mediatorToken(),
        "/seats",
        "{\"participant\":\"hamas\",\"strategy\":\"boulware\"}");
    api.act(
        cairo,
        cairo.mediatorToken(),
        "/texts",
        "{\"outcome\":{\"hostage-release\":\"all-at-once\",\"ceasefire\":\"temporary-pause\","
            + "\"rafah-operation\":\"proceed\",\"leader-guarantees\":\"none\","
            + "\"doha-office\":\"relocated\"}}");
    api.act(cairo, cairo.mediatorToken(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    Page console = web.openConsole("mediator-robot", cairo).page();
    Locator response = console.locator("#responses [data-party=\"hamas\"]");
    assertThat(response).containsText("Version 1");
    List<String> reasons =
        response.locator("blockquote.reason, tbody td:last-child").allTextContents();
    assertThat(reasons).isNotEmpty();
    for (String reason : reasons) {
      assertThat(reason).as("a robot's reason").matches(Pattern.compile("^[A-Z\"].*[.!?)\"]$"));
      assertThat(reason).doesNotContainPattern("\\b0\\.\\d");
    }
    Chromium.screenshot(response, "words-robot-reasons");
  }
}
