package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference case end to end in a real browser: the mediator creates the Cairo negotiation
 * (phased variant), invites both parties, who join through their links in separate browser
 * contexts; Hamas confides preferences and answers with amendments, Israel answers too; the
 * mediator takes the amendments into a revised text, both parties accept it, and the agreement
 * document appears on every page. Nothing is reloaded: updates arrive over the event stream. On the
 * way, the console's utility-space chart is checked against the server's answer: the frontier, the
 * current text, and a reservation line only for Israel (scenario preferences) until Hamas lets the
 * mediators draw its own.
 */
class CairoMediationBrowserTest {
  private static final String HAMAS_REASON =
      "Only a path to a permanent end protects Rafah families (H-7731)";
  private static final String HAMAS_MESSAGE =
      "Our delegation returns to Doha tonight; call us there (H-5512)";
  private static final String HAMAS_RED_LINE = "No release without the Cairo guarantee (H-0042)";
  private static final String ISRAEL_REASON =
      "The office must leave Doha for any deal to pass cabinet (I-3319)";
  private static final String ISRAEL_MESSAGE =
      "Hardliners threaten to leave the coalition (I-8820)";
  private static final String MEDIATOR_TO_ISRAEL =
      "Washington asks for an answer by Tuesday (M-6604)";

  @RegisterExtension static final BrowserFixture web = new BrowserFixture();

  @Test
  void cairoTalks_fromProposalToAgreement_inSeparateBrowsers() throws Exception {
    MediatorConsolePage console = createNegotiation();
    Chromium.screenshot(console.page(), "01-mediator-console-new");

    String israelLink = console.invite("Israel");
    String hamasLink = console.invite("Hamas");
    Chromium.screenshot(console.page(), "02-mediator-invitations");
    Chromium.screenshot(console.section("participants"), "02-participants");
    console.scheduleSession("Cairo talks", "Cairo", "Saturday", "Israel");

    PartyRoomPage hamas = join(hamasLink, "hamas");
    PartyRoomPage israel = join(israelLink, "israel");
    assertThat(hamas.page().locator("#text-body")).containsText("not released a text");
    Chromium.screenshot(hamas.page(), "03-hamas-room-empty");

    Map<String, String> proposal = new LinkedHashMap<>();
    proposal.put("Hostage release (scope and phases)", "phased-all");
    proposal.put("Ceasefire", "extended-truce");
    proposal.put("Rafah operation", "postpone");
    proposal.put("Guarantees against targeting leaders after a truce", "us-assurance");
    proposal.put("Hamas's political office in Doha", "remains");
    console.compose(proposal, "The mediators' proposal");
    console.saveAndRelease(1);

    hamas.awaitVersion(1);
    israel.awaitVersion(1);
    assertThat(hamas.page().evaluate("window.joinedWithoutReload")).isEqualTo(true);

    hamas.slide("How much each issue matters", "Ceasefire", 90);
    hamas.slide("How good each option is for you: Ceasefire", "phased to permanent", 80);
    hamas.slide("Your reservation", "Least acceptable", 52);
    hamas.addLinkage(
        "hostage-release", "phased all", "leader-guarantees", "mediator guarantee", HAMAS_RED_LINE);
    assertThat(hamas.page().locator("#preview")).containsText("breaks your red lines");
    assertThat(hamas.page().locator("#preview")).containsText(HAMAS_RED_LINE);
    hamas.confide();

    hamas.amend("ceasefire", "Ceasefire", "phased-to-permanent", HAMAS_REASON);
    hamas.amend(
        "leader-guarantees",
        "Guarantees against targeting leaders after a truce",
        "mediator-guarantee",
        "Egypt, Qatar and the United States together");
    Chromium.screenshot(hamas.page(), "04-hamas-amending");
    hamas.acceptTheRest(); // no answer is chosen by default (issue 16)
    hamas.send(1);
    hamas.sendMessage(HAMAS_MESSAGE);

    israel.amend("doha-office", "Hamas's political office in Doha", "relocated", ISRAEL_REASON);
    israel.acceptTheRest(); // no answer is chosen by default (issue 16)
    israel.send(1);
    israel.sendMessage(ISRAEL_MESSAGE);
    Chromium.screenshot(israel.page(), "05-israel-amending");
    assertConfidential(hamas.page(), ISRAEL_REASON, ISRAEL_MESSAGE);
    assertConfidential(israel.page(), HAMAS_REASON, HAMAS_MESSAGE, HAMAS_RED_LINE);

    assertThat(console.response("hamas")).containsText("Amendments proposed");
    assertThat(console.response("hamas")).containsText(HAMAS_REASON);
    assertThat(console.response("israel")).containsText(ISRAEL_REASON);
    assertThat(console.page().locator("#messages-body")).containsText(HAMAS_MESSAGE);
    console.sendMessage(MEDIATOR_TO_ISRAEL, "Israel");
    assertThat(israel.page().locator("#messages-body")).containsText(MEDIATOR_TO_ISRAEL);
    Chromium.screenshot(console.page(), "06-mediator-responses");

    console.askForSuggestions();
    console.takeAmendments("Hamas");
    console.takeAmendments("Israel");
    console.compose(Map.of(), "Phased to a permanent end, under the mediators' joint guarantee");
    console.saveAndRelease(2);
    assertThat(console.page().locator("#diff-body")).containsText("phased to permanent");
    Chromium.screenshot(console.page(), "07-mediator-version-2");
    checkChart(console, hamas);

    for (PartyRoomPage party : List.of(hamas, israel)) {
      party.awaitVersion(2);
      assertThat(party.page().locator("#text-body")).containsText("What changed since version 1");
      party.acceptTheRest(); // no answer is chosen by default (issue 16)
      party.send(2);
    }
    Chromium.screenshot(hamas.page(), "08-hamas-version-2-accepted");

    assertThat(console.response("israel")).containsText("Accepted");
    assertThat(console.response("hamas")).containsText("Accepted");
    console.recordAgreement();
    for (Page page : List.of(console.page(), hamas.page(), israel.page())) {
      assertThat(page.locator(".agreement")).containsText("Agreement on version 2 of the text");
      assertThat(page.locator(".agreement")).containsText("phased to permanent");
    }
    Chromium.screenshot(console.page(), "09-mediator-agreement");
    Chromium.screenshot(hamas.page(), "10-hamas-agreement");
    Chromium.screenshot(israel.page(), "11-israel-agreement");

    assertConfidential(hamas.page(), ISRAEL_REASON, ISRAEL_MESSAGE, MEDIATOR_TO_ISRAEL);
    assertConfidential(israel.page(), HAMAS_REASON, HAMAS_MESSAGE, HAMAS_RED_LINE);
    assertConfidential(console.page(), HAMAS_RED_LINE);
    assertThat(web.chromium().problems(BrowserFixture.OPTIONAL_ENDPOINTS)).isEmpty();
  }

  /**
   * The chart against the server's utility space: every frontier point, the current text, the
   * suggestions, and reservation lines only where the server may show them — Israel's (it has not
   * confided, so the scenario's) but not Hamas's until Hamas ticks the consent and confides again.
   */
  private void checkChart(MediatorConsolePage console, PartyRoomPage hamas) {
    MediatorConsolePage.Link link = console.link();
    String path = "/api/negotiations/" + link.negotiation() + "/utility-space";
    ApiSetup api = web.api();
    Locator chart = console.chart();
    assertThat(chart.locator(".draft.current")).hasCount(1);
    assertThat(chart.locator(".draft")).hasCount(2);
    assertThat(chart.locator("text", new Locator.LocatorOptions().setHasText("v2")).first())
        .isVisible();
    JsonNode space = api.get(path, link.token());
    assertThat(space.get("reservations").toString()).isEqualTo("{\"israel\":0.6}");
    assertThat(chart.locator("circle.pareto")).hasCount(space.get("frontier").size());
    assertThat(space.get("frontier").size()).isGreaterThan(1);
    assertThat(chart.locator("polygon.package").first()).isVisible();
    assertThat(chart).containsText("reservation 0.60");
    assertThat(chart).not().containsText("reservation 0.52");
    assertThat(console.section("space")).not().containsText("Hamas's reservation");
    assertThat(console.section("space"))
        .containsText("No reservation line for Hamas: it confided its preferences without");

    hamas.shareReservation();
    hamas.confide();
    assertThat(hamas.page().locator("#preferences-state"))
        .containsText("The mediators see your reservation line on their chart.");
    Chromium.screenshot(hamas.group("Your reservation"), "07-hamas-reservation");
    assertThat(chart).containsText("reservation 0.52");
    assertThat(chart.locator("g.zone")).hasCount(1);
    assertThat(console.section("space")).containsText("A zone of agreement exists");
    assertThat(api.get(path, link.token()).get("reservations").toString())
        .isEqualTo("{\"israel\":0.6,\"hamas\":0.52}");
    Chromium.screenshot(console.section("space"), "07-utility-space");
  }

  private MediatorConsolePage createNegotiation() throws Exception {
    Page landing = web.chromium().open("organiser");
    landing.navigate(web.server().consoleLink());
    landing.getByLabel("Or paste the scenario").fill(BrowserFixture.cairoPhased());
    landing
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the negotiation"))
        .click();
    assertThat(landing.locator("#created")).isVisible();
    Chromium.screenshot(landing, "00-landing-created");
    landing
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the mediator console"))
        .click();
    return new MediatorConsolePage(landing);
  }

  private PartyRoomPage join(String link, String who) {
    PartyRoomPage room = web.openRoom(who, link);
    room.page().evaluate("window.joinedWithoutReload = true");
    return room;
  }

  /** The page's whole DOM, hidden parts included, holds none of the other side's secrets. */
  private static void assertConfidential(Page page, String... secrets) {
    String html = page.content();
    for (String secret : secrets) {
      assertThat(html).as("page %s must not contain %s", page.url(), secret).doesNotContain(secret);
    }
  }
}
