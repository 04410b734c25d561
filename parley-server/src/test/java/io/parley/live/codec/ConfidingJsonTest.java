package io.parley.live.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.live.LiveException;
import io.parley.live.consent.Confiding;
import io.parley.live.consent.Consent;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.ScenarioException;
import io.parley.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A confiding's body read into a typed statement and built into preferences without a scenario. The
 * oracle is the scenario reader itself: a random body (often broken in one place) must be refused
 * exactly when the same preferences in a scenario file are, and otherwise give the same utility for
 * every outcome, the same reservation and the same red lines.
 */
class ConfidingJsonTest {
  private static final OutcomeSpace SPACE =
      new OutcomeSpace(
          List.of(
              new DiscreteIssue("d", "Discrete", List.of("x", "y", "z")),
              new IntegerIssue("r", "Range", 0, 10, 5),
              new DiscreteIssue("e", "Other", List.of("p", "q"))));

  @Test
  void randomBodies_areRefusedOrBuilt_exactlyAsTheScenarioReaderWould() {
    SplittableRandom random = new SplittableRandom(2024);
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 3_000; i++) {
      String body = body(random);
      Optional<Preferences> oracle = oracle(body);
      Optional<Preferences> ours;
      try {
        ours = Optional.of(ConfidingJson.preferences(SPACE, Json.parseObject(body)));
      } catch (LiveException e) {
        assertThat(e.kind()).isEqualTo(LiveException.Kind.BAD_INPUT);
        ours = Optional.empty();
      }
      assertThat(ours.isPresent()).as(body).isEqualTo(oracle.isPresent());
      if (oracle.isPresent()) {
        accepted++;
        assertSame(ours.get(), oracle.get(), body);
      } else {
        refused++;
      }
    }
    assertThat(accepted).as("accepted bodies").isGreaterThan(600);
    assertThat(refused).as("refused bodies").isGreaterThan(600);
  }

  @Test
  void theConfiding_keepsTheBodyAsSent_withItsConsent() {
    String body =
        "{\"weights\":{\"r\":0.5,\"d\":0.5,\"e\":0},\"scores\":{\"d\":{\"x\":1,\"y\":0.5,\"z\":0},"
            + "\"r\":{\"from\":0,\"to\":1}},\"consent\":\"utilities\",\"shareReservation\":true}";
    Confiding confiding = ConfidingJson.confiding(SPACE, Json.parseObject(body));
    assertThat(confiding.body()).isEqualTo(body);
    assertThat(confiding.consent()).isEqualTo(Consent.UTILITIES);
    assertThat(confiding.sharesReservation()).isTrue();
    assertThat(confiding.preferences().utility().utility(Outcome.of(0, 2, 1))).isEqualTo(1.0);
  }

  @Test
  void aConsentThatIsNotALevel_isRefused_namingTheField() {
    for (String bad : List.of("\"Full\"", "\"\"", "1", "true", "null", "[]")) {
      assertThatThrownBy(
              () ->
                  ConfidingJson.statement(
                      Json.parseObject("{\"weights\":{},\"consent\":" + bad + "}")))
          .as(bad)
          .isInstanceOf(LiveException.class)
          .hasMessageContaining("field 'consent'")
          .hasMessageContaining("\"suggestions\", \"utilities\" or \"full\"");
    }
  }

  @Test
  void formErrors_nameTheFieldAndWhatWasExpected() {
    assertThatThrownBy(() -> statement("{\"weights\":{\"d\":\"half\"}}"))
        .hasMessageContaining("'weights.d'")
        .hasMessageContaining("got a string");
    assertThatThrownBy(() -> statement("{\"weights\":{},\"shareReservation\":\"yes\"}"))
        .hasMessage("field 'shareReservation' is a string; expected true or false");
    assertThatThrownBy(() -> statement("{\"scores\":{}}"))
        .hasMessageContaining("missing field 'weights'");
    assertThatThrownBy(() -> statement("{\"weights\":{},\"discount\":0.9}"))
        .hasMessageContaining("unknown field 'discount'");
    assertThatThrownBy(
            () -> statement("{\"weights\":{},\"redLines\":[{\"forbid\":{\"d\":[\"x\"]},\"x\":1}]}"))
        .hasMessageContaining("'redLines[0].x'");
    assertThatThrownBy(
            () -> statement("{\"weights\":{},\"redLines\":[{\"forbid\":{\"d\":\"x\"}}]}"))
        .hasMessageContaining("'redLines[0].forbid.d'");
  }

  private static void statement(String body) {
    ConfidingJson.statement(Json.parseObject(body));
  }

  private static void assertSame(Preferences ours, Preferences oracle, String body) {
    assertThat(ours.reservation()).as(body).isEqualTo(oracle.reservation());
    assertThat(ours.redLines()).as(body).isEqualTo(oracle.redLines());
    for (long k = 0; k < SPACE.size().longValueExact(); k++) {
      Outcome outcome = SPACE.outcomeAt(k);
      int[] values = new int[SPACE.issueCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = outcome.valueIndex(i);
      }
      assertThat(ours.utility().utility(outcome))
          .as(body + " at " + outcome)
          .isEqualTo(oracle.utility().utility(outcome));
      assertThat(ours.allows(values)).as(body + " at " + outcome).isEqualTo(oracle.allows(values));
    }
  }

  /** The same preferences read by the scenario reader, inside a scenario file; empty if refused. */
  private static Optional<Preferences> oracle(String body) {
    String preferences =
        body.replace("\"scores\"", "\"values\"").replace("\"redLines\"", "\"red_lines\"");
    String scenario =
        "{\"name\":\"oracle\",\"parties\":[{\"id\":\"p\",\"role\":\"party\"},"
            + "{\"id\":\"o\",\"role\":\"party\"}],"
            + "\"issues\":[{\"id\":\"d\",\"name\":\"Discrete\",\"values\":[\"x\",\"y\",\"z\"]},"
            + "{\"id\":\"r\",\"name\":\"Range\",\"range\":{\"min\":0,\"max\":10,\"step\":5}},"
            + "{\"id\":\"e\",\"name\":\"Other\",\"values\":[\"p\",\"q\"]}],"
            + "\"preferences\":{\"p\":"
            + preferences
            + ",\"o\":{\"weights\":{\"d\":1,\"r\":0,\"e\":0},"
            + "\"values\":{\"d\":{\"x\":0,\"y\":0,\"z\":1}}}}}";
    try {
      return Optional.of(ScenarioReader.parse("oracle", scenario, true).preferences().get("p"));
    } catch (ScenarioException e) {
      return Optional.empty();
    }
  }

  /** A body of the confiding form: half of them valid, the others broken here and there. */
  private static String body(SplittableRandom random) {
    boolean clean = random.nextBoolean();
    List<String> fields = new ArrayList<>();
    fields.add("\"weights\":" + weights(random, clean));
    if (clean || random.nextInt(6) != 0) {
      fields.add("\"scores\":" + scores(random, clean));
    }
    if (random.nextInt(3) == 0) {
      fields.add(
          "\"reservation\":"
              + (clean
                  ? pick(random, "0", "0.3", "1")
                  : pick(random, "0", "0.3", "1", "1.2", "-0.1", "\"0.3\"")));
    }
    if (random.nextInt(2) == 0) {
      List<String> lines = new ArrayList<>();
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        lines.add(redLine(random, clean));
      }
      fields.add("\"redLines\":[" + String.join(",", lines) + "]");
    }
    return "{" + String.join(",", fields) + "}";
  }

  private static String weights(SplittableRandom random, boolean clean) {
    String[][] choices = {
      {"\"d\":0.5", "\"r\":0.25", "\"e\":0.25"},
      {"\"d\":1", "\"r\":0", "\"e\":0"},
      {"\"d\":0.6", "\"r\":0.3", "\"e\":0.1"},
    };
    List<String> weights = new ArrayList<>(List.of(choices[random.nextInt(choices.length)]));
    switch (clean ? -1 : random.nextInt(10)) {
      case 0 -> weights.remove(random.nextInt(weights.size()));
      case 1 -> weights.add("\"weather\":0");
      case 2 -> weights.set(0, weights.get(0).replaceAll(":.*", ":0.4"));
      case 3 -> weights.set(1, weights.get(1).replaceAll(":.*", ":-0.1"));
      case 4 -> weights.set(2, weights.get(2).replaceAll(":.*", ":\"0.25\""));
      default -> {}
    }
    return "{" + String.join(",", weights) + "}";
  }

  private static String scores(SplittableRandom random, boolean clean) {
    List<String> functions = new ArrayList<>();
    if (clean || random.nextInt(8) != 0) {
      List<String> table =
          new ArrayList<>(
              List.of(
                  "\"x\":" + pick(random, "0", "0.5", "1"),
                  "\"y\":" + pick(random, "0", "0.25", "1"),
                  "\"z\":" + pick(random, "0", "1", "0.75")));
      switch (clean ? -1 : random.nextInt(10)) {
        case 0 -> table.remove(random.nextInt(table.size()));
        case 1 -> table.add("\"w\":0.5");
        case 2 -> table.set(0, "\"x\":1.5");
        case 3 -> table.set(1, "\"y\":\"high\"");
        default -> {}
      }
      functions.add("\"d\":{" + String.join(",", table) + "}");
    }
    if (clean || random.nextInt(8) != 0) {
      String range =
          switch (clean ? pick(random, 0, 2, 7) : random.nextInt(9)) {
            case 0 -> "{\"from\":0,\"peak\":5,\"to\":0}";
            case 1 ->
                "{\"from\":0.2,\"peak\":" + pick(random, "10", "7", "20", "5.0") + ",\"to\":1}";
            case 2 -> "{\"from\":0,\"peak\":5,\"peak_score\":0.8,\"to\":0.1}";
            case 3 -> "{\"from\":0}";
            case 4 -> "{\"from\":0,\"to\":1,\"middle\":0.5}";
            case 5 -> "{\"from\":0,\"to\":2}";
            case 6 -> "[0,1]";
            default -> "{\"from\":" + pick(random, "0", "1", "0.5") + ",\"to\":1}";
          };
      functions.add("\"r\":" + range);
    }
    if (random.nextInt(3) == 0) {
      functions.add("\"e\":{\"p\":1,\"q\":0}");
    }
    if (!clean && random.nextInt(15) == 0) {
      functions.add("\"weather\":{\"rain\":1}");
    }
    return "{" + String.join(",", functions) + "}";
  }

  private static String redLine(SplittableRandom random, boolean clean) {
    String label =
        random.nextInt(3) == 0
            ? ",\"label\":" + (clean ? "\"never\"" : pick(random, "\"never\"", "\"\""))
            : "";
    return switch (clean ? pick(random, 0, 1, 2, 8) : random.nextInt(12)) {
      case 0 -> "{\"forbid\":{\"d\":[\"x\"]}" + label + "}";
      case 1 -> "{\"require\":{\"r\":{\"min\":5}}" + label + "}";
      case 2 -> "{\"if\":{\"d\":[\"y\",\"z\"]},\"then\":{\"e\":[\"q\"]}" + label + "}";
      case 3 -> "{\"if\":{\"d\":[\"y\"]}}";
      case 4 -> "{\"forbid\":{\"d\":[\"x\"]},\"require\":{\"e\":[\"p\"]}}";
      case 5 -> "{\"forbid\":{}}";
      case 6 -> "{\"forbid\":{\"weather\":[\"rain\"]}}";
      case 7 -> "{\"forbid\":{\"d\":{\"min\":1}}}";
      case 8 -> "{\"forbid\":{\"r\":[5,10]}" + label + "}";
      case 9 -> "{\"require\":{\"r\":{\"min\":6,\"max\":9}}}";
      case 10 -> "{\"forbid\":{\"d\":[]}}";
      default -> "{" + label.replaceFirst("^,", "") + "}";
    };
  }

  private static String pick(SplittableRandom random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static int pick(SplittableRandom random, int... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
