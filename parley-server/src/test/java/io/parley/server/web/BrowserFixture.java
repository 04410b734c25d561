package io.parley.server.web;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every browser test class sets up the same way: one Chromium and one {@link LiveServer} for
 * the class (launched before its first test, closed after its last; the class is skipped when the
 * system Chromium is absent), a screenshot of every open page when a test fails, and negotiations
 * of the Cairo example created over the API. Register it in a test class with
 * {@code @RegisterExtension static final BrowserFixture web = new BrowserFixture();}.
 */
final class BrowserFixture
    implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {
  /**
   * Endpoints the pages ask for and do without (a 404 there is logged by the browser, not an
   * error).
   */
  static final String[] OPTIONAL_ENDPOINTS = {"/api/examples"};

  private Chromium chromium;
  private LiveServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    chromium = Chromium.launch();
    server = LiveServer.start();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && chromium != null) {
      chromium.screenshotAll("failed-" + context.getRequiredTestMethod().getName());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (chromium != null) {
        chromium.close();
      }
    }
  }

  Chromium chromium() {
    return chromium;
  }

  LiveServer server() {
    return server;
  }

  /** A client of the server's HTTP API. */
  ApiSetup api() {
    return new ApiSetup(server);
  }

  /** Creates the phased Cairo talks over the API. */
  ApiSetup.Created createCairo() {
    return api().create(cairoPhased());
  }

  /** Opens the console through the negotiation's mediator link, in a context of its own. */
  MediatorConsolePage openConsole(String who, ApiSetup.Created negotiation) {
    Page page = chromium.open(who);
    page.navigate(negotiation.mediatorLink());
    return new MediatorConsolePage(page);
  }

  /** Opens a party's room through its link, in a context of its own. */
  PartyRoomPage openRoom(String who, String link) {
    Page page = chromium.open(who);
    page.navigate(link);
    return new PartyRoomPage(page);
  }

  /** The text of {@code examples/cairo-2024-phased.yaml}. */
  static String cairoPhased() {
    Path file = examples().resolve("cairo-2024-phased.yaml");
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The project's {@code examples/} folder, found upwards from the working directory. */
  static Path examples() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/ folder above " + Paths.get("").toAbsolutePath());
  }
}
