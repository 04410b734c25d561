package io.parley.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages obey the server's Content-Security-Policy (default-src 'self') and the escaping rule by
 * construction: no inline script or style, no event-handler attributes, nothing from another
 * origin, and no HTML parsed from strings in the scripts.
 */
class WebAssetsTest {
  private static final Path WEB = Paths.get("src", "main", "resources", "web");

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(WEB)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void htmlPages_haveNoInlineScriptStyleOrHandlers() throws IOException {
    List<Path> pages = files(".html");
    assertThat(pages)
        .extracting(p -> p.getFileName().toString())
        .contains("index.html", "mediator.html", "room.html");
    Pattern inlineScript =
        Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    Pattern inlineStyle = Pattern.compile("<style|\\sstyle=", Pattern.CASE_INSENSITIVE);
    Pattern handler = Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE);
    for (Path page : pages) {
      String html = Files.readString(page);
      assertThat(inlineScript.matcher(html).find()).as("inline script in %s", page).isFalse();
      assertThat(inlineStyle.matcher(html).find()).as("inline style in %s", page).isFalse();
      assertThat(handler.matcher(html).find()).as("event-handler attribute in %s", page).isFalse();
    }
  }

  @Test
  void assets_loadNothingFromAnotherOrigin() throws IOException {
    Pattern external = Pattern.compile("(src|href)=\"(https?:)?//|@import|url\\(\\s*['\"]?https?:");
    for (Path file :
        Stream.of(files(".html"), files(".css"), files(".js")).flatMap(List::stream).toList()) {
      assertThat(external.matcher(Files.readString(file)).find())
          .as("reference to another origin in %s", file)
          .isFalse();
    }
  }

  @Test
  void scripts_neverParseHtmlFromStrings() throws IOException {
    Pattern parsing =
        Pattern.compile(
            "\\.(inner|outer)HTML\\s*=|insertAdjacentHTML\\(|document\\.write|\\beval\\(|new Function\\(");
    for (Path script : files(".js")) {
      assertThat(parsing.matcher(Files.readString(script)).find())
          .as("HTML parsed from a string in %s", script)
          .isFalse();
    }
  }
}
