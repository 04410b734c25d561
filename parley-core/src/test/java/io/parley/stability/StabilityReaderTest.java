package io.parley.stability;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

class StabilityReaderTest {
  private static final String HEAD =
      """
      name: test
      decision_makers:
        - id: a
          options: [{id: x}]
        - id: b
          options: [{id: y}]
      """;

  private static GraphModel read(String text) {
    return StabilityReader.parse("model.yaml", text, false);
  }

  private static ScenarioException failure(String text) {
    try {
      read(text);
    } catch (ScenarioException e) {
      return e;
    }
    throw new AssertionError("no error for:\n" + text);
  }

  @Test
  void read_rankingsWithTies_andPriorities_givePayoffs() {
    GraphModel model =
        read(
            HEAD
                + """
                preferences:
                  a:
                    ranking: [YN, [NN, YY], NY]
                  b:
                    priorities: [y, -x]
                """);

    assertThat(model.states()).extracting(State::label).containsExactly("NN", "YN", "NY", "YY");
    assertThat(model.payoff(0, 1)).isGreaterThan(model.payoff(0, 0));
    assertThat(model.payoff(0, 0)).isEqualTo(model.payoff(0, 3));
    assertThat(model.payoff(0, 3)).isGreaterThan(model.payoff(0, 2));
    // b: y is worth 2, not x is worth 1
    assertThat(new long[] {model.payoff(1, 0), model.payoff(1, 1), model.payoff(1, 2)})
        .containsExactly(1, 0, 3);
    assertThat(model.payoff(1, 3)).isEqualTo(2);
  }

  @Test
  void read_mergedStateNamedByAMember_isThatState() {
    GraphModel model =
        read(
            HEAD
                + """
                indistinguishable: [{x: Y}]
                preferences:
                  a: {ranking: [NN, YN, NY]}
                  b: {ranking: [Y-, NY, NN]}
                """);

    assertThat(model.states()).extracting(State::label).containsExactly("NN", "Y-", "NY");
  }

  @Test
  void read_unknownOptionInAPattern_namesItAndTheLine() {
    ScenarioException e =
        failure(
            HEAD
                + """
                infeasible:
                  - {x: Y, z: Y}
                preferences: {}
                """);

    assertThat(e.getMessage())
        .startsWith("model.yaml:8:")
        .contains("infeasible[0].z")
        .contains("unknown option 'z'; expected one of x, y");
  }

  @Test
  void read_unknownOptionInAStatement_namesItAndTheLine() {
    ScenarioException e =
        failure(
            HEAD
                + """
                preferences:
                  a: {ranking: [NN, YN, NY, YY]}
                  b:
                    priorities:
                      - y & -w
                """);

    assertThat(e.getMessage())
        .startsWith("model.yaml:11:")
        .contains("preferences.b.priorities[0]")
        .contains("unknown option 'w'");
  }

  @Test
  void read_everyCombinationInfeasible_failsAtInfeasible() {
    ScenarioException e =
        failure(
            HEAD
                + """
                infeasible: [{x: Y}, {x: N}]
                preferences: {}
                """);

    assertThat(e.getMessage())
        .startsWith("model.yaml:7:")
        .contains("every one of the 4 option combinations is infeasible");
  }

  @Test
  void read_rankingMissingStates_listsThem() {
    ScenarioException e =
        failure(
            HEAD
                + """
                preferences:
                  a:
                    ranking: [NN, YY]
                  b: {ranking: [NN, YN, NY, YY]}
                """);

    assertThat(e.getMessage())
        .startsWith("model.yaml:9:")
        .contains("preferences.a.ranking")
        .contains("the ranking of a misses 2 of the 4 states: YN, NY");
  }

  @Test
  void read_stateTwiceInARanking_namesBothLines() {
    ScenarioException e =
        failure(
            HEAD
                + """
                preferences:
                  a:
                    ranking:
                      - NN
                      - [YN, NY]
                      - YY
                      - NY
                  b: {ranking: [NN, YN, NY, YY]}
                """);

    assertThat(e.getMessage())
        .startsWith("model.yaml:13:")
        .contains("state NY appears twice in the ranking of a (also at line 11)");
  }

  @Test
  void read_unknownDecisionMaker_namesTheKnownOnes() {
    ScenarioException e =
        failure(
            HEAD
                + """
                preferences:
                  a: {ranking: [NN, YN, NY, YY]}
                  b: {ranking: [NN, YN, NY, YY]}
                  c: {ranking: [NN, YN, NY, YY]}
                """);

    assertThat(e.getMessage())
        .startsWith("model.yaml:10:")
        .contains("unknown decision maker 'c'; expected one of a, b");
  }

  @Test
  void read_missingPreferences_namesTheDecisionMaker() {
    ScenarioException e = failure(HEAD + "preferences:\n  a: {ranking: [NN, YN, NY, YY]}\n");

    assertThat(e.getMessage()).contains("missing key 'b' (the preferences of b)");
  }

  @Test
  void read_infeasibleStateInARanking_saysSo() {
    ScenarioException e =
        failure(
            HEAD
                + """
                infeasible: [{x: Y, y: Y}]
                preferences:
                  a: {ranking: [NN, YN, NY, YY]}
                  b: {ranking: [NN, YN, NY]}
                """);

    assertThat(e.getMessage()).startsWith("model.yaml:9:").contains("'YY' is not a feasible state");
  }

  @Test
  void read_malformedYaml_namesTheLine() {
    ScenarioException e = failure("name: test\ndecision_makers: [\n  - id: a\n");

    assertThat(e.getMessage()).startsWith("model.yaml:").contains("malformed YAML");
  }

  @Test
  void read_badMovesAndUnknownKeys_areNamed() {
    assertThat(
            failure(
                    """
                    name: t
                    decision_makers:
                      - id: a
                        options: [{id: x, moves: sideways}]
                    preferences: {}
                    """)
                .getMessage())
        .contains("moves 'sideways'; expected both, take-only or withdraw-only");
    assertThat(failure(HEAD + "players: []\n").getMessage())
        .contains("unknown key 'players' in the stability model");
  }

  @Test
  void read_json_isTheSameFormat() {
    GraphModel model =
        StabilityReader.parse(
            "model.json",
            """
            {"name": "j",
             "decision_makers": [{"id": "a", "options": [{"id": "x", "moves": "take-only"}]}],
             "preferences": {"a": {"ranking": ["Y", "N"]}}}
            """,
            true);

    assertThat(model.moves(0, 0)).containsExactly(1);
    assertThat(model.moves(0, 1)).isEmpty();
  }
}
