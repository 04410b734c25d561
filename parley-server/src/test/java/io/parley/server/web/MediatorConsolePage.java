package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.parley.server.web.ExactName.button;
import static io.parley.server.web.ExactName.labelled;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;

/** The mediator console (mediator.html) as a person uses it: by labels and button names. */
final class MediatorConsolePage {
  private final Page page;

  MediatorConsolePage(Page page) {
    this.page = page;
    assertThat(page.locator("#console")).isVisible();
  }

  Page page() {
    return page;
  }

  Locator section(String id) {
    return page.locator("#" + id);
  }

  /** Invites a participant by display name and returns the link shown with its copy button. */
  String invite(String name) {
    Locator participants = section("participants");
    button(participants, "Invite " + name).click();
    Locator link = labelled(participants, "Link for " + name);
    assertThat(link).hasValue(java.util.regex.Pattern.compile("room\\.html#n=.+&t=.+"));
    return link.inputValue();
  }

  /** Schedules a session; {@code absent} names participants to untick from the attendance. */
  void scheduleSession(String name, String venue, String date, String... absent) {
    Locator sessions = section("sessions");
    sessions.getByText("Schedule a session").click();
    Locator form = page.locator("#session-form");
    form.getByLabel("Session name").fill(name);
    form.getByLabel("Venue").fill(venue);
    form.getByLabel("Date").fill(date);
    for (String who : absent) {
      labelled(form, who).uncheck();
    }
    button(form, "Schedule the session").click();
    assertThat(page.locator("#sessions-body")).containsText(name);
  }

  /** Sets the composer's provisions (issue display name to value label) and its note. */
  void compose(Map<String, String> provisions, String note) {
    Locator form = page.locator("#composer-form");
    provisions.forEach((issue, value) -> labelled(form, issue).selectOption(value));
    form.getByLabel("Note to go with this version").fill(note);
  }

  /** Saves the composer as the next version, released at once to every party (the default). */
  void saveAndRelease(int expectedVersion) {
    Locator form = page.locator("#composer-form");
    String label =
        expectedVersion == 1 ? "Save as the first version" : "Save as version " + expectedVersion;
    button(form, label).click();
    assertThat(page.locator("#composer-status"))
        .containsText("Version " + expectedVersion + " saved and released");
    assertThat(page.locator("#text-body")).containsText("Version " + expectedVersion);
  }

  void sendMessage(String text, String... to) {
    Locator form = page.locator("#message-form");
    for (String who : to) {
      labelled(form, who).check();
    }
    form.getByLabel("Message").fill(text);
    button(form, "Send message").click();
    assertThat(page.locator("#messages-body")).containsText(text);
  }

  Locator response(String partyId) {
    return page.locator("#responses-body [data-party=\"" + partyId + "\"]");
  }

  void takeAmendments(String partyName) {
    button(section("responses"), "Take " + partyName + "'s amendments into the composer").click();
  }

  void askForSuggestions() {
    button(section("suggestions"), "Ask for suggested packages").click();
    assertThat(page.locator("#suggestions-body .package").first()).isVisible();
  }

  /** The negotiation and the mediator's token, as the console's link carries them. */
  record Link(String negotiation, String token) {}

  /** The negotiation id and mediator token from the console's link fragment. */
  Link link() {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("#n=([^&]+)&t=([^&]+)").matcher(page.url());
    if (!m.find()) {
      throw new IllegalStateException("the console's address has no #n=…&t=…: " + page.url());
    }
    return new Link(m.group(1), m.group(2));
  }

  /** The utility-space chart's SVG. */
  Locator chart() {
    return page.locator("#space-body svg.utility-chart");
  }

  void recordAgreement() {
    button(page.locator("#agreement-form"), "Record the agreement").click();
  }
}
