package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.interop.ScenarioWriter;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18's lossless round trips: random two-party scenarios without red lines go Parley YAML →
 * GeniusWeb → GENIUS → YAML, YAML → GENIUS → GeniusWeb → YAML, and YAML → each format → YAML
 * through {@code parley convert}; {@code parley analyze --json} of every file on the way must equal
 * the original's (every utility within 1e-12, the same outcomes), and the final YAML keeps every
 * reservation value and discount factor.
 */
class RoundTripCommandTest {
  private static final double TOLERANCE = 1e-12;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void everyRoundTrip_keepsTheAnalysis_reservationsAndDiscounts(long seed) throws IOException {
    Scenario original = scenario(new SplittableRandom(seed));
    Path yaml = dir.resolve("original.yaml");
    ScenarioWriter.write(original, yaml);
    JsonNode expected = analysis(yaml);

    List<List<String>> trips =
        List.of(
            List.of("geniusweb", "genius", "yaml"),
            List.of("genius", "geniusweb", "yaml"),
            List.of("genius", "yaml"),
            List.of("geniusweb", "yaml"),
            List.of("genius", "genius", "yaml"),
            List.of("geniusweb", "geniusweb", "yaml"));
    for (List<String> trip : trips) {
      Path current = yaml;
      String name = String.join("-", trip);
      for (int step = 0; step < trip.size(); step++) {
        String format = trip.get(step);
        Path next = dir.resolve(name + "-" + step + (format.equals("yaml") ? ".yaml" : ""));
        Run convert = Run.of("convert", current.toString(), "--to", format, next.toString());
        assertThat(convert.exitCode()).as("%s step %d: %s", name, step, convert.err()).isZero();
        assertSame(expected, analysis(next), "seed " + seed + ", " + name + " step " + step);
        current = next;
      }
      Scenario back = ScenarioReader.read(current);
      for (String party : original.negotiatingParties()) {
        Preferences before = original.preferences().get(party);
        Preferences after = back.preferences().get(party);
        assertThat(after.reservation())
            .as("%s %s reservation", name, party)
            .isEqualTo(before.reservation());
        assertThat(after.discount()).as("%s %s discount", name, party).isEqualTo(before.discount());
      }
    }
  }

  private static JsonNode analysis(Path input) throws IOException {
    Run run = Run.of("analyze", input.toString(), "--json");
    assertThat(run.exitCode()).as("analyze %s: %s", input, run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("scenario");
    return json;
  }

  /** Equal JSON, numbers within {@link #TOLERANCE}, values compared as text (3 and "3"). */
  private static void assertSame(JsonNode expected, JsonNode actual, String where) {
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(where).isTrue();
      assertThat(fieldNames(actual)).as(where).isEqualTo(fieldNames(expected));
      for (String field : fieldNames(expected)) {
        assertSame(expected.get(field), actual.get(field), where + "." + field);
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(where).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSame(expected.get(i), actual.get(i), where + "[" + i + "]");
      }
    } else if (expected.isFloatingPointNumber() || actual.isFloatingPointNumber()) {
      assertThat(actual.asDouble())
          .as(where)
          .isCloseTo(expected.asDouble(), org.assertj.core.data.Offset.offset(TOLERANCE));
    } else {
      assertThat(actual.asText()).as(where).isEqualTo(expected.asText());
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** Two parties over 2-4 discrete or integer issues, random weights, scores, reservations. */
  private static Scenario scenario(SplittableRandom random) {
    int issueCount = 2 + random.nextInt(3);
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < issueCount; i++) {
      String id = "issue-" + (char) ('a' + i);
      if (random.nextBoolean()) {
        List<String> labels = new ArrayList<>();
        int n = 2 + random.nextInt(3);
        for (int v = 0; v < n; v++) {
          labels.add("v" + v);
        }
        issues.add(new DiscreteIssue(id, id, labels));
      } else {
        int lower = random.nextInt(10);
        issues.add(new IntegerIssue(id, id, lower, lower + 1 + random.nextInt(5), 1));
      }
    }
    OutcomeSpace space = new OutcomeSpace(issues);
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (String party : List.of("buyer", "seller")) {
      double[] raw = new double[issueCount];
      double sum = 0;
      for (int i = 0; i < issueCount; i++) {
        raw[i] = 0.1 + random.nextDouble();
        sum += raw[i];
      }
      List<Double> weights = new ArrayList<>();
      double partial = 0;
      for (int i = 0; i < issueCount - 1; i++) {
        weights.add(raw[i] / sum);
        partial += raw[i] / sum;
      }
      weights.add(1 - partial);
      List<ValueFunction> functions = new ArrayList<>();
      for (Issue issue : issues) {
        if (issue instanceof DiscreteIssue discrete) {
          var scores = new LinkedHashMap<String, Double>();
          for (String label : discrete.labels()) {
            scores.put(label, random.nextDouble());
          }
          functions.add(new ValueTable(scores));
        } else {
          functions.add(new LinearValueFunction(random.nextDouble(), random.nextDouble()));
        }
      }
      double reservation = random.nextInt(50) / 100.0;
      double discount = random.nextBoolean() ? 1.0 : 0.5 + random.nextInt(50) / 100.0;
      preferences.put(
          party,
          new Preferences(
              new LinearAdditiveUtility(space, weights, functions),
              reservation,
              List.of(),
              discount));
    }
    return new Scenario(
        "trip", "", List.of(Party.of("buyer"), Party.of("seller")), space, preferences);
  }
}
