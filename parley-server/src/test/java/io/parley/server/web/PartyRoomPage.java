package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.parley.server.web.ExactName.button;
import static io.parley.server.web.ExactName.labelled;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A party's room (room.html) as a person uses it: by labels and button names. */
final class PartyRoomPage {
  private final Page page;

  PartyRoomPage(Page page) {
    this.page = page;
    assertThat(page.locator("#room")).isVisible();
  }

  Page page() {
    return page;
  }

  /** Waits (without reloading) until the released text shows the version. */
  void awaitVersion(int version) {
    assertThat(page.locator("#text-body caption")).hasText("Version " + version);
  }

  private Locator provision(String issueId) {
    return page.locator("#respond-form fieldset[data-issue=\"" + issueId + "\"]");
  }

  /** Proposes another value for one provision, with a reason. */
  void amend(String issueId, String issueName, String value, String reason) {
    Locator provision = provision(issueId);
    provision.getByLabel("Propose a change").check();
    provision.getByLabel("Proposed: " + issueName).selectOption(value);
    provision.getByLabel("Reason").fill(reason);
  }

  /** Chooses Accept for every provision still without an answer (none is chosen by default). */
  void acceptTheRest() {
    Locator provisions = page.locator("#respond-form fieldset.provision");
    for (int i = 0; i < provisions.count(); i++) {
      Locator provision = provisions.nth(i);
      if (provision.locator("input[type=radio]:checked").count() == 0) {
        provision.getByLabel("Accept", new Locator.GetByLabelOptions().setExact(true)).check();
      }
    }
  }

  /** Rejects one provision, with a reason. */
  void reject(String issueId, String reason) {
    Locator provision = provision(issueId);
    provision.getByLabel("Reject", new Locator.GetByLabelOptions().setExact(true)).check();
    provision.getByLabel("Reason").fill(reason);
  }

  void send(int version) {
    button(page.locator("#respond-form"), "Send my response to version " + version).click();
    assertThat(page.locator("#respond-status"))
        .containsText("Your response to version " + version + " was sent");
  }

  void sendMessage(String text) {
    page.getByLabel("Write to the mediators").fill(text);
    button(page.locator("#message-form"), "Send to the mediators").click();
    assertThat(page.locator("#messages-body")).containsText(text);
  }

  Locator group(String legend) {
    return page.getByRole(
        AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
  }

  /** Opens the preferences form (folded away by default so that the room stays short). */
  void openPreferences() {
    Locator details = page.locator("#preferences-open");
    if (!(Boolean) details.evaluate("d => d.open")) {
      page.locator("#preferences-open > summary").click();
    }
  }

  /** Moves one slider inside the fieldset with this legend. */
  void slide(String legend, String label, int value) {
    openPreferences();
    labelled(group(legend), label).fill(Integer.toString(value));
  }

  /** Adds an if-then red line with a label, choosing one value on each side. */
  void addLinkage(
      String ifIssue, String ifValue, String thenIssue, String thenValue, String label) {
    openPreferences();
    button(page.locator("#preferences"), "Add a red line").click();
    Locator line = page.locator("#preferences-form .red-line").last();
    line.getByLabel("Kind of red line").selectOption("if");
    labelled(line, "Issue").selectOption(ifIssue);
    labelled(line.locator(".condition").first(), ifValue).check();
    line.getByLabel("Then this issue").selectOption(thenIssue);
    labelled(line.locator(".condition").last(), thenValue).check();
    line.getByLabel("In your words (optional)").fill(label);
  }

  /** Ticks the consent to let the mediators draw the reservation line on their chart. */
  void shareReservation() {
    openPreferences();
    page.getByLabel(
            "Let the mediators draw my reservation line on their chart",
            new Page.GetByLabelOptions().setExact(true))
        .check();
  }

  void confide() {
    openPreferences();
    button(page.locator("#preferences"), "Confide these preferences").click();
    assertThat(page.locator("#preferences-status")).containsText("Your preferences were confided");
  }
}
