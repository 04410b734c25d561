package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.UtilityScale;
import io.parley.live.TestScenarios;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mediators' draft-space chart comes from the same analysis as {@code parley analyze}: on the
 * Cairo example and on random scenarios its frontier is the analysis's Pareto frontier, its zone is
 * the analysis's zone of agreement (never "none" where one exists), and the SVG the server draws
 * has one mark per frontier point and per draft, the drafts crossing a red line marked as such.
 * Defect of issue 16: "The chart of the draft space does not show the zone of agreement, the
 * frontier or the drafts that cross a party's red line, and its caption says 'no zone' where one
 * exists."
 */
class DraftSpaceChartTest {
  private static final String NASH =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";

  /** Breaks Israel's red line (no immediate permanent end) and Hamas's none. */
  private static final String PERMANENT_END =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"permanent-end\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";

  private static final Pattern MARK = Pattern.compile("class=\"([a-z -]+)\"");

  private final TestServer t = new TestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void cairo_chartAgreesWithAnalyze_andMarksTheDraftThatCrossesARedLine() {
    String yaml = TestServer.example("cairo-2024-phased.yaml");
    TestServer.Created n = t.create(yaml, 7);
    t.act(n, n.token(), "/texts", "{\"outcome\":" + NASH + "}");
    t.act(n, n.token(), "/texts", "{\"outcome\":" + PERMANENT_END + "}");

    JsonNode space = space(n);
    Analysis analysis = Analyzer.analyze(ScenarioReader.parse("cairo", yaml, false));

    assertSameFrontierAndZone(space, analysis);
    assertThat(space.get("zone").asText()).isEqualTo("exists");
    assertThat(space.get("zoneSummary").asText())
        .startsWith("A zone of agreement exists")
        .doesNotContain("no zone");
    JsonNode texts = space.get("texts");
    assertThat(texts.get(0).get("crossesRedLine").asBoolean()).isFalse();
    assertThat(texts.get(1).get("crossesRedLine").asBoolean()).isTrue();
    assertThat(texts.get(1).get("crossedBy").toString()).isEqualTo("[\"israel\"]");

    List<String> marks = marks(space.get("svg").asText());
    assertThat(marks.stream().filter(m -> m.startsWith("pareto")).count())
        .isEqualTo(space.get("frontier").size());
    assertThat(marks.stream().filter(m -> m.startsWith("pareto in-zone")).count()).isPositive();
    assertThat(marks).contains("zone", "draft", "draft current crosses-red-line");
    assertThat(space.get("svg").asText())
        .contains("utility of Israel")
        .contains("utility of Hamas")
        .contains(">v1<")
        .contains(">v2<");
  }

  @Test
  void randomScenarios_chartAgreesWithAnalyze_zoneAndFrontier() {
    Random random = new Random(16_04L);
    int exists = 0;
    int empty = 0;
    for (int run = 0; run < 40; run++) {
      String yaml =
          TestScenarios.randomYaml(random, 2 + random.nextInt(2), 2 + random.nextInt(3), 4, true);
      Scenario scenario = ScenarioReader.parse("random", yaml, false);
      Analysis analysis = Analyzer.analyze(scenario);
      TestServer.Created n = t.create(yaml, run);
      JsonNode space = space(n);
      assertSameFrontierAndZone(space, analysis);
      boolean zone = analysis.zopa().orElseThrow().signum() > 0;
      assertThat(space.get("zoneSummary").asText())
          .as("run %d", run)
          .startsWith(zone ? "A zone of agreement exists" : "There is no zone of agreement");
      if (zone) {
        exists++;
      } else {
        empty++;
      }
    }
    assertThat(exists).as("scenarios with a zone").isGreaterThan(3);
    assertThat(empty).as("scenarios without one").isGreaterThan(3);
  }

  @Test
  void axes_areChosenByTheMediator_andAnUnknownPartyIsRefused() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 7);
    String path = "/api/negotiations/" + n.id() + "/utility-space";
    JsonNode swapped = t.http.get(path + "?x=hamas&y=israel", n.token()).json();
    assertThat(swapped.get("x").asText()).isEqualTo("hamas");
    assertThat(swapped.get("svg").asText()).contains("utility of Hamas");
    Http.Reply unknown = t.http.get(path + "?x=narnia", n.token());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.error()).contains("'narnia' is not a negotiating party");
    assertThat(t.http.get(path + "?x=israel&y=israel", n.token()).status()).isEqualTo(400);
  }

  private JsonNode space(TestServer.Created n) {
    Http.Reply reply = t.http.get("/api/negotiations/" + n.id() + "/utility-space", n.token());
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  /** The chart's frontier is the analysis's (as sets of utility ticks), and so is its zone. */
  private static void assertSameFrontierAndZone(JsonNode space, Analysis analysis) {
    List<String> parties = analysis.parties();
    TreeSet<String> expected = new TreeSet<>();
    for (ParetoPoint point : analysis.pareto().orElseThrow()) {
      expected.add(key(point.utilities()));
    }
    TreeSet<String> drawn = new TreeSet<>();
    for (JsonNode point : space.get("frontier")) {
      List<Double> utilities = new ArrayList<>();
      for (String party : parties) {
        utilities.add(point.get("utilities").get(party).asDouble());
      }
      drawn.add(key(utilities));
    }
    assertThat(drawn).isEqualTo(expected);
    boolean zone = analysis.zopa().orElseThrow().signum() > 0;
    assertThat(space.get("zone").asText()).isEqualTo(zone ? "exists" : "empty");
    assertThat(zone).isEqualTo(!analysis.solutions().isEmpty());
  }

  private static String key(List<Double> utilities) {
    StringBuilder key = new StringBuilder();
    for (double u : utilities) {
      key.append(UtilityScale.toTicks(u)).append(' ');
    }
    return key.toString();
  }

  private static List<String> marks(String svg) {
    List<String> marks = new ArrayList<>();
    Matcher matcher = MARK.matcher(svg);
    while (matcher.find()) {
      marks.add(matcher.group(1));
    }
    return marks;
  }
}
