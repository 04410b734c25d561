package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's finer tools, each seen from both rooms: releasing a text to one party only, passing
 * a party's message on, showing a suggested package to one party, adjourning, and revoking a link.
 */
class MediatorToolsBrowserTest {
  @RegisterExtension static final BrowserFixture web = new BrowserFixture();

  @Test
  void eachToolReachesOnlyTheChosenParty() throws Exception {
    ApiSetup api = web.api();
    ApiSetup.Created negotiation = web.createCairo();
    String israelLink = api.invite(negotiation, "israel");
    String hamasLink = api.invite(negotiation, "hamas");
    MediatorConsolePage console = web.openConsole("tools-mediator", negotiation);
    Page consolePage = console.page();
    PartyRoomPage hamas = web.openRoom("tools-hamas", hamasLink);
    Page hamasPage = hamas.page();
    Page israelPage = web.openRoom("tools-israel", israelLink).page();

    String note = "A first text for Hamas alone (M-1001)";
    console.compose(Map.of("Ceasefire", "temporary-pause"), note);
    consolePage.locator("#composer-form").getByLabel("Israel").uncheck();
    console.saveAndRelease(1);
    hamas.awaitVersion(1);
    assertThat(hamasPage.locator("#text-body")).containsText(note);
    assertThat(israelPage.locator("#text-body")).containsText("not released a text");
    assertThat(israelPage.content()).doesNotContain(note);

    String statement = "Hamas is ready to talk about phases (H-2002)";
    hamas.sendMessage(statement);
    Locator message =
        consolePage.locator("#messages-body li", new Page.LocatorOptions().setHasText(statement));
    message.getByText("Pass this message on").click();
    message.locator("form.forward").getByLabel("Israel").check();
    message.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pass on")).click();
    assertThat(israelPage.locator("#messages-body")).containsText(statement);

    console.askForSuggestions();
    Locator nash = consolePage.locator("#suggestions-body .package[data-package=\"nash\"]");
    nash.getByText("Show it to parties").click();
    nash.getByLabel("Israel").check();
    nash.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Release this package"))
        .click();
    assertThat(israelPage.locator("#suggestions")).isVisible();
    assertThat(israelPage.locator("#suggestions-body"))
        .containsText("A package both sides may accept");
    assertThat(hamasPage.locator("#suggestions")).isHidden();

    console.scheduleSession("Talks resume in Egypt", "Cairo", "Tuesday");
    consolePage.locator("#adjourn summary").click();
    consolePage
        .locator("#adjourn-form")
        .getByLabel("Until which session")
        .selectOption("Talks resume in Egypt");
    consolePage
        .locator("#adjourn-form")
        .getByLabel("Reason")
        .fill("The delegation leaves for Doha");
    consolePage
        .locator("#adjourn-form")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjourn"))
        .click();
    assertThat(consolePage.locator("#sessions-body"))
        .containsText("Adjourned until Talks resume in Egypt");
    Chromium.screenshot(consolePage, "tools-mediator");
    assertThat(israelPage.locator("#sessions-body")).containsText("Talks resume in Egypt");
    Chromium.screenshot(israelPage, "tools-israel");

    consolePage
        .locator("#participants")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke Israel's link"))
        .click();
    assertThat(consolePage.locator("[data-participant=\"israel\"]"))
        .containsText("not invited yet");
    israelPage.getByLabel("Write to the mediators").fill("Still there?");
    israelPage
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to the mediators"))
        .click();
    assertThat(israelPage.locator("#messages-status")).isVisible();
    assertThat(israelPage.locator("#messages-status")).hasAttribute("data-kind", "error");
    Chromium.screenshot(israelPage, "tools-israel-revoked");
    assertThat(web.chromium().problems(BrowserFixture.OPTIONAL_ENDPOINTS, "401")).isEmpty();
  }

  @Test
  void aRobotSeat_answersTheReleasedText_andTheConsoleShowsItLive() throws Exception {
    ApiSetup.Created negotiation = web.createCairo();
    MediatorConsolePage console = web.openConsole("robot-mediator", negotiation);
    Page consolePage = console.page();
    Locator israel = consolePage.locator("[data-participant=\"israel\"]");
    israel.getByText("Let a robot take this seat").click();
    israel.getByLabel("Robot strategy for Israel").selectOption("hardliner");
    israel
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Seat the robot"))
        .click();
    assertThat(israel).containsText("Robot seat: hardliner");
    console.compose(Map.of("Ceasefire", "extended-truce"), "For the robot");
    console.saveAndRelease(1);
    assertThat(console.response("israel")).containsText("Version 1");
    assertThat(console.response("hamas")).containsText("No response yet");
    Chromium.screenshot(consolePage, "tools-robot-seat");

    israel.getByText("Robot seat: hardliner").click();
    israel.getByLabel("Robot strategy for Israel").selectOption("human");
    israel
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change the seat"))
        .click();
    assertThat(israel.locator("summary")).hasText("Let a robot take this seat");
    assertThat(israel.locator(".meta")).not().containsText("robot seat");
    JsonNode parties =
        web.api()
            .get("/api/negotiations/" + negotiation.id(), negotiation.mediatorToken())
            .get("parties");
    for (JsonNode party : parties) {
      if (party.get("id").asText().equals("israel")) {
        assertThat(party.get("robot").isNull()).as("israel's seat after 'human'").isTrue();
      }
    }
    Chromium.screenshot(israel, "tools-seat-given-back");
    assertThat(web.chromium().problems(BrowserFixture.OPTIONAL_ENDPOINTS)).isEmpty();
  }

  @Test
  void endingTheTalks_needsAReasonAndAConfirmation_andEveryPageShowsWhy() throws Exception {
    ApiSetup.Created negotiation = web.createCairo();
    String hamasLink = web.api().invite(negotiation, "hamas");
    MediatorConsolePage console = web.openConsole("end-mediator", negotiation);
    Page consolePage = console.page();
    console.compose(Map.of("Ceasefire", "extended-truce"), "Before the talks end");
    console.saveAndRelease(1);
    PartyRoomPage hamas = web.openRoom("end-hamas", hamasLink);
    Page hamasPage = hamas.page();
    hamas.awaitVersion(1);

    Locator end = consolePage.locator("#end-talks");
    end.locator("summary").focus();
    consolePage.keyboard().press("Enter");
    Locator reason = end.getByLabel("Reason for ending the talks");
    Locator ask =
        end.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End the talks…"));
    ask.focus();
    consolePage.keyboard().press("Enter");
    assertThat(end.locator("#end-status")).containsText("Write the reason");
    assertThat(reason).isFocused();

    String why = "The parties will not meet again this year (M-4410)";
    consolePage.keyboard().type(why);
    consolePage.keyboard().press("Tab");
    assertThat(ask).isFocused();
    consolePage.keyboard().press("Enter");
    Locator confirm =
        end.getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, end the talks"));
    assertThat(confirm).isFocused();
    assertThat(end.locator(".confirmation")).containsText(why);
    Chromium.screenshot(end, "tools-end-confirm");
    consolePage.keyboard().press("Tab");
    consolePage.keyboard().press("Enter");
    assertThat(end.locator(".confirmation")).isHidden();
    assertThat(ask).isFocused();
    assertThat(console.section("overview")).containsText("Open");

    consolePage.keyboard().press("Enter");
    assertThat(confirm).isFocused();
    consolePage.keyboard().press("Enter");
    assertThat(console.section("overview")).containsText("Ended without agreement");
    assertThat(console.section("overview")).containsText(why);
    assertThat(consolePage.locator("#ended-body")).containsText(why);
    assertThat(consolePage.locator("#ended-body")).isFocused();
    assertThat(end).isHidden();
    assertThat(consolePage.locator("#agreement-form")).isHidden();
    Chromium.screenshot(consolePage, "tools-ended-mediator");

    assertThat(hamasPage.locator("#ended")).isVisible();
    assertThat(hamasPage.locator("#ended-body")).containsText(why);
    assertThat(hamasPage.locator("#respond-form")).containsText("The negotiation is closed");
    assertThat(hamasPage.locator("#message-form")).isHidden();
    assertThat(hamasPage.locator("#messages-closed")).isVisible();
    Chromium.screenshot(hamasPage, "tools-ended-hamas");
    assertThat(web.chromium().problems(BrowserFixture.OPTIONAL_ENDPOINTS)).isEmpty();
  }
}
