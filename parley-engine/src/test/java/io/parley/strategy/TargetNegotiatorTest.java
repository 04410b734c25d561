package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Request;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How every target negotiator answers: texts, amendments with reasons, and the empty case. */
class TargetNegotiatorTest {
  private static final int PAUSE = 0;
  private static final int PERMANENT = 2;
  private static final int NONE = 0;
  private static final int THIRD_PARTY = 1;

  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          DiscreteIssue.of("ceasefire", "pause", "extended", "permanent"),
          IntegerIssue.of("release", 0, 4),
          DiscreteIssue.of("guarantees", "none", "third-party"));

  private static final RedLine LINKAGE =
      new RedLine.Linkage(
          Condition.of(Clause.of(1, 5, 1, 2, 3, 4)),
          Condition.of(Clause.of(0, 3, PERMANENT)),
          "release only with an end to the war");

  private static Preferences preferences(double reservation, List<RedLine> redLines) {
    var utility =
        new LinearAdditiveUtility(
            SPACE,
            List.of(0.4, 0.3, 0.3),
            List.of(
                new ValueTable(Map.of("pause", 0.0, "extended", 0.5, "permanent", 1.0)),
                new LinearValueFunction(1, 0),
                new ValueTable(Map.of("none", 0.0, "third-party", 1.0))));
    return new Preferences(utility, reservation, redLines, 1.0);
  }

  private static HardlinerNegotiator hardliner(Preferences preferences) {
    var negotiator = new HardlinerNegotiator();
    negotiator.start(Contexts.negotiator(preferences, 7));
    return negotiator;
  }

  private static Request.Review review(Outcome text) {
    return new Request.Review(1, 0.1, 1, text, "m");
  }

  private static Outcome apply(Outcome text, List<Amendment> amendments) {
    Outcome result = text;
    for (Amendment amendment : amendments) {
      result = result.with(amendment.issue(), amendment.value());
    }
    return result;
  }

  @Test
  void review_textMeetingTarget_accepts() {
    var negotiator = hardliner(preferences(0.3, List.of(LINKAGE)));

    assertThat(negotiator.act(review(Outcome.of(PERMANENT, 0, THIRD_PARTY))))
        .isEqualTo(Action.accept());
  }

  @Test
  void review_textBreakingLabelledRedLine_amendsWithTheLabelAndTheNeed() {
    var negotiator = hardliner(preferences(0.3, List.of(LINKAGE)));
    Outcome text = Outcome.of(PAUSE, 4, NONE);

    Action action = negotiator.act(review(text));

    assertThat(action).isInstanceOf(Action.Amend.class);
    List<Amendment> amendments = ((Action.Amend) action).amendments();
    assertThat(amendments)
        .containsExactly(
            new Amendment(0, PERMANENT, "breaks our red line: release only with an end to the war"),
            new Amendment(1, 0, "breaks our red line: release only with an end to the war"),
            new Amendment(2, THIRD_PARTY, "the text is worth less to us than the 1 we now need"));
    assertThat(apply(text, amendments)).isEqualTo(Outcome.of(PERMANENT, 0, THIRD_PARTY));
  }

  @Test
  void review_textBreakingUnlabelledRedLine_citesTheRule() {
    var negotiator = hardliner(preferences(0.3, List.of(LINKAGE.withLabel(""))));

    Action action = negotiator.act(review(Outcome.of(PAUSE, 4, THIRD_PARTY)));

    assertThat(((Action.Amend) action).amendments())
        .extracting(Amendment::reason)
        .containsOnly("breaks our red line: if release is 1 to 4, then ceasefire is permanent");
  }

  @Test
  void review_textGoodEnoughButBreakingRedLine_repairsItWithoutGivingUpAnythingElse() {
    var negotiator = new TimeDependentNegotiator(1);
    negotiator.start(Contexts.negotiator(preferences(0.3, List.of(LINKAGE)), 7));
    // worth 0.3, the target at t = 1, but releases without an end to the war
    Outcome text = Outcome.of(PAUSE, 4, THIRD_PARTY);

    Action action = negotiator.act(new Request.Review(9, 1.0, 4, text, "m"));

    // The target package (pause, 0, none) would give up the third-party guarantees (worth 0.3 to
    // it); releasing no one repairs the red line and only gains: (pause, 0, third-party), 0.6.
    assertThat(((Action.Amend) action).amendments())
        .containsExactly(
            new Amendment(1, 0, "breaks our red line: release only with an end to the war"));
  }

  @Test
  void review_targetPackageTradesProvisions_asksOnlyForTheGains() {
    var negotiator = new TimeDependentNegotiator(1);
    negotiator.start(Contexts.negotiator(preferences(0.3, List.of()), 7));
    // worth 0.4 + 0 + 0 = 0.4; the target at t = 0 is the best, 1.0: (permanent, 0, third-party)
    Outcome text = Outcome.of(PERMANENT, 4, NONE);

    Action action = negotiator.act(new Request.Review(1, 0.0, 1, text, "m"));

    assertThat(((Action.Amend) action).amendments())
        .extracting(Amendment::issue, Amendment::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 0),
            org.assertj.core.groups.Tuple.tuple(2, THIRD_PARTY));
  }

  @Test
  void review_noHarmlessChangeReachesTheTarget_rejectsWithTheReason() {
    // Only the release matters to us, and the text already has its best value there, which our red
    // line forbids. Every repair lowers our utility, so we reject and say why.
    var utility =
        new LinearAdditiveUtility(
            SPACE,
            List.of(0.0, 1.0, 0.0),
            List.of(
                new ValueTable(Map.of("pause", 0.0, "extended", 0.0, "permanent", 0.0)),
                new LinearValueFunction(1, 0),
                new ValueTable(Map.of("none", 0.0, "third-party", 0.0))));
    var forbid = new RedLine.Forbid(Condition.of(Clause.of(1, 5, 0)), "someone is released");
    var negotiator = new TimeDependentNegotiator(1);
    negotiator.start(Contexts.negotiator(new Preferences(utility, 0.5, List.of(forbid), 1.0), 7));

    Action action = negotiator.act(review(Outcome.of(PERMANENT, 0, NONE)));

    assertThat(action).isEqualTo(new Action.Reject("breaks our red line: someone is released"));
  }

  @Test
  void review_amendedTextIsAcceptable() {
    for (long seed = 0; seed < 50; seed++) {
      var negotiator = new RandomNegotiator();
      Preferences preferences = preferences(0.4, List.of(LINKAGE));
      negotiator.start(Contexts.negotiator(preferences, seed));
      Outcome text = SPACE.outcomeAt(seed % 30);

      Action action = negotiator.act(review(text));

      if (action instanceof Action.Amend amend) {
        assertThat(RandomScenarios.acceptable(preferences, apply(text, amend.amendments())))
            .isTrue();
      } else {
        assertThat(action).isEqualTo(Action.accept());
        assertThat(RandomScenarios.acceptable(preferences, text)).isTrue();
      }
    }
  }

  @Test
  void act_nothingAcceptable_walksAwayFromATurnAndRejectsAText() {
    var forbidBest = new RedLine.Forbid(Condition.of(Clause.of(0, 3, PERMANENT)), "");
    var negotiator = hardliner(preferences(0.9, List.of(forbidBest)));

    assertThat(negotiator.act(new Request.Turn(1, 0.0, Optional.empty(), "")))
        .isEqualTo(
            new Action.WalkAway(
                "no package both respects our red lines and reaches our reservation value of"
                    + " 0.9"));
    assertThat(negotiator.act(review(Outcome.of(PAUSE, 0, NONE))))
        .isInstanceOf(Action.Reject.class);
  }

  @Test
  void act_beforeStart_throws() {
    assertThatThrownBy(
            () -> new HardlinerNegotiator().act(new Request.Turn(1, 0, Optional.empty(), "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before start()");
  }
}
