package io.parley.server.web;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core 4.14.1 (vendored under test resources {@code axe/}, MPL-2.0; no CDN at run time) run in
 * a page: it is served to the page from the page's own origin through a Playwright route, so the
 * server's Content-Security-Policy ({@code default-src 'self'}) stays as it is.
 */
final class Axe {
  private static final String SCRIPT = load();
  private static final String RUN =
      "async () => { document.querySelectorAll('details').forEach(d => { d.open = true; });"
          + " const result = await axe.run(document, {resultTypes: ['violations']});"
          + " return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
          + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '"
          + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')); }";

  private Axe() {}

  /**
   * The serious and critical violations axe finds on the page as it stands (every {@code <details>}
   * opened first, so that folded content is checked too), one line each.
   */
  static List<String> seriousViolations(Page page) {
    String origin = page.url().replaceAll("^(https?://[^/]+).*$", "$1");
    String url = origin + "/__test-axe.js";
    page.route(
        url,
        route ->
            route.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200)
                    .setContentType("text/javascript")
                    .setBody(SCRIPT)));
    page.addScriptTag(new Page.AddScriptTagOptions().setUrl(url));
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) page.evaluate(RUN);
    return violations;
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("test resource axe/axe.min.js is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read axe/axe.min.js", e);
    }
  }
}
