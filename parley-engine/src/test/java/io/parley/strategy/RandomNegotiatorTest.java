package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.negotiator.Action;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RandomNegotiatorTest {
  private static final Preferences PREFERENCES = UtilityIndexTest.uniform(3, 6, 0.5, List.of());

  private static List<Outcome> offers(long seed, int count) {
    var negotiator = new RandomNegotiator();
    negotiator.start(Contexts.negotiator(PREFERENCES, seed));
    List<Outcome> offers = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      var action = negotiator.act(new Request.Turn(k + 1, 0.0, Optional.empty(), ""));
      offers.add(((Action.Offer) action).outcome());
    }
    return offers;
  }

  @Test
  void act_offersVariedAcceptablePackages_reproducibleFromTheSeed() {
    List<Outcome> offers = offers(42, 200);

    assertThat(offers).allMatch(o -> RandomScenarios.acceptable(PREFERENCES, o));
    assertThat(new HashSet<>(offers)).hasSizeGreaterThan(20);
    assertThat(offers(42, 200)).isEqualTo(offers);
    assertThat(offers(43, 200)).isNotEqualTo(offers);
  }

  @Test
  void act_acceptsAnyAcceptableOffer_evenAtTheStart() {
    var negotiator = new RandomNegotiator();
    negotiator.start(Contexts.negotiator(PREFERENCES, 1));
    // u(3, 3, 2) = 8/15 >= 0.5; u(2, 2, 3) = 7/15 < 0.5
    assertThat(negotiator.act(new Request.Turn(1, 0.0, Optional.of(Outcome.of(3, 3, 2)), "them")))
        .isEqualTo(Action.accept());
    assertThat(negotiator.act(new Request.Turn(1, 0.0, Optional.of(Outcome.of(2, 2, 3)), "them")))
        .isInstanceOf(Action.Offer.class);
  }
}
