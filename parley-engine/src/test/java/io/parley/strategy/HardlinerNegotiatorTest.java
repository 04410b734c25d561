package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.negotiator.Action;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HardlinerNegotiatorTest {
  private static final Preferences PREFERENCES = UtilityIndexTest.uniform(2, 5, 0.2, List.of());

  @Test
  void act_offersItsBestAtEveryProgress() {
    var negotiator = new HardlinerNegotiator();
    negotiator.start(Contexts.negotiator(PREFERENCES, 1));

    for (double t : new double[] {0, 0.5, 0.99, 1}) {
      assertThat(negotiator.act(new Request.Turn(1, t, Optional.of(Outcome.of(3, 4)), "them")))
          .isEqualTo(Action.offer(Outcome.of(4, 4)));
    }
  }

  @Test
  void act_acceptsOnlyItsBestUtility() {
    var negotiator = new HardlinerNegotiator();
    negotiator.start(Contexts.negotiator(PREFERENCES, 1));

    assertThat(negotiator.act(new Request.Turn(9, 1.0, Optional.of(Outcome.of(4, 4)), "them")))
        .isEqualTo(Action.accept());
    assertThat(negotiator.act(new Request.Review(9, 1.0, 3, Outcome.of(4, 3), "m")))
        .isInstanceOf(Action.Amend.class);
  }
}
