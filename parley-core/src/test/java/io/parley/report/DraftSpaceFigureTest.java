package io.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.report.DraftSpaceChart.FrontierPoint;
import io.parley.report.DraftSpaceChart.Kind;
import io.parley.report.DraftSpaceChart.Mark;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The draft-space figure draws exactly what its model holds, with every text escaped. */
class DraftSpaceFigureTest {
  private static DraftSpaceChart chart(DraftSpaceChart.Zone zone, String xName) {
    return new DraftSpaceChart(
        "Drafts: " + xName + " across",
        xName,
        "South",
        List.of(new FrontierPoint(0.9, 0.2, false), new FrontierPoint(0.6, 0.6, true)),
        zone,
        zone == DraftSpaceChart.Zone.EXISTS
            ? "A zone of agreement exists."
            : "There is no zone of agreement: no outcome fits every party.",
        OptionalDouble.of(0.5),
        OptionalDouble.empty(),
        List.of(
            new Mark(Kind.DRAFT, "v1", 0.3, 0.3, false, Optional.of(false)),
            new Mark(Kind.DRAFT, "v2", 0.6, 0.6, true, Optional.of(true)),
            new Mark(Kind.PACKAGE, "Nash", 0.6, 0.6, false, Optional.empty())));
  }

  @Test
  void marks_oneElementPerPointDraftAndPackage_classedByWhatTheyAre() {
    String svg = DraftSpaceFigure.inlineSvg(chart(DraftSpaceChart.Zone.EXISTS, "North"));
    assertThat(svg)
        .containsOnlyOnce("class=\"pareto\"")
        .containsOnlyOnce("class=\"pareto in-zone\"");
    assertThat(svg).containsOnlyOnce("class=\"draft\"");
    assertThat(svg).containsOnlyOnce("class=\"draft current crosses-red-line\"");
    assertThat(svg).containsOnlyOnce("class=\"package\"").containsOnlyOnce("class=\"zone\"");
    assertThat(svg).contains("reservation 0.50").doesNotContain("reservation 0.00");
    assertThat(svg).contains(">v1<", ">v2<", ">Nash<", "utility of North", "utility of South");
  }

  @Test
  void noZone_noShading_andTheSentenceSaysSo() {
    String svg = DraftSpaceFigure.inlineSvg(chart(DraftSpaceChart.Zone.EMPTY, "North"));
    assertThat(svg).doesNotContain("class=\"zone\"").doesNotContain("in the zone of agreement<");
    assertThat(svg).contains("There is no zone of").contains("agreement");
  }

  @Test
  void names_areEscaped() {
    String svg = DraftSpaceFigure.inlineSvg(chart(DraftSpaceChart.Zone.EXISTS, "<script>&"));
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&amp;");
  }

  @Test
  void wrap_breaksAtSpaces_withinTheWidth() {
    assertThat(DraftSpaceFigure.wrap("a zone of agreement exists here", 12))
        .containsExactly("a zone of", "agreement", "exists here");
  }
}
