package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's finer tools, each seen from both rooms: releasing a text to one party only, passing
 * a party's message on, showing a suggested package to one party, adjourning, and revoking a link.
 */
class MediatorToolsBrowserTest {
  private static Chromium chromium;
  private static LiveServer server;

  @RegisterExtension
  static final AfterTestExecutionCallback SCREENSHOT_ON_FAILURE =
      context -> {
        if (context.getExecutionException().isPresent() && chromium != null) {
          chromium.screenshotAll("failed-" + context.getRequiredTestMethod().getName());
        }
      };

  @BeforeAll
  static void start() {
    chromium = Chromium.launch();
    server = LiveServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void eachToolReachesOnlyTheChosenParty() throws Exception {
    ApiSetup api = new ApiSetup(server);
    ApiSetup.Created negotiation =
        api.create(
            Files.readString(
                CairoMediationBrowserTest.examples().resolve("cairo-2024-phased.yaml")));
    String israelLink = api.invite(negotiation, "israel");
    String hamasLink = api.invite(negotiation, "hamas");
    Page consolePage = chromium.open("tools-mediator");
    consolePage.navigate(negotiation.mediatorLink());
    MediatorConsolePage console = new MediatorConsolePage(consolePage);
    Page hamasPage = chromium.open("tools-hamas");
    hamasPage.navigate(hamasLink);
    PartyRoomPage hamas = new PartyRoomPage(hamasPage);
    Page israelPage = chromium.open("tools-israel");
    israelPage.navigate(israelLink);
    PartyRoomPage israel = new PartyRoomPage(israelPage);

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
    message.getByLabel("Israel").check();
    message.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pass on")).click();
    assertThat(israelPage.locator("#messages-body")).containsText(statement);

    console.askForSuggestions();
    Locator nash = consolePage.locator("#suggestions-body .package[data-package=\"nash\"]");
    nash.getByText("Show it to parties").click();
    nash.getByLabel("Israel").check();
    nash.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Release this package"))
        .click();
    assertThat(israelPage.locator("#suggestions")).isVisible();
    assertThat(israelPage.locator("#suggestions-body")).containsText("Nash bargaining solution");
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
    assertThat(chromium.problems(CairoMediationBrowserTest.OPTIONAL_ENDPOINTS, "401")).isEmpty();
  }

  @Test
  void aRobotSeat_answersTheReleasedText_andTheConsoleShowsItLive() throws Exception {
    ApiSetup.Created negotiation =
        new ApiSetup(server)
            .create(
                Files.readString(
                    CairoMediationBrowserTest.examples().resolve("cairo-2024-phased.yaml")));
    Page consolePage = chromium.open("robot-mediator");
    consolePage.navigate(negotiation.mediatorLink());
    MediatorConsolePage console = new MediatorConsolePage(consolePage);
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
        new ApiSetup(server)
            .get("/api/negotiations/" + negotiation.id(), negotiation.mediatorToken())
            .get("parties");
    for (JsonNode party : parties) {
      if (party.get("id").asText().equals("israel")) {
        assertThat(party.get("robot").isNull()).as("israel's seat after 'human'").isTrue();
      }
    }
    Chromium.screenshot(israel, "tools-seat-given-back");
    assertThat(chromium.problems(CairoMediationBrowserTest.OPTIONAL_ENDPOINTS)).isEmpty();
  }

  @Test
  void endingTheTalks_needsAReasonAndAConfirmation_andEveryPageShowsWhy() throws Exception {
    ApiSetup api = new ApiSetup(server);
    ApiSetup.Created negotiation =
        api.create(
            Files.readString(
                CairoMediationBrowserTest.examples().resolve("cairo-2024-phased.yaml")));
    String hamasLink = api.invite(negotiation, "hamas");
    Page consolePage = chromium.open("end-mediator");
    consolePage.navigate(negotiation.mediatorLink());
    MediatorConsolePage console = new MediatorConsolePage(consolePage);
    console.compose(Map.of("Ceasefire", "extended-truce"), "Before the talks end");
    console.saveAndRelease(1);
    Page hamasPage = chromium.open("end-hamas");
    hamasPage.navigate(hamasLink);
    PartyRoomPage hamas = new PartyRoomPage(hamasPage);
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
    Chromium.screenshot(hamasPage, "tools-ended-hamas");
    assertThat(chromium.problems(CairoMediationBrowserTest.OPTIONAL_ENDPOINTS)).isEmpty();
  }
}
