package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.report.UtilityPlot;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class AnalyzeCommandTest {
  private static final Path JOB_OFFER = Path.of("..", "examples", "job-offer.yaml");
  private static final Path CAIRO = Path.of("..", "examples", "cairo-2024.yaml");

  @TempDir Path dir;

  @Test
  void analyze_jobOffer_printsSummary() {
    Run run = Run.of("analyze", JOB_OFFER.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Scenario: job-offer")
        .contains("candidate  reservation 0.4500")
        .contains("employer   reservation 0.3500")
        .contains("Outcomes:  1890")
        .containsPattern("Feasible:  \\d+")
        .containsPattern("ZOPA:      \\d+")
        .containsPattern("Pareto frontier: \\d+ points")
        .contains("Nash: salary=", "Kalai-Smorodinsky: ", "Utilitarian: ", "Egalitarian: ")
        .containsPattern("candidate=0\\.\\d{4} employer=0\\.\\d{4}")
        .doesNotContain("Deadlock");
  }

  @Test
  void analyze_deadlockedScenario_explainsConflictsAndRelaxations() {
    Run run = Run.of("analyze", CAIRO.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("ZOPA:      0")
        .contains("Solutions: none")
        .contains("Deadlock: ")
        .contains("Conflicts:", "    1. ")
        .contains("Relaxations that would open a zone of agreement:")
        .containsPattern("opens a zone of \\d+ outcome")
        .contains("Nash package: ");
  }

  @Test
  void analyze_malformedFile_exits2WithOneLineNamingTheFile() throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "name: broken\nparties: [\n");

    Run run = Run.of("analyze", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("parley: ").contains(file.toString());
  }

  @Test
  void analyze_invalidScenario_exits2WithOneLineNamingTheFile() throws Exception {
    Path file = dir.resolve("weights.yaml");
    Files.writeString(
        file,
        """
        name: weights
        parties: [{id: a}, {id: b}]
        issues: [{id: p, values: [x, y]}]
        preferences:
          a: {weights: {p: 0.5}, values: {p: {x: 1, y: 0}}}
          b: {weights: {p: 1}, values: {p: {x: 0, y: 1}}}
        """);

    Run run = Run.of("analyze", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("parley: " + file).contains("weights");
  }

  @Test
  void analyze_missingFile_exits2WithOneLineNamingTheFile() {
    Path file = dir.resolve("nowhere.yaml");

    Run run = Run.of("analyze", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("parley: ").contains(file.toString());
  }

  @Test
  void analyze_json_printsTheContract() throws Exception {
    Run run = Run.of("analyze", JOB_OFFER.toString(), "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.fieldNames())
        .toIterable()
        .contains(
            "scenario",
            "parties",
            "outcomes",
            "feasible",
            "zopa",
            "pareto",
            "nash",
            "kalai",
            "utilitarian",
            "egalitarian",
            "deadlock");
    assertThat(json.get("scenario").asText()).isEqualTo("job-offer");
    assertThat(json.get("parties").toString()).isEqualTo("[\"candidate\",\"employer\"]");
    assertThat(json.get("outcomes").isIntegralNumber()).isTrue();
    assertThat(json.get("outcomes").asLong()).isEqualTo(1890);
    assertThat(json.get("feasible").isIntegralNumber()).isTrue();
    assertThat(json.get("zopa").isIntegralNumber()).isTrue();
    JsonNode pareto = json.get("pareto");
    assertThat(pareto.get("size").isIntegralNumber()).isTrue();
    assertThat(pareto.get("points").isArray()).isTrue();
    assertThat(pareto.get("points")).isNotEmpty();
    for (String concept : new String[] {"nash", "kalai", "utilitarian", "egalitarian"}) {
      JsonNode solution = json.get(concept);
      assertThat(solution.get("outcome").get("salary").isIntegralNumber()).as(concept).isTrue();
      assertThat(solution.get("outcome").get("job-title").isTextual()).as(concept).isTrue();
      assertThat(solution.get("utilities").has("candidate")).as(concept).isTrue();
      assertThat(solution.get("value").isNumber()).as(concept).isTrue();
    }
    assertThat(json.get("deadlock").isNull()).isTrue();
  }

  @Test
  void analyze_jsonWithPlot_keepsStandardOutputPureJson() throws Exception {
    Path svg = dir.resolve("plot.svg");

    Run run = Run.of("analyze", JOB_OFFER.toString(), "--json", "--plot", svg.toString());

    assertThat(run.exitCode()).isZero();
    new ObjectMapper().readTree(run.out());
    assertThat(svg).exists();
  }

  @Test
  void analyze_plotSvg_writesWellFormedSvgNamingTheParties() throws Exception {
    Path svg = dir.resolve("plot.svg");

    Run run = Run.of("analyze", JOB_OFFER.toString(), "--plot", svg.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Wrote the plot to " + svg);
    String text = Files.readString(svg);
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(document.getDocumentElement().getTextContent())
        .contains("Candidate", "candidate", "Employer", "employer");
  }

  @Test
  void analyze_plotPng_writesImageOfThePlotSize() throws Exception {
    Path png = dir.resolve("plot.png");

    Run run = Run.of("analyze", JOB_OFFER.toString(), "--plot", png.toString());

    assertThat(run.exitCode()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(UtilityPlot.WIDTH);
    assertThat(image.getHeight()).isEqualTo(UtilityPlot.HEIGHT);
  }

  @Test
  void analyze_html_writesSelfContainedReport() throws Exception {
    Path html = dir.resolve("report.html");

    Run run = Run.of("analyze", JOB_OFFER.toString(), "--html", html.toString());

    assertThat(run.exitCode()).isZero();
    String text = Files.readString(html);
    assertThat(text).contains("<h1>job-offer</h1>", "<svg ", "Nash");
    assertThat(text).doesNotContain("http://", "https://");
    assertThat(text).doesNotContainPattern("(?i)(src|href)\\s*=|url\\(|@import");
  }

  @Test
  void analyze_partiesAndSample_chooseTheAxesAndTheMarkers() throws Exception {
    Path svg = dir.resolve("plot.svg");

    Run run =
        Run.of(
            "analyze",
            JOB_OFFER.toString(),
            "--plot",
            svg.toString(),
            "--parties",
            "employer,candidate",
            "--sample",
            "100");

    assertThat(run.exitCode()).isZero();
    String text = Files.readString(svg);
    assertThat(text)
        .contains("a uniform random sample of 100 of 1890 outcomes")
        .containsSubsequence("utility of Employer", "utility of Candidate");
  }

  @Test
  void analyze_unknownParty_exits2WithOneLine() {
    Run run =
        Run.of(
            "analyze",
            JOB_OFFER.toString(),
            "--plot",
            dir.resolve("p.svg").toString(),
            "--parties",
            "candidate,recruiter");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "parley: 'recruiter' is not a negotiating party of 'job-offer'; choose two of"
                + " [candidate, employer]");
  }

  @Test
  void analyze_badOptionValues_exit2WithOneLine() {
    String file = JOB_OFFER.toString();
    assertThat(Run.of("analyze", file, "--plot", dir.resolve("p.jpg").toString()).errLines())
        .singleElement()
        .asString()
        .startsWith("parley: plot file")
        .contains("p.jpg");
    assertThat(Run.of("analyze", file, "--parties", "candidate").errLines())
        .containsExactly("parley: --parties takes two party ids, as A,B; got candidate");
    assertThat(Run.of("analyze", file, "--sample", "0").errLines())
        .containsExactly("parley: --sample 0 outside [1, 1000000]");
    assertThat(Run.of("analyze", file, "--sample", "0").exitCode()).isEqualTo(2);
  }

  @Test
  void analyze_unwritablePlot_exits1WithOneLine() {
    Path plot = dir.resolve("missing-directory").resolve("plot.svg");

    Run run = Run.of("analyze", JOB_OFFER.toString(), "--plot", plot.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "parley: cannot write the plot to " + plot + ": no such file or directory");
  }

  @Test
  void analyze_withoutFile_isAUsageError() {
    Run run = Run.of("analyze");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("FILE");
  }
}
