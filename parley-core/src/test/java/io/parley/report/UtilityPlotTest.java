package io.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.analysis.Analysis;
import io.parley.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class UtilityPlotTest {
  private final Scenario small = ReportScenarios.small();
  private final Analysis smallAnalysis = ReportScenarios.analyse(small);

  @Test
  void svg_smallSpace_drawsOneMarkerPerOutcome() {
    UtilityPlot plot = UtilityPlot.builder(small, smallAnalysis).build();

    Document svg = SvgDocuments.parse(plot.toSvg());

    assertThat(plot.markerCount()).isEqualTo(12);
    assertThat(plot.sampled()).isFalse();
    assertThat(SvgDocuments.countClass(svg, "outcome")).isEqualTo(12);
    assertThat(SvgDocuments.countClass(svg, "infeasible")).isEqualTo(4);
    assertThat(SvgDocuments.countClass(svg, "feasible"))
        .isEqualTo(smallAnalysis.feasible().intValueExact())
        .isEqualTo(8);
  }

  @Test
  void svg_showsPartiesFrontierAndSolutions() {
    UtilityPlot plot = UtilityPlot.builder(small, smallAnalysis).build();

    String text = plot.toSvg();
    Document svg = SvgDocuments.parse(text);

    assertThat(text).contains("Buyer &lt;B&gt; (buyer)", "Seller", "small &lt;deal&gt; &amp;");
    assertThat(SvgDocuments.countClass(svg, "pareto"))
        .isEqualTo(smallAnalysis.pareto().orElseThrow().size());
    assertThat(smallAnalysis.solutions()).hasSize(4);
    for (String concept : new String[] {"nash", "kalai", "utilitarian", "egalitarian"}) {
      assertThat(SvgDocuments.countClass(svg, concept)).as(concept).isEqualTo(1);
    }
    assertThat(text).contains("Nash", "Kalai\u2013Smorodinsky", "stroke-dasharray");
  }

  @Test
  void svg_largeSpace_samplesAtMostTheLimit() {
    Scenario large = ReportScenarios.large();
    Analysis analysis = ReportScenarios.analyse(large);

    UtilityPlot plot =
        UtilityPlot.builder(large, analysis)
            .sampleLimit(500)
            .random(new SplittableRandom(7))
            .build();

    assertThat(plot.sampled()).isTrue();
    assertThat(plot.markerCount()).isEqualTo(500);
    assertThat(SvgDocuments.countClass(SvgDocuments.parse(plot.toSvg()), "outcome")).isEqualTo(500);
  }

  @Test
  void svg_defaultLimit_capsAtTwentyThousand() {
    Scenario large = ReportScenarios.large();

    UtilityPlot plot = UtilityPlot.builder(large, ReportScenarios.analyse(large)).build();

    assertThat(plot.markerCount()).isEqualTo(UtilityPlot.DEFAULT_SAMPLE_LIMIT);
  }

  @Test
  void svg_sameSeed_sameSample_otherSeed_otherSample() {
    Scenario large = ReportScenarios.large();
    Analysis analysis = ReportScenarios.analyse(large);

    String first = sampled(large, analysis, 11);
    String again = sampled(large, analysis, 11);
    String other = sampled(large, analysis, 12);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void png_hasTheFigureSize(@TempDir Path dir) throws Exception {
    UtilityPlot plot = UtilityPlot.builder(small, smallAnalysis).build();
    Path file = dir.resolve("plot.PNG");

    plot.write(file);

    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(UtilityPlot.WIDTH);
    assertThat(image.getHeight()).isEqualTo(UtilityPlot.HEIGHT);
  }

  @Test
  void write_svgExtension_writesSvg(@TempDir Path dir) throws Exception {
    UtilityPlot plot = UtilityPlot.builder(small, smallAnalysis).parties("seller", "buyer").build();
    Path file = dir.resolve("plot.svg");

    plot.write(file);

    assertThat(plot.xParty()).isEqualTo("seller");
    SvgDocuments.parse(Files.readString(file));
  }

  @Test
  void write_otherExtension_throws(@TempDir Path dir) {
    UtilityPlot plot = UtilityPlot.builder(small, smallAnalysis).build();

    assertThatThrownBy(() -> plot.write(dir.resolve("plot.jpg")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plot.jpg")
        .hasMessageContaining(".svg or .png");
  }

  @Test
  void builder_unknownParty_throwsNamingIt() {
    var builder = UtilityPlot.builder(small, smallAnalysis);

    assertThatThrownBy(() -> builder.parties("buyer", "broker"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'broker'")
        .hasMessageContaining("[buyer, seller]");
  }

  @Test
  void builder_samePartyTwice_throws() {
    var builder = UtilityPlot.builder(small, smallAnalysis);

    assertThatThrownBy(() -> builder.parties("buyer", "buyer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'buyer' twice");
  }

  @Test
  void builder_sampleLimitOutOfRange_throwsShowingIt() {
    var builder = UtilityPlot.builder(small, smallAnalysis);

    assertThatThrownBy(() -> builder.sampleLimit(0)).hasMessageContaining("sample size 0");
    assertThatThrownBy(() -> builder.sampleLimit(UtilityPlot.MAX_SAMPLE_LIMIT + 1))
        .hasMessageContaining(Integer.toString(UtilityPlot.MAX_SAMPLE_LIMIT + 1));
  }

  private static String sampled(Scenario scenario, Analysis analysis, long seed) {
    return UtilityPlot.builder(scenario, analysis)
        .sampleLimit(300)
        .random(new SplittableRandom(seed))
        .build()
        .toSvg();
  }
}
