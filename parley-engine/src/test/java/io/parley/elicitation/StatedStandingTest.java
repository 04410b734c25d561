package io.parley.elicitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Payload;
import io.parley.generation.GenerationSpec;
import io.parley.generation.ScenarioGenerator;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import io.parley.strategy.UtilityIndex;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatedStandingTest {

  @Test
  void read_theWordsOfEachStanding() {
    assertThat(StatedStanding.read("the text is worth less to us than we now need, and more"))
        .isEqualTo(StatedStanding.WITHIN);
    assertThat(StatedStanding.read("We cannot accept the text as it stands"))
        .isEqualTo(StatedStanding.OUTSIDE);
    assertThat(StatedStanding.read("breaks our red line: no night shifts"))
        .isEqualTo(StatedStanding.OUTSIDE);
    assertThat(StatedStanding.read("the text is worth less to us than the 0.7 we now need"))
        .as("below a target says nothing about the reservation value")
        .isEqualTo(StatedStanding.UNSTATED);
    assertThat(StatedStanding.read("")).isEqualTo(StatedStanding.UNSTATED);
  }

  @Test
  void ofAmended_anyOutsideReasonWins() {
    var amended =
        new Payload.Amended(
            1,
            List.of(
                new Amendment(0, 1, "the text is worth less to us than what we now ask for"),
                new Amendment(1, 1, "breaks our red line: x")));
    assertThat(StatedStanding.of(amended)).isEqualTo(StatedStanding.OUTSIDE);
    assertThat(StatedStanding.of(new Payload.Amended(1, List.of(new Amendment(0, 1, "")))))
        .isEqualTo(StatedStanding.UNSTATED);
  }

  /**
   * The default party robot states where a text stands, and says it truly: on generated scenarios,
   * every refusal it gives reads as within exactly when the text respects its red lines and reaches
   * its reservation value.
   */
  @Test
  void boaRobot_everyRefusalStatesTheTruth() {
    var generator = new ScenarioGenerator(GenerationSpec.defaults().withZone(0.001, 0.05));
    int refusals = 0;
    int outside = 0;
    for (long seed = 1; seed <= 8; seed++) {
      Scenario scenario = generator.generate(seed);
      String party = scenario.negotiatingParties().get(0);
      var random = new SplittableRandom(seed);
      Negotiator robot = Strategies.negotiator("boa");
      robot.start(
          new NegotiatorContext(
              party,
              scenario.preferences().get(party),
              scenario.space(),
              scenario.parties(),
              "single-text",
              100,
              random.split()));
      UtilityIndex index = UtilityIndex.of(scenario.preferences().get(party));
      for (int round = 1; round <= 100; round++) {
        Outcome text =
            scenario.space().outcomeAt(random.nextLong(scenario.space().size().longValue()));
        Action action = robot.act(new Request.Review(round, (round - 1) / 100.0, round, text, "m"));
        StatedStanding stated;
        if (action instanceof Action.Reject reject) {
          stated = StatedStanding.read(reject.reason());
        } else if (action instanceof Action.Amend amend) {
          stated = StatedStanding.of(new Payload.Amended(round, amend.amendments()));
        } else {
          continue;
        }
        refusals++;
        assertThat(stated)
            .as("seed %d round %d text %s", seed, round, text)
            .isEqualTo(index.isAcceptable(text) ? StatedStanding.WITHIN : StatedStanding.OUTSIDE);
        outside += stated == StatedStanding.OUTSIDE ? 1 : 0;
      }
    }
    assertThat(refusals).isGreaterThan(outside).isGreaterThan(100);
    assertThat(outside).isPositive();
  }
}
