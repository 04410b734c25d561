package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** {@code parley run --html FILE --plot FILE.svg}: the run's figure, and its bad inputs. */
class RunFigureCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  private static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  @Test
  void htmlAndPlot_writeTheFigureOfTheRun(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("run.html");
    Path svg = dir.resolve("run.svg");

    Run run =
        Run.of(
            "run",
            example("supplier.yaml"),
            "--deadline",
            "20",
            "--html",
            html.toString(),
            "--plot",
            svg.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Wrote the run's HTML page to " + html)
        .contains("Wrote the run's plot to " + svg);
    Document plot = parse(Files.readString(svg, StandardCharsets.UTF_8));
    assertThat(plot.getDocumentElement().getTagName()).isEqualTo("svg");
    // Three parties: one utility line each and one utility-plane panel per pair.
    assertThat(countClass(plot, "utility")).isEqualTo(3);
    assertThat(countClass(plot, "plane")).isEqualTo(3);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg ", "Buyer", "Supplier");
    assertThat(page).doesNotContain("<script", "src=", "href=");
  }

  @Test
  void json_stillWritesTheFigureQuietly(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("run.png");

    Run run = Run.of("run", "--json", example("job-offer.yaml"), "--plot", png.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Wrote");
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void unwritablePath_failsWithExitOneNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-directory").resolve("run.html");

    Run run = Run.of("run", example("job-offer.yaml"), "--html", missing.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("parley: cannot write the run's HTML page to " + missing)
        .contains("no such directory");
  }

  @Test
  void plotDirectory_failsWithExitOne(@TempDir Path dir) throws IOException {
    Path directory = Files.createDirectory(dir.resolve("figure.svg"));

    Run run = Run.of("run", example("job-offer.yaml"), "--plot", directory.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write the run's plot to " + directory);
  }

  @Test
  void plotWithUnknownExtension_isAUsageErrorAndRunsNothing(@TempDir Path dir) {
    Path pdf = dir.resolve("run.pdf");

    Run run = Run.of("run", example("job-offer.yaml"), "--plot", pdf.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--plot:", "run.pdf", ".svg or .png");
    assertThat(run.out()).isEmpty();
    assertThat(pdf).doesNotExist();
  }

  private static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static int countClass(Document document, String cssClass) {
    var all = document.getElementsByTagName("*");
    int count = 0;
    for (int i = 0; i < all.getLength(); i++) {
      String classes = ((org.w3c.dom.Element) all.item(i)).getAttribute("class");
      if (java.util.List.of(classes.split(" ")).contains(cssClass)) {
        count++;
      }
    }
    return count;
  }
}
