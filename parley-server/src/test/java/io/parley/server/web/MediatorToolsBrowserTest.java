package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
  }
}
