package io.parley.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.analysis.SolutionConcept;
import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.outcome.Outcome;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.ProtocolKind;
import io.parley.report.RunChart;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Runs real negotiations, draws them, parses the SVG with the JDK's XML parser and maps every
 * plotted point back to utilities, which must be those of the run's offers and texts, in order.
 */
class RunChartRecorderTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  /** Pixel coordinates are written to a tenth of a pixel; panels are at least 220 px wide. */
  private static final double TOLERANCE = 1e-3;

  @Test
  void alternatingOffers_threeParties_everyPanelPlotsEveryOfferAtItsUtilities() {
    Scenario scenario = ScenarioReader.read(EXAMPLES.resolve("supplier.yaml"));
    List<Event> events = run(scenario, ProtocolKind.ALTERNATING_OFFERS, "conceder", 30);
    Analysis analysis = Analyzer.analyze(scenario);

    RunChart chart = record(scenario, events).chart(analysis);
    Document svg = parse(chart.toSvg(RunChart.View.TIMELINE_AND_PLANE));

    List<Event> moves = moves(events);
    assertThat(moves).hasSizeGreaterThan(3);
    assertThat(chart.thinned()).isFalse();
    assertThat(chart.drawnCount()).isEqualTo(moves.size());
    List<String> parties = analysis.parties();
    assertThat(parties).hasSize(3);
    List<Element> planes = groups(svg, "plane");
    assertThat(planes).hasSize(3);
    int panel = 0;
    for (int x = 0; x < parties.size(); x++) {
      for (int y = x + 1; y < parties.size(); y++) {
        Element plane = planes.get(panel++);
        assertThat(classes(plane)).contains("x-" + x, "y-" + y);
        assertPlaneMatches(scenario, plane, moves, parties.get(x), parties.get(y));
      }
    }
    assertTimelineMatches(scenario, svg, moves, parties, chart);
  }

  @Test
  void alternatingOffers_agreement_isRingedAtItsUtilitiesAndNashAtTheAnalysis() {
    Scenario scenario = ScenarioReader.read(EXAMPLES.resolve("job-offer.yaml"));
    List<Event> events = run(scenario, ProtocolKind.ALTERNATING_OFFERS, "conceder", 40);
    Analysis analysis = Analyzer.analyze(scenario);
    End end = ((Payload.Ended) events.get(events.size() - 1).payload()).end();
    assertThat(end).isInstanceOf(End.Agreement.class);

    Document svg = parse(record(scenario, events).chart(analysis).toSvg(RunChart.View.PLANE));

    Element plane = groups(svg, "plane").get(0);
    double[] frame = frame(plane);
    Outcome agreed = ((End.Agreement) end).outcome();
    Element ring = elements(plane, "agreement").get(0);
    assertThat(unitX(frame, number(ring, "cx")))
        .isCloseTo(utility(scenario, "candidate", agreed), within(TOLERANCE));
    assertThat(unitY(frame, number(ring, "cy")))
        .isCloseTo(utility(scenario, "employer", agreed), within(TOLERANCE));
    List<Double> nash = analysis.solution(SolutionConcept.NASH).orElseThrow().utilities();
    Element diamond = elements(plane, "nash").get(0);
    double[] centre = polygonCentre(diamond.getAttribute("points"));
    assertThat(unitX(frame, centre[0])).isCloseTo(nash.get(0), within(TOLERANCE));
    assertThat(unitY(frame, centre[1])).isCloseTo(nash.get(1), within(TOLERANCE));
    assertThat(elements(plane, "pareto")).hasSize(analysis.pareto().orElseThrow().size());
    assertThat(groups(svg, "timeline")).isEmpty();
  }

  @Test
  void singleText_plotsEveryTextVersionAsTheMediatorsMove() {
    Scenario scenario = ScenarioReader.read(EXAMPLES.resolve("cairo-2024-phased.yaml"));
    List<Event> events = run(scenario, ProtocolKind.SINGLE_TEXT, "boulware", 12);
    Analysis analysis = Analyzer.analyze(scenario);

    RunChart chart = record(scenario, events).chart(analysis);
    Document svg = parse(chart.toSvg(RunChart.View.TIMELINE_AND_PLANE));

    List<Event> moves = moves(events);
    assertThat(moves).isNotEmpty().allMatch(e -> e.payload() instanceof Payload.TextDrafted);
    List<String> parties = analysis.parties();
    Element plane = groups(svg, "plane").get(0);
    assertPlaneMatches(scenario, plane, moves, parties.get(0), parties.get(1));
    assertThat(elements(plane, "sender-none")).hasSize(moves.size());
    assertTimelineMatches(scenario, svg, moves, parties, chart);
  }

  @Test
  void longRun_keepsBoundedEvenlySpacedMovesAndTheLast() {
    Scenario scenario = ScenarioReader.read(EXAMPLES.resolve("job-offer.yaml"));
    List<Event> events = run(scenario, ProtocolKind.ALTERNATING_OFFERS, "hardliner", 600);
    Analysis analysis = Analyzer.analyze(scenario);
    List<Event> moves = moves(events);
    assertThat(moves).hasSize(1200);

    RunChart chart = record(scenario, events, 100).chart(analysis);
    Document svg = parse(chart.toSvg(RunChart.View.TIMELINE_AND_PLANE));

    assertThat(chart.thinned()).isTrue();
    assertThat(chart.moveCount()).isEqualTo(1200);
    // 1200 moves thinned by halves below 100: every 16th (75 of them) and the last.
    assertThat(chart.drawnCount()).isEqualTo(76);
    List<Event> expected = new ArrayList<>();
    for (int i = 0; i < moves.size(); i += 16) {
      expected.add(moves.get(i));
    }
    expected.add(moves.get(moves.size() - 1));
    List<String> parties = analysis.parties();
    assertPlaneMatches(
        scenario, groups(svg, "plane").get(0), expected, parties.get(0), parties.get(1));
    assertThat(text(svg)).contains("every 16th of the 1200 moves and the last, 76 drawn");
  }

  @Test
  void millionMoves_keepAtMostTheLimitAndTheLast() {
    Scenario scenario = ScenarioReader.read(EXAMPLES.resolve("job-offer.yaml"));
    Analysis analysis = Analyzer.analyze(scenario);
    var recorder = new RunChartRecorder(scenario);
    List<String> parties = scenario.negotiatingParties();
    Outcome[] outcomes = new Outcome[(int) scenario.space().size().longValueExact()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = scenario.space().outcomeAt(i);
    }
    int moves = 1_000_000;
    for (int i = 0; i < moves; i++) {
      Outcome offer = outcomes[i % outcomes.length];
      recorder.accept(
          new Event(i + 1L, 0, i / 2 + 1, parties.get(i % 2), parties, new Payload.Offered(offer)));
    }

    RunChart chart = recorder.chart(analysis);

    assertThat(chart.moveCount()).isEqualTo(moves);
    // 10^6 moves thinned by halves to at most 2,000: every 512th (1,954 of them) and the last.
    assertThat(chart.drawnCount())
        .isEqualTo(1_954 + 1)
        .isLessThanOrEqualTo(RunChart.DEFAULT_LIMIT + 1);
    assertThat(parse(chart.toSvg(RunChart.View.PLANE)).getDocumentElement().getTagName())
        .isEqualTo("svg");
  }

  @Test
  void recordingTwice_sameRun_sameSvg() {
    Scenario scenario = ScenarioReader.read(EXAMPLES.resolve("supplier.yaml"));
    List<Event> events = run(scenario, ProtocolKind.ALTERNATING_OFFERS, "boulware", 50);
    Analysis analysis = Analyzer.analyze(scenario);

    String first = record(scenario, events, 20).chart(analysis).toSvg(RunChart.View.PLANE);
    String second = record(scenario, events, 20).chart(analysis).toSvg(RunChart.View.PLANE);

    assertThat(first).isEqualTo(second);
  }

  private static void assertPlaneMatches(
      Scenario scenario, Element plane, List<Event> moves, String xParty, String yParty) {
    double[] frame = frame(plane);
    List<Element> markers = elements(plane, "offer");
    assertThat(markers).hasSize(moves.size());
    for (int i = 0; i < moves.size(); i++) {
      Outcome outcome = outcome(moves.get(i));
      double[] centre = centre(markers.get(i));
      assertThat(unitX(frame, centre[0]))
          .as("move %d, %s", i, xParty)
          .isCloseTo(utility(scenario, xParty, outcome), within(TOLERANCE));
      assertThat(unitY(frame, centre[1]))
          .as("move %d, %s", i, yParty)
          .isCloseTo(utility(scenario, yParty, outcome), within(TOLERANCE));
    }
  }

  /** Each party's line has one vertex per move: at its utility, across within its round. */
  private static void assertTimelineMatches(
      Scenario scenario, Document svg, List<Event> moves, List<String> parties, RunChart chart) {
    Element timeline = groups(svg, "timeline").get(0);
    double[] frame = frame(timeline);
    int lastRound = 0;
    for (Event event : moves) {
      lastRound = Math.max(lastRound, event.round());
    }
    for (int p = 0; p < parties.size(); p++) {
      Element line = elements(timeline, "party-" + p).get(0);
      String[] vertices =
          ((Element) line.getElementsByTagName("polyline").item(0))
              .getAttribute("points")
              .split(" ");
      assertThat(vertices).hasSize(moves.size());
      double previous = -1;
      for (int i = 0; i < moves.size(); i++) {
        String[] xy = vertices[i].split(",");
        double across = Double.parseDouble(xy[0]);
        assertThat(unitY(frame, Double.parseDouble(xy[1])))
            .isCloseTo(utility(scenario, parties.get(p), outcome(moves.get(i))), within(TOLERANCE));
        double rounds = (across - frame[0]) / frame[2] * Math.max(lastRound, 1);
        int round = moves.get(i).round();
        assertThat(rounds).isBetween(round - 1 - TOLERANCE * 10, round + TOLERANCE * 10);
        assertThat(across).isGreaterThanOrEqualTo(previous);
        previous = across;
      }
    }
    assertThat(chart.parties()).isEqualTo(parties);
  }

  private static List<Event> run(
      Scenario scenario, ProtocolKind protocol, String strategy, int rounds) {
    Map<String, String> negotiators = new java.util.LinkedHashMap<>();
    for (String party : scenario.negotiatingParties()) {
      negotiators.put(party, strategy);
    }
    var options =
        new RunOptions(
            Optional.of(protocol),
            negotiators,
            Optional.empty(),
            Optional.empty(),
            OptionalInt.of(rounds),
            OptionalLong.of(7),
            Duration.ZERO,
            Optional.empty());
    Mechanism mechanism = Mechanisms.create(RunConfiguration.setup(scenario, options));
    mechanism.run();
    return List.copyOf(mechanism.events());
  }

  private static RunChartRecorder record(Scenario scenario, List<Event> events) {
    return record(scenario, events, RunChart.DEFAULT_LIMIT);
  }

  private static RunChartRecorder record(Scenario scenario, List<Event> events, int limit) {
    var recorder = new RunChartRecorder(scenario, limit);
    events.forEach(recorder);
    return recorder;
  }

  private static List<Event> moves(List<Event> events) {
    return events.stream()
        .filter(
            e ->
                e.payload() instanceof Payload.Offered
                    || e.payload() instanceof Payload.TextDrafted)
        .toList();
  }

  private static Outcome outcome(Event move) {
    return move.payload() instanceof Payload.Offered offered
        ? offered.outcome()
        : ((Payload.TextDrafted) move.payload()).text();
  }

  private static double utility(Scenario scenario, String party, Outcome outcome) {
    return scenario.preferences().get(party).utility().utility(outcome);
  }

  /** The panel's frame {left, top, width, height}: its one rectangle without fill. */
  private static double[] frame(Element panel) {
    NodeList rects = panel.getElementsByTagName("rect");
    List<double[]> frames = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getAttribute("fill").equals("none")) {
        frames.add(
            new double[] {
              number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")
            });
      }
    }
    assertThat(frames).hasSize(1);
    return frames.get(0);
  }

  private static double unitX(double[] frame, double x) {
    return (x - frame[0]) / frame[2];
  }

  private static double unitY(double[] frame, double y) {
    return 1 - (y - frame[1]) / frame[3];
  }

  private static double[] centre(Element marker) {
    return switch (marker.getTagName()) {
      case "circle" -> new double[] {number(marker, "cx"), number(marker, "cy")};
      case "rect" ->
          new double[] {
            number(marker, "x") + number(marker, "width") / 2,
            number(marker, "y") + number(marker, "height") / 2
          };
      default -> throw new AssertionError("unexpected marker " + marker.getTagName());
    };
  }

  /** The centre of a diamond: the mean of its four corners. */
  private static double[] polygonCentre(String points) {
    double x = 0;
    double y = 0;
    String[] corners = points.split(" ");
    for (String corner : corners) {
      String[] xy = corner.split(",");
      x += Double.parseDouble(xy[0]);
      y += Double.parseDouble(xy[1]);
    }
    return new double[] {x / corners.length, y / corners.length};
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  private static List<Element> groups(Document svg, String kind) {
    List<Element> found = new ArrayList<>();
    NodeList all = svg.getElementsByTagName("g");
    for (int i = 0; i < all.getLength(); i++) {
      Element group = (Element) all.item(i);
      if (classes(group).contains("panel") && classes(group).contains(kind)) {
        found.add(group);
      }
    }
    return found;
  }

  /** The elements under {@code root} whose class list holds {@code cssClass}, in document order. */
  private static List<Element> elements(Element root, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (classes(element).contains(cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  private static List<String> classes(Element element) {
    return List.of(element.getAttribute("class").split(" "));
  }

  private static String text(Document svg) {
    return svg.getDocumentElement().getTextContent();
  }

  private static Document parse(String svg) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
    }
  }
}
