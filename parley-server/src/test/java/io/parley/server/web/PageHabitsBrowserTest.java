package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The habits a person relies on: clear empty states and errors, a label for every control, forms
 * usable from the keyboard, copyable invitation links, and pages that fit a phone's width.
 */
class PageHabitsBrowserTest {
  /** Lists every visible form control that has no accessible name. */
  private static final String UNLABELLED_CONTROLS =
      "() => [...document.querySelectorAll('input, select, textarea, button')]"
          + ".filter(e => e.type !== 'hidden' && e.getClientRects().length > 0)"
          + ".filter(e => { const label = e.labels && e.labels.length ? e.labels[0].textContent"
          + " : (e.getAttribute('aria-label') || (e.tagName === 'BUTTON' ? e.textContent : ''));"
          + " return !label.trim(); })"
          + ".map(e => e.outerHTML.slice(0, 120))";

  private static final String OVERFLOWS =
      "() => document.documentElement.scrollWidth > window.innerWidth + 1";

  @RegisterExtension static final BrowserFixture web = new BrowserFixture();

  @Test
  void landingPage_withoutConsoleKey_explainsAndOffersNoForm() {
    Page page = web.chromium().open("visitor");
    page.navigate(web.server().baseUrl() + "/");
    assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What this is")))
        .isVisible();
    assertThat(page.locator("#create")).isHidden();
    Chromium.screenshot(page, "habits-landing");
  }

  @Test
  void landingPage_withMalformedScenario_showsTheServersMessage() {
    Page page = web.chromium().open("organiser");
    page.navigate(web.server().consoleLink());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the negotiation"))
        .click();
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Paste or upload a scenario first");
    page.getByLabel("Or paste the scenario").fill("name: broken\nparties: [");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the negotiation"))
        .click();
    assertThat(page.locator("#create-status")).containsText("YAML");
    Chromium.screenshot(page, "habits-landing-error");
  }

  @Test
  void pagesWithoutOrWithBadLinks_sayWhatToDo() {
    Page room = web.chromium().open("stranger");
    room.navigate(web.server().baseUrl() + "/room.html");
    assertThat(room.locator("#page-status")).containsText("needs your personal link");
    room.navigate(web.server().baseUrl() + "/mediator.html#n=nothing&t=not-a-token");
    assertThat(room.locator("#page-status")).isVisible();
    assertThat(room.locator("#console")).isHidden();
    Chromium.screenshot(room, "habits-bad-link");
  }

  @Test
  void everyControl_hasALabel_andTheRoomWorksFromTheKeyboard() throws Exception {
    MediatorConsolePage mediator = web.openConsole("mediator", web.createCairo());
    Page console = mediator.page();
    String link = mediator.invite("Hamas");
    console.locator("#schedule summary").click();
    console.locator("#adjourn summary").click();
    assertThat(console.locator("#text-body")).containsText("No text yet");
    assertThat(console.locator("#responses-body")).containsText("No response yet");
    assertThat((List<?>) console.evaluate(UNLABELLED_CONTROLS)).isEmpty();

    PartyRoomPage hamas = web.openRoom("hamas", link);
    hamas.openPreferences();
    Page room = hamas.page();
    room.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a red line")).click();
    assertThat((List<?>) room.evaluate(UNLABELLED_CONTROLS)).isEmpty();

    String message = "Sent without a mouse";
    room.locator("body").focus();
    for (int i = 0;
        i < 200 && !"message-text".equals(room.evaluate("document.activeElement.id"));
        i++) {
      room.keyboard().press("Tab");
    }
    assertThat(room.evaluate("document.activeElement.id")).isEqualTo("message-text");
    room.keyboard().type(message);
    room.keyboard().press("Tab");
    room.keyboard().press("Enter");
    assertThat(room.locator("#messages-body")).containsText(message);
    assertThat(console.locator("#messages-body")).containsText(message);
    Chromium.screenshot(room, "habits-room-keyboard");
    Chromium.screenshot(console, "habits-console-empty-states");
  }

  @Test
  void invitationLink_copiesToTheClipboard() throws Exception {
    MediatorConsolePage mediator = web.openConsole("mediator-copy", web.createCairo());
    Page console = mediator.page();
    String link = mediator.invite("Israel");
    Locator participant = console.locator("[data-participant=\"israel\"]");
    participant
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy link"))
        .click();
    assertThat(participant.locator(".copy-note")).hasText("Copied");
    assertThat(console.evaluate("navigator.clipboard.readText()")).isEqualTo(link);
    Chromium.screenshot(participant, "habits-copied-link");
  }

  @Test
  void consoleAndRoom_fitAPhoneWidth() throws Exception {
    ApiSetup.Created negotiation = web.createCairo();
    String link = web.api().invite(negotiation, "israel");
    Page console = web.chromium().open("mediator-phone", 390, 844);
    console.navigate(negotiation.mediatorLink());
    new MediatorConsolePage(console);
    Page room = web.chromium().open("israel-phone", 390, 844);
    room.navigate(link);
    new PartyRoomPage(room);
    assertThat(console.evaluate(OVERFLOWS)).isEqualTo(false);
    assertThat(room.evaluate(OVERFLOWS)).isEqualTo(false);
    Chromium.screenshot(console, "habits-console-phone");
    Chromium.screenshot(room, "habits-room-phone");
  }
}
