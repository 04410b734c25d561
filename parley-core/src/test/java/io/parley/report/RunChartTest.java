package io.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.analysis.Analysis;
import io.parley.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class RunChartTest {
  private final Scenario small = ReportScenarios.small();
  private final Analysis analysis = ReportScenarios.analyse(small);

  @Test
  void build_withinTheLimit_keepsEveryMove() {
    var builder = RunChart.builder(small).limit(10);
    for (int i = 0; i < 10; i++) {
      builder.move(i / 2 + 1, i % 2 == 0 ? "buyer" : "seller", false, new double[] {0.1, 0.2});
    }

    RunChart chart = builder.build(analysis);

    assertThat(chart.thinned()).isFalse();
    assertThat(chart.drawnCount()).isEqualTo(10);
    assertThat(chart.moves())
        .extracting(RunChart.Move::ordinal)
        .containsExactly(ordinals(0, 10, 1));
    assertThat(chart.slots()).isEqualTo(2);
  }

  @Test
  void build_pastTheLimit_keepsEveryStrideThMoveAndTheLast() {
    for (int count : new int[] {11, 57, 1000, 4097}) {
      var builder = RunChart.builder(small).limit(10);
      for (int i = 0; i < count; i++) {
        builder.move(i + 1, "buyer", false, new double[] {i / (double) count, 0});
      }

      RunChart chart = builder.build(analysis);

      // Brute force: the smallest power-of-two stride that keeps at most 10 moves.
      long stride = 1;
      while ((count + stride - 1) / stride > 10) {
        stride *= 2;
      }
      List<Long> expected = new java.util.ArrayList<>(List.of(ordinals(0, count, stride)));
      if (expected.get(expected.size() - 1) != count - 1) {
        expected.add((long) count - 1);
      }
      assertThat(chart.moves())
          .extracting(RunChart.Move::ordinal)
          .as("%d moves", count)
          .containsExactlyElementsOf(expected);
      assertThat(chart.stride()).isEqualTo(stride);
      assertThat(chart.thinned()).isTrue();
      assertThat(chart.moveCount()).isEqualTo(count);
      assertThat(chart.moves().get(chart.drawnCount() - 1).utilities()[0])
          .isEqualTo((count - 1) / (double) count);
    }
  }

  @Test
  void svg_twoParties_onePlanePanelTheMovesTheAgreementAndNash() {
    var builder = RunChart.builder(small);
    builder.move(1, "buyer", false, new double[] {0.9, 0.2});
    builder.move(1, "seller", false, new double[] {0.3, 0.8});
    builder.agreement(2, new double[] {0.6, 0.6}).ending("Agreement in round 2");

    Document svg =
        SvgDocuments.parse(builder.build(analysis).toSvg(RunChart.View.TIMELINE_AND_PLANE));

    assertThat(SvgDocuments.countClass(svg, "plane")).isEqualTo(1);
    assertThat(SvgDocuments.countClass(svg, "timeline")).isEqualTo(1);
    assertThat(SvgDocuments.countClass(svg, "offer")).isEqualTo(2);
    assertThat(SvgDocuments.countClass(svg, "agreement")).isEqualTo(3);
    assertThat(SvgDocuments.countClass(svg, "nash")).isEqualTo(1);
    assertThat(SvgDocuments.countClass(svg, "pareto"))
        .isEqualTo(analysis.pareto().orElseThrow().size());
  }

  @Test
  void svg_withoutAnalysis_drawsMovesAndReservationsButNoFrontierOrNash() {
    var builder = RunChart.builder(small);
    builder.move(1, "buyer", false, new double[] {0.9, 0.2});
    builder.move(1, "seller", false, new double[] {0.3, 0.8});

    String text = builder.build().toSvg(RunChart.View.TIMELINE_AND_PLANE);
    Document svg = SvgDocuments.parse(text);

    assertThat(SvgDocuments.countClass(svg, "offer")).isEqualTo(2);
    assertThat(SvgDocuments.countClass(svg, "pareto")).isZero();
    assertThat(SvgDocuments.countClass(svg, "nash")).isZero();
    assertThat(text).contains("No analysis of the scenario:", "stroke-dasharray");
  }

  @Test
  void html_isSelfContainedAndEscapesScenarioText() {
    var builder = RunChart.builder(small);
    builder.move(1, "buyer", true, new double[] {0.5, 0.5}).ending("No agreement (deadline)");

    String html = builder.build(analysis).toHtml();

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg ", "small &lt;deal&gt; &amp;");
    assertThat(html).doesNotContain("<script", "src=", "href=", "<deal>");
  }

  @Test
  void write_pngAndSvg_byExtension(@TempDir Path dir) throws Exception {
    RunChart chart = RunChart.builder(small).build(analysis);

    chart.write(dir.resolve("a.svg"));
    chart.write(dir.resolve("a.png"));

    assertThat(java.nio.file.Files.readString(dir.resolve("a.svg"))).startsWith("<?xml");
    assertThat(javax.imageio.ImageIO.read(dir.resolve("a.png").toFile())).isNotNull();
    assertThatThrownBy(() -> chart.write(dir.resolve("a.pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.pdf");
  }

  @Test
  void builder_badInput_throwsNamingIt() {
    var builder = RunChart.builder(small);
    assertThatThrownBy(() -> builder.move(1, "buyer", false, new double[] {0.5}))
        .hasMessageContaining("1 utilities")
        .hasMessageContaining("[buyer, seller]");
    builder.move(3, "buyer", false, new double[] {0.5, 0.5});
    assertThatThrownBy(() -> builder.move(2, "buyer", false, new double[] {0.5, 0.5}))
        .hasMessageContaining("round 2 after one in round 3");
    assertThatThrownBy(() -> builder.limit(100)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RunChart.builder(small).limit(1))
        .hasMessageContaining("limit 1 outside [2, 100000]");
    Analysis other = ReportScenarios.analyse(ReportScenarios.large());
    assertThatThrownBy(() -> builder.build(other))
        .hasMessageContaining("the analysis is of parties");
  }

  private static Long[] ordinals(long from, long to, long step) {
    return java.util.stream.LongStream.iterate(from, i -> i < to, i -> i + step)
        .boxed()
        .toArray(Long[]::new);
  }
}
