package io.parley.server.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's headless Chromium driven by Playwright, with no browser download: the tests that use it
 * are skipped, with a message saying how to install it, when {@code /usr/bin/chromium} is absent.
 * Every page opened through {@link #open} records console errors and uncaught exceptions (a
 * Content-Security-Policy violation is reported as a console error), so tests can assert there were
 * none.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;
  private final List<String> problems = new ArrayList<>();
  private final java.util.Map<String, Page> pages = new java.util.LinkedHashMap<>();

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Launches the browser, or skips the calling test when the system Chromium is missing. */
  static Chromium launch() {
    assumeTrue(
        Files.isExecutable(EXECUTABLE),
        "Browser tests skipped: "
            + EXECUTABLE
            + " is absent. Install it with: apt-get install chromium chromium-driver");
    Playwright playwright = Playwright.create();
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    return new Chromium(playwright, browser);
  }

  /**
   * A fresh browser context (its own storage, like a separate person's browser) with one page of
   * the given size, recording its console errors under {@code who}.
   */
  Page open(String who, int width, int height) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
    Page page = context.newPage();
    pages.put(who, page);
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            synchronized (problems) {
              problems.add(
                  who + ": console error: " + message.text() + " at " + message.location());
            }
          }
        });
    page.onPageError(
        error -> {
          synchronized (problems) {
            problems.add(who + ": uncaught: " + error);
          }
        });
    return page;
  }

  /** A laptop-sized page. */
  Page open(String who) {
    return open(who, 1280, 900);
  }

  /** Console errors and uncaught exceptions seen so far on every page, minus expected ones. */
  List<String> problems(String[] expectedFragments, String... moreExpected) {
    List<String> expected = new ArrayList<>(List.of(expectedFragments));
    expected.addAll(List.of(moreExpected));
    synchronized (problems) {
      return problems.stream().filter(p -> expected.stream().noneMatch(p::contains)).toList();
    }
  }

  /** Saves a full-page screenshot as target/screenshots/{name}.png and returns its path. */
  static Path screenshot(Page page, String name) {
    Path path = screenshotPath(name);
    page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
    return path;
  }

  /** Saves a screenshot of what the page's viewport shows as target/screenshots/{name}.png. */
  static Path screenshotViewport(Page page, String name) {
    Path path = screenshotPath(name);
    page.screenshot(new Page.ScreenshotOptions().setPath(path));
    return path;
  }

  /** Saves a screenshot of one element as target/screenshots/{name}.png. */
  static Path screenshot(com.microsoft.playwright.Locator element, String name) {
    Path path = screenshotPath(name);
    element.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(path));
    return path;
  }

  private static Path screenshotPath(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + SCREENSHOTS, e);
    }
    return SCREENSHOTS.resolve(name + ".png");
  }

  /** Screenshots every open page as target/screenshots/{prefix}-{who}.png (used on failure). */
  void screenshotAll(String prefix) {
    pages.forEach(
        (who, page) -> {
          if (!page.isClosed()) {
            screenshot(page, prefix + "-" + who);
          }
        });
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
