package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Layout at 1440 and 390 px, accessibility, errors and links (issue 16, point 8). */
class LayoutAndAccessibilityBrowserTest {
  /** The rows of a grid whose cards do not reach across it: an empty column. */
  private static final String PARTLY_EMPTY_ROWS =
      "(id) => { const grid = document.getElementById(id); const box = grid.getBoundingClientRect();"
          + " const rows = new Map(); for (const card of grid.children) {"
          + " const r = card.getBoundingClientRect(); if (!r.width) continue;"
          + " const key = Math.round(r.top); const row = rows.get(key) || {left: 1e9, right: 0, ids: []};"
          + " row.left = Math.min(row.left, r.left); row.right = Math.max(row.right, r.right);"
          + " row.ids.push(card.id); rows.set(key, row); }"
          + " return [...rows.values()].filter(r => r.left > box.left + 2 || r.right < box.right - 2)"
          + ".map(r => r.ids.join('+')); }";

  @RegisterExtension static final BrowserFixture web = new BrowserFixture();

  /**
   * Defect: "at 1440 px the third column is empty." No row of the console or the room leaves one.
   */
  @Test
  void at1440px_noColumnIsLeftEmpty() {
    ApiSetup.Created cairo = web.createCairo();
    String link = web.api().invite(cairo, "hamas");
    Page console = web.chromium().open("mediator-1440", 1440, 900);
    console.navigate(cairo.mediatorLink());
    new MediatorConsolePage(console);
    Page room = web.chromium().open("hamas-1440", 1440, 900);
    room.navigate(link);
    new PartyRoomPage(room);
    assertThat((List<?>) console.evaluate(PARTLY_EMPTY_ROWS, "console")).isEmpty();
    assertThat((List<?>) room.evaluate(PARTLY_EMPTY_ROWS, "room")).isEmpty();
    Chromium.screenshot(console, "layout-console-1440");
  }

  /**
   * Defect: "on a 390 px phone the party room is 6,881 px long." With the Cairo text released, the
   * room is at most three screens long.
   */
  @Test
  void at390px_theCairoRoomIsAtMostThreeScreens() {
    ApiSetup.Created cairo = web.createCairo();
    ApiSetup api = web.api();
    String link = api.invite(cairo, "hamas");
    api.act(
        cairo,
        cairo.mediatorToken(),
        "/texts",
        "{\"outcome\":" + DraftSpaceChartBrowserTest.NASH + "}");
    api.act(cairo, cairo.mediatorToken(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    Page room = web.chromium().open("hamas-390", 390, 844);
    room.navigate(link);
    new PartyRoomPage(room).awaitVersion(1);
    Number height = (Number) room.evaluate("document.documentElement.scrollHeight");
    System.out.println("party room at 390 px: " + height + " px (limit " + 3 * 844 + ")");
    assertThat(height.intValue()).isLessThanOrEqualTo(3 * 844);
    Chromium.screenshot(room, "layout-room-390");
  }

  /**
   * axe-core 4.x finds no serious or critical violation on any page: the landing page, the console,
   * a party room with a text to answer, and both once the agreement is recorded.
   */
  @Test
  void axe_findsNoSeriousOrCriticalViolation_onEveryPage() {
    Page landing = web.chromium().open("axe-landing");
    landing.navigate(web.server().consoleLink());
    assertThat(landing.locator("#create")).isVisible();
    assertThat(Axe.seriousViolations(landing)).as("landing page").isEmpty();

    ApiSetup.Created cairo = web.createCairo();
    ApiSetup api = web.api();
    String hamas = api.invite(cairo, "hamas");
    String israel = api.invite(cairo, "israel");
    String token = cairo.mediatorToken();
    api.act(cairo, token, "/texts", "{\"outcome\":" + DraftSpaceChartBrowserTest.NASH + "}");
    api.act(cairo, token, "/texts/1/release", "{\"to\":[\"hamas\",\"israel\"]}");
    api.act(cairo, token, "/suggestions", "{}");
    MediatorConsolePage console = web.openConsole("axe-mediator", cairo);
    assertThat(console.chart()).isVisible();
    assertThat(Axe.seriousViolations(console.page())).as("console").isEmpty();
    PartyRoomPage room = web.openRoom("axe-hamas", hamas);
    room.awaitVersion(1);
    assertThat(Axe.seriousViolations(room.page())).as("party room").isEmpty();

    api.act(cairo, ApiSetup.token(hamas), "/responses", "{\"version\":1,\"verdict\":\"accept\"}");
    api.act(cairo, ApiSetup.token(israel), "/responses", "{\"version\":1,\"verdict\":\"accept\"}");
    api.act(cairo, token, "/agreement", "{\"version\":1}");
    assertThat(room.page().locator(".agreement")).isVisible();
    assertThat(Axe.seriousViolations(room.page())).as("agreement in the room").isEmpty();
    assertThat(console.page().locator(".agreement")).isVisible();
    assertThat(Axe.seriousViolations(console.page())).as("agreement in the console").isEmpty();

    Page sheet = web.chromium().open("axe-agreement-page");
    sheet.navigate(
        web.server().baseUrl() + "/agreement.html#n=" + cairo.id() + "&t=" + ApiSetup.token(hamas));
    assertThat(sheet.locator("#sheet")).containsText("Agreement");
    assertThat(Axe.seriousViolations(sheet)).as("the printable agreement page").isEmpty();
  }

  /**
   * Defect: "raw server errors reach the page." A server failure's text (a stack trace here) never
   * reaches the page; a friendly sentence does.
   */
  @Test
  void aServerFailure_showsAFriendlyMessage_neverTheServersText() {
    ApiSetup.Created cairo = web.createCairo();
    String link = web.api().invite(cairo, "hamas");
    Page room = web.chromium().open("hamas-failure");
    room.route(
        "**/api/negotiations/" + cairo.id(),
        route ->
            route.fulfill(
                new Route.FulfillOptions()
                    .setStatus(500)
                    .setContentType("application/json")
                    .setBody(
                        "{\"error\":\"java.lang.NullPointerException: Cannot invoke"
                            + " \\\"Object.toString()\\\"\\n\\tat io.parley.live.RoomView.render\"}")));
    room.navigate(link);
    assertThat(room.locator("#page-status")).containsText("Something went wrong on the server");
    assertThat(room.locator("body")).not().containsText("NullPointerException");
    assertThat(room.locator("body")).not().containsText("io.parley");
  }

  /**
   * Defect: "links break on hash changes." After the skip link changes the fragment to #main, a
   * reload still opens the same room; pasting another room's link into the open page opens that
   * room.
   */
  @Test
  void deepLinks_surviveReloadsAndHashChanges() {
    ApiSetup.Created cairo = web.createCairo();
    String hamasLink = web.api().invite(cairo, "hamas");
    String israelLink = web.api().invite(cairo, "israel");
    Page room = web.chromium().open("hash-room");
    room.navigate(hamasLink);
    new PartyRoomPage(room);
    assertThat(room.locator("#who")).hasText("You: Hamas");
    room.locator("body").focus();
    room.keyboard().press("Tab");
    room.keyboard().press("Enter");
    assertThat(room).hasURL(java.util.regex.Pattern.compile("#main$"));
    room.reload();
    new PartyRoomPage(room);
    assertThat(room.locator("#who")).hasText("You: Hamas");

    room.evaluate(
        "(hash) => { window.location.hash = hash; }",
        israelLink.substring(israelLink.indexOf('#')));
    assertThat(room.locator("#who")).hasText("You: Israel");
    room.reload();
    assertThat(room.locator("#who")).hasText("You: Israel");
  }
}
