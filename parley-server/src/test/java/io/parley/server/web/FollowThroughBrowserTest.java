package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The follow-through in the browser (issue 17): a guarantor's room shows the steps it guarantees
 * and lets it dispute one reported done, without the party's response and preferences forms; once
 * the mediators declare the breach, the party's room shows the breach notice at the top.
 */
class FollowThroughBrowserTest {
  @RegisterExtension static final BrowserFixture web = new BrowserFixture();

  private static final String AGREEMENT =
      "{\"hostage-release\":\"none\",\"ceasefire\":\"temporary-pause\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"none\","
          + "\"doha-office\":\"remains\"}";

  @Test
  void guarantorDisputesAStep_andThePartyRoomShowsTheBreach() throws Exception {
    ApiSetup api = web.api();
    String scenario =
        java.nio.file.Files.readString(BrowserFixture.examples().resolve("cairo-2024.yaml"))
            .replace(
                "{id: qatar, name: Qatar, role: mediator}",
                "{id: qatar, name: Qatar, role: guarantor}");
    ApiSetup.Created n = api.create(scenario);
    String egypt = n.mediatorToken();
    String israel = ApiSetup.token(api.invite(n, "israel"));
    String hamasLink = api.invite(n, "hamas");
    String hamas = ApiSetup.token(hamasLink);
    String qatarLink = api.invite(n, "qatar");
    String unitedStates = ApiSetup.token(api.invite(n, "united-states"));
    api.move(n, egypt, "/texts", "{\"outcome\":" + AGREEMENT + "}");
    api.move(n, egypt, "/texts/1/release", "{\"to\":[\"israel\",\"hamas\"]}");
    api.move(n, israel, "/responses", "{\"version\":1,\"verdict\":\"accept\"}");
    api.move(n, hamas, "/responses", "{\"version\":1,\"verdict\":\"accept\"}");
    api.move(n, egypt, "/agreement", "{\"version\":1}");
    for (String ratifier :
        new String[] {"hardliners", "prime-minister", "gaza-leadership", "political-office"}) {
      api.move(
          n,
          egypt,
          "/ratification/votes",
          "{\"ratifier\":\"" + ratifier + "\",\"vote\":\"accept\"}");
    }
    api.move(n, egypt, "/implementation", "{}");
    api.move(n, israel, "/steps/truce-begins/report", "{}");
    api.move(n, unitedStates, "/steps/truce-begins/verify", "{}");
    api.move(n, hamas, "/steps/first-release/report", "{}");

    Page qatar = web.chromium().open("qatar");
    qatar.navigate(qatarLink);
    Locator section = qatar.locator("#follow-through");
    assertThat(section).isVisible();
    assertThat(section.locator("caption")).hasText("The steps you guarantee");
    assertThat(section.locator("tbody tr")).hasCount(2);
    assertThat(qatar.locator("#respond")).isHidden();
    assertThat(qatar.locator("#preferences")).isHidden();
    Locator firstRelease = section.locator("tr[data-step=\"first-release\"]");
    assertThat(firstRelease).containsText("reported done");
    firstRelease
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dispute"))
        .click();
    assertThat(firstRelease).containsText("disputed");

    api.move(n, egypt, "/steps/first-release/breach", "{\"reason\":\"fewer than agreed\"}");
    PartyRoomPage room = web.openRoom("hamas", hamasLink);
    Locator notice = room.page().locator("#follow-through [role=alert]");
    assertThat(notice).containsText("Breach");
    assertThat(notice).containsText("fewer than agreed");
    assertThat(room.page().locator("#follow-through tr[data-step=\"first-release\"]"))
        .containsText("breached");
  }
}
