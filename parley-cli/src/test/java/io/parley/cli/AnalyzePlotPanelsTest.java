package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code parley analyze --plot} with three or more parties: one labelled panel per pair. */
class AnalyzePlotPanelsTest {
  private static final String FOUR_PARTIES =
      """
      name: four
      parties:
        - {id: north, name: North, role: party}
        - {id: east, name: East, role: party}
        - {id: south, name: South, role: party}
        - {id: west, name: West, role: party}
      issues:
        - {id: price, values: [low, mid, high]}
        - {id: units, range: {min: 0, max: 3}}
      preferences:
        north:
          weights: {price: 0.75, units: 0.25}
          values: {price: {low: 1.0, mid: 0.5, high: 0.0}, units: {from: 0.0, to: 1.0}}
          reservation: 0.2
        east:
          weights: {price: 0.6, units: 0.4}
          values: {price: {low: 0.0, mid: 0.6, high: 1.0}, units: {from: 0.2, to: 0.5}}
        south:
          weights: {price: 0.5, units: 0.5}
          values: {price: {low: 0.3, mid: 1.0, high: 0.2}, units: {from: 1.0, to: 0.0}}
        west:
          weights: {price: 0.2, units: 0.8}
          values: {price: {low: 0.5, mid: 0.5, high: 1.0}, units: {from: 0.0, to: 0.9}}
      """;

  @TempDir Path dir;

  @Test
  void fourParties_drawOneLabelledPanelPerPair() throws Exception {
    Path scenario = Files.writeString(dir.resolve("four.yaml"), FOUR_PARTIES);
    Path svg = dir.resolve("plot.svg");

    Run run = Run.of("analyze", scenario.toString(), "--plot", svg.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Document document = parse(Files.readString(svg));
    List<Element> panels = withClassPrefix(document, "panel plane ");
    List<String> names = List.of("North (north)", "East (east)", "South (south)", "West (west)");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        expected.add("panel plane x-" + i + " y-" + j);
      }
    }
    assertThat(panels.stream().map(p -> p.getAttribute("class")))
        .containsExactlyElementsOf(expected);
    for (Element panel : panels) {
      String[] parts = panel.getAttribute("class").split(" ");
      String x = names.get(Integer.parseInt(parts[2].substring(2)));
      String y = names.get(Integer.parseInt(parts[3].substring(2)));
      assertThat(texts(panel)).contains(y + " against " + x, "utility of " + x, "utility of " + y);
      // Every one of the 3 × 4 outcomes, in every panel.
      assertThat(withClassPrefix(panel, "outcome ")).hasSize(12);
    }
  }

  @Test
  void fourParties_withChosenPair_drawOnePlane() throws Exception {
    Path scenario = Files.writeString(dir.resolve("four.yaml"), FOUR_PARTIES);
    Path svg = dir.resolve("plot.svg");

    Run run =
        Run.of("analyze", scenario.toString(), "--plot", svg.toString(), "--parties", "west,east");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Document document = parse(Files.readString(svg));
    assertThat(withClassPrefix(document.getDocumentElement(), "panel plane ")).isEmpty();
    assertThat(texts(document.getDocumentElement()))
        .contains("utility of West (west)", "utility of East (east)");
  }

  @Test
  void fourParties_pngIsLargerThanOnePlane() throws IOException {
    Path scenario = Files.writeString(dir.resolve("four.yaml"), FOUR_PARTIES);
    Path png = dir.resolve("plot.png");

    Run run = Run.of("analyze", scenario.toString(), "--plot", png.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    var image = javax.imageio.ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(800);
    assertThat(image.getHeight()).isGreaterThan(600);
  }

  private static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static List<Element> withClassPrefix(Document document, String prefix) {
    return withClassPrefix(document.getDocumentElement(), prefix);
  }

  private static List<Element> withClassPrefix(Element root, String prefix) {
    List<Element> found = new ArrayList<>();
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").startsWith(prefix)) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<String> texts(Element root) {
    List<String> texts = new ArrayList<>();
    NodeList all = root.getElementsByTagName("text");
    for (int i = 0; i < all.getLength(); i++) {
      texts.add(all.item(i).getTextContent());
    }
    return texts;
  }
}
