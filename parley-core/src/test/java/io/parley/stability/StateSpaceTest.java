package io.parley.stability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateSpaceTest {

  @Test
  void generate_dropsInfeasible_andMergesIndistinguishable_withDashesWhereMembersDiffer() {
    // options 0, 1, 2; 0 and 1 exclude each other; every combination with option 2 is one state
    List<State> states =
        StateSpace.generate(
            3,
            List.of(new OptionPattern(Map.of(0, true, 1, true))),
            List.of(new OptionPattern(Map.of(2, true))));

    assertThat(states).extracting(State::label).containsExactly("NNN", "YNN", "NYN", "--Y");
    assertThat(states.get(3).members()).containsExactly(4L, 5L, 6L);
  }

  @Test
  void generate_twoOverlappingMerges_becomeOneState() {
    List<State> states =
        StateSpace.generate(
            2,
            List.of(),
            List.of(new OptionPattern(Map.of(0, true)), new OptionPattern(Map.of(1, true))));

    assertThat(states).extracting(State::label).containsExactly("NN", "--");
    assertThat(states.get(1).members()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void generate_everythingInfeasible_isEmpty() {
    assertThat(
            StateSpace.generate(
                1,
                List.of(new OptionPattern(Map.of(0, true)), new OptionPattern(Map.of(0, false))),
                List.of()))
        .isEmpty();
  }

  @Test
  void fromOptionForm_irreversibleOption_movesOneWayOnly() {
    var options =
        List.of(
            new ConflictOption("strike", "strike", "a", OptionMoves.TAKE_ONLY),
            new ConflictOption("stop", "stop", "a", OptionMoves.WITHDRAW_ONLY));
    var dms = List.of(new DecisionMaker("a", "a", List.of(0, 1)));
    List<State> states = StateSpace.generate(2, List.of(), List.of());
    GraphModel model =
        GraphModel.fromOptionForm("one-way", options, dms, states, new long[][] {{0, 0, 0, 0}});

    // NN -> YN only (strike may be taken; stop, not held, cannot be taken)
    assertThat(model.moves(0, 0)).containsExactly(1);
    // NY -> NN (withdraw stop) and YN (take strike, withdraw stop) and YY (take strike)
    assertThat(model.moves(0, 2)).containsExactly(0, 1, 3);
    // YN: strike cannot be withdrawn and stop cannot be taken
    assertThat(model.moves(0, 1)).isEmpty();
  }

  @Test
  void fromOptionForm_movesWithinAMergedState_areNotMoves() {
    var options =
        List.of(
            new ConflictOption("quit", "quit", "a", OptionMoves.TAKE_ONLY),
            new ConflictOption("push", "push", "b", OptionMoves.BOTH));
    var dms =
        List.of(new DecisionMaker("a", "a", List.of(0)), new DecisionMaker("b", "b", List.of(1)));
    List<State> states =
        StateSpace.generate(2, List.of(), List.of(new OptionPattern(Map.of(0, true))));
    GraphModel model =
        GraphModel.fromOptionForm(
            "merged", options, dms, states, new long[][] {{0, 0, 0}, {0, 0, 0}});

    assertThat(states).extracting(State::label).containsExactly("NN", "Y-", "NY");
    assertThat(model.moves(1, 1)).as("b pushing after a quit changes nothing").isEmpty();
    assertThat(model.moves(0, 0)).containsExactly(1);
    assertThat(model.moves(0, 2)).containsExactly(1);
  }
}
