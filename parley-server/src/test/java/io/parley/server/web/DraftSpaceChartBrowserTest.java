package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's chart of the draft space, as the server's one chart model draws it (issue 16,
 * points 4 and 5).
 */
class DraftSpaceChartBrowserTest {
  static final String NASH =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";

  /** Crosses Israel's red line (no immediate permanent end of the war). */
  static final String PERMANENT_END =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"permanent-end\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";

  @RegisterExtension static final BrowserFixture web = new BrowserFixture();

  /**
   * Defect: "The chart of the draft space does not show the zone of agreement, the frontier or the
   * drafts that cross a party's red line, and its caption says 'no zone' where one exists." The
   * chart now shows the frontier (one mark per point the server lists), the zone (shaded, its
   * frontier points marked) with a caption that says a zone exists on the Cairo example, every
   * draft, and the draft that crosses Israel's red line; the same points are in a table reached
   * from the keyboard.
   */
  @Test
  void chart_showsFrontierZoneDraftsAndRedLineCrossings_andATableReachedByKeyboard() {
    ApiSetup.Created cairo = web.createCairo();
    ApiSetup api = web.api();
    api.act(cairo, cairo.mediatorToken(), "/texts", "{\"outcome\":" + NASH + "}");
    api.act(cairo, cairo.mediatorToken(), "/texts", "{\"outcome\":" + PERMANENT_END + "}");
    MediatorConsolePage console = web.openConsole("mediator-chart", cairo);
    Page page = console.page();
    Locator chart = console.chart();
    JsonNode space =
        api.get("/api/negotiations/" + cairo.id() + "/utility-space", cairo.mediatorToken());

    assertThat(chart.locator("circle.pareto")).hasCount(space.get("frontier").size());
    assertThat(chart.locator("circle.pareto.in-zone").first()).isVisible();
    assertThat(chart.locator("g.zone")).hasCount(1);
    assertThat(chart.locator(".draft")).hasCount(2);
    assertThat(chart.locator("circle.draft")).hasCount(1);
    assertThat(chart.locator(".draft.current.crosses-red-line")).hasCount(1);
    assertThat(page.locator("#space .zone-summary")).hasText(space.get("zoneSummary").asText());
    assertThat(page.locator("#space .zone-summary")).containsText("A zone of agreement exists");
    assertThat(page.locator("#space")).not().containsText("no zone");

    page.locator("body").focus();
    for (int i = 0; i < 300 && !isTableSummary(page); i++) {
      page.keyboard().press("Tab");
    }
    assertThat(isTableSummary(page)).as("the table's summary is reached with Tab").isTrue();
    page.keyboard().press("Enter");
    Locator table = page.locator("#space table.chart-table");
    assertThat(table).isVisible();
    assertThat(table.locator("tr[data-kind=\"frontier\"]")).hasCount(space.get("frontier").size());
    assertThat(table.locator("tr[data-kind=\"draft\"]")).hasCount(2);
    assertThat(table.locator("tr[data-kind=\"draft\"]").last())
        .containsText("Crosses a red line: yes: Israel's");
    assertThat(table.locator("tr[data-kind=\"draft\"]").first()).containsText("no");
    Chromium.screenshot(console.section("space"), "chart-zone-and-red-line");
    assertThat(web.chromium().problems(BrowserFixture.OPTIONAL_ENDPOINTS)).isEmpty();
  }

  /**
   * Defect: "The chart is drawn twice — about 1,010 lines in Java and 322 in JavaScript — and
   * utility rules are re-implemented in JavaScript." The pages load no chart-drawing or utility
   * module (the chart is the server's SVG, placed as it is), and the room's preview of preferences
   * being edited is the server's answer: moving a slider asks the server.
   */
  @Test
  void pages_holdNoChartDrawingOrUtilityRules_thePreviewIsTheServers() {
    ApiSetup.Created cairo = web.createCairo();
    ApiSetup api = web.api();
    String link = api.invite(cairo, "hamas");
    api.act(cairo, cairo.mediatorToken(), "/texts", "{\"outcome\":" + NASH + "}");
    api.act(cairo, cairo.mediatorToken(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    MediatorConsolePage console = web.openConsole("mediator-model", cairo);
    assertThat(console.chart().locator("circle.draft")).hasCount(1);
    PartyRoomPage room = web.openRoom("hamas-model", link);
    room.awaitVersion(1);

    room.openPreferences();
    assertThat(room.page().locator("#preview-utility")).isVisible(); // the first preview, at load
    com.microsoft.playwright.Request preview =
        room.page()
            .waitForRequest(
                request -> request.url().endsWith("/preferences/preview"),
                () -> room.slide("How much each issue matters", "Ceasefire", 90));
    JsonNode answer =
        api.act(cairo, ApiSetup.token(link), "/preferences/preview", preview.postData());
    long percent = Math.round(answer.get("texts").get(0).get("utility").asDouble() * 100);
    assertThat(room.page().locator("#preview-utility")).hasText(percent + "%");

    for (Page page : List.of(console.page(), room.page())) {
      @SuppressWarnings("unchecked")
      List<String> scripts =
          (List<String>)
              page.evaluate(
                  "() => performance.getEntriesByType('resource').map(e => e.name)"
                      + ".filter(n => n.endsWith('.js'))");
      assertThat(scripts).isNotEmpty();
      assertThat(scripts)
          .noneMatch(n -> n.endsWith("/utility.js") || n.endsWith("/chart.js"))
          .noneMatch(n -> n.endsWith("/chart-labels.js"));
    }
  }

  private static boolean isTableSummary(Page page) {
    return Boolean.TRUE.equals(
        page.evaluate(
            "() => document.activeElement && document.activeElement.tagName === 'SUMMARY'"
                + " && document.activeElement.closest('#space') !== null"));
  }
}
