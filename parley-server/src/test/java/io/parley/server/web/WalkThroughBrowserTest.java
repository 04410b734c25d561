package io.parley.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Cairo day of docs/web-ui.md's walk-through, step by step, each step checked and photographed
 * (issue 16, point 9). The pictures go to target/screenshots/ always and, when the system property
 * {@value #IMAGES} names a folder, there too (the docs' images are made with {@code
 * -Dparley.walkthrough.images=../docs/images}).
 */
class WalkThroughBrowserTest {
  /** The system property naming the folder the walk-through's pictures are copied to. */
  static final String IMAGES = "parley.walkthrough.images";

  @RegisterExtension static final BrowserFixture web = new BrowserFixture();

  @Test
  void theCairoDay_stepByStep() {
    ApiSetup.Created cairo = web.createCairo();
    ApiSetup api = web.api();
    String token = cairo.mediatorToken();
    Page console = web.chromium().open("walk-mediator", 1280, 800);
    console.navigate(cairo.mediatorLink());
    MediatorConsolePage mediator = new MediatorConsolePage(console);
    String hamasLink = mediator.invite("Hamas");
    String israelLink = mediator.invite("Israel");
    picture(mediator.section("participants"), "walk-01-invitations");

    api.act(
        cairo,
        token,
        "/texts",
        "{\"outcome\":{\"hostage-release\":\"phased-all\","
            + "\"ceasefire\":\"extended-truce\",\"rafah-operation\":\"postpone\","
            + "\"leader-guarantees\":\"us-assurance\",\"doha-office\":\"remains\"},"
            + "\"note\":\"The mediators' proposal\"}");
    api.act(cairo, token, "/texts/1/release", "{\"to\":[\"hamas\",\"israel\"]}");
    Page phone = web.chromium().open("walk-hamas", 390, 844);
    phone.navigate(hamasLink);
    PartyRoomPage hamas = new PartyRoomPage(phone);
    hamas.awaitVersion(1);
    picture(phone, "walk-02-party-room-phone");

    hamas.slide("How much each issue matters", "Ceasefire", 90);
    hamas.slide("Your reservation", "Least acceptable", 52);
    assertThat(phone.locator("#preview-utility")).isVisible();
    picture(phone.locator("#preferences-open > .grid > div").last(), "walk-03-preferences-preview");
    hamas.confide();
    hamas.amend("ceasefire", "Ceasefire", "phased-to-permanent", "A path to a permanent end");
    hamas.acceptTheRest(); // no answer is chosen by default
    hamas.send(1);
    api.act(
        cairo, ApiSetup.token(israelLink), "/responses", "{\"version\":1,\"verdict\":\"accept\"}");
    assertThat(mediator.response("hamas")).containsText("phased to permanent");
    picture(console.locator("#responses"), "walk-04-responses");

    api.act(cairo, token, "/suggestions", "{}");
    api.act(
        cairo,
        token,
        "/texts",
        "{\"outcome\":{\"hostage-release\":\"phased-all\","
            + "\"ceasefire\":\"phased-to-permanent\",\"rafah-operation\":\"postpone\","
            + "\"leader-guarantees\":\"mediator-guarantee\",\"doha-office\":\"relocated\"}}");
    assertThat(mediator.chart().locator(".draft")).hasCount(2);
    picture(mediator.section("space"), "walk-05-chart");

    api.act(cairo, token, "/texts/2/release", "{\"to\":[\"hamas\",\"israel\"]}");
    api.act(
        cairo, ApiSetup.token(hamasLink), "/responses", "{\"version\":2,\"verdict\":\"accept\"}");
    api.act(
        cairo, ApiSetup.token(israelLink), "/responses", "{\"version\":2,\"verdict\":\"accept\"}");
    api.act(cairo, token, "/agreement", "{\"version\":2}");
    assertThat(console.locator(".agreement")).isVisible();
    picture(console.locator(".agreement"), "walk-06-agreement");
    Page sheet = web.chromium().open("walk-agreement-page", 1000, 1200);
    sheet.navigate(
        web.server().baseUrl()
            + "/agreement.html#n="
            + cairo.id()
            + "&t="
            + ApiSetup.token(hamasLink));
    assertThat(sheet.locator("#sheet")).containsText("Agreement");
    picture(sheet, "walk-07-agreement-page");
  }

  /** Photographs a page's viewport (or one element) for the walk-through. */
  private static void picture(Object what, String name) {
    Path shot =
        what instanceof Page page
            ? Chromium.screenshotViewport(page, name)
            : Chromium.screenshot((Locator) what, name);
    Optional.ofNullable(System.getProperty(IMAGES))
        .filter(dir -> !dir.isBlank())
        .map(Paths::get)
        .ifPresent(
            dir -> {
              try {
                Files.createDirectories(dir);
                Files.copy(
                    shot,
                    dir.resolve("web-ui-" + name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
              } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + shot + " to " + dir, e);
              }
            });
  }
}
