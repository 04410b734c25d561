package io.parley.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and docs/ resolves to a file or directory inside the project:
 * inline links {@code [text](target)}, reference definitions {@code [label]: target} and HTML
 * {@code src}/{@code href} attributes. Links with a scheme ({@code https:}, {@code mailto:}) and
 * in-page anchors are not checked; a {@code #fragment} after a path is ignored.
 */
class DocumentLinksTest {
  private static final Pattern INLINE =
      Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern REFERENCE =
      Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)");
  private static final Pattern HTML = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
  private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
  private static final Pattern CODE = Pattern.compile("`[^`\\n]*`");

  @Test
  void everyRelativeLinkInTheDocs_resolvesInsideTheProject() throws IOException {
    Path root = projectRoot();
    List<Path> documents = new ArrayList<>();
    documents.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path document : documents) {
      for (String target : links(Files.readString(document))) {
        checked++;
        Path resolved = document.getParent().resolve(target).normalize();
        if (!resolved.startsWith(root)) {
          broken.add(root.relativize(document) + ": " + target + " points outside the project");
        } else if (!Files.exists(resolved)) {
          broken.add(root.relativize(document) + ": " + target + " does not exist");
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(checked).as("links checked").isGreaterThan(20);
  }

  @Test
  void links_findsInlineReferenceAndHtmlLinks_butNotCode() {
    String text =
        """
        See [a](docs/a.md#part "title"), [b]: ../b.md and <img src="images/c.png">.
        [ref]: d.md
        Not `[e](e.md)` nor https links [f](https://example.org) or [g](#anchor).
        ```
        [h](h.md)
        ```
        """;

    assertThat(links(text)).containsExactlyInAnyOrder("docs/a.md", "d.md", "images/c.png");
  }

  /** The relative link targets of a Markdown text, without fragments. */
  static List<String> links(String markdown) {
    String text = CODE.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
    List<String> targets = new ArrayList<>();
    for (Pattern pattern : List.of(INLINE, REFERENCE, HTML)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("#") || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
          continue;
        }
        int hash = target.indexOf('#');
        targets.add(hash < 0 ? target : target.substring(0, hash));
      }
    }
    return targets;
  }

  /** The directory holding README.md, docs/ and the parent pom.xml, walking up. */
  private static Path projectRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("README.md"))
          && Files.isDirectory(d.resolve("docs"))
          && Files.isRegularFile(d.resolve("mvnw"))) {
        return d;
      }
    }
    throw new AssertionError("no project root (README.md, docs/, mvnw) above the working dir");
  }
}
