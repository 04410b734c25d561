package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 13, point 4 (alternating offers): no shipped negotiator — every name in the registry, so
 * agents added later are covered — ever offers or accepts an outcome that breaks its red lines or
 * falls below its reservation value, over random seeded scenarios of two or three parties, against
 * random opponents from the registry.
 */
class NeverHarmThemselvesPropertyTest {

  @Provide
  Arbitrary<String> negotiators() {
    return Arbitraries.of(Strategies.negotiatorNames());
  }

  @Property(tries = 400)
  void noShippedNegotiator_offersOrAcceptsBelowReservationOrAcrossRedLines(
      @ForAll("negotiators") String name,
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 3) int parties,
      @ForAll @IntRange(min = 2, max = 40) int rounds) {
    var random = new SplittableRandom(seed);
    Scenario scenario = RandomScenarios.scenario(seed, parties);
    List<String> names = Strategies.negotiatorNames();
    List<String> negotiators = new ArrayList<>();
    negotiators.add(name);
    for (int p = 1; p < parties; p++) {
      negotiators.add(random.nextBoolean() ? name : names.get(random.nextInt(names.size())));
    }
    List<Event> events =
        Runs.run(
            scenario, ProtocolKind.ALTERNATING_OFFERS, rounds, negotiators, "hill-climbing", seed);

    List<String> seats = scenario.negotiatingParties();
    int checked = 0;
    for (Event event : events) {
      int seat = seats.indexOf(event.sender());
      if (seat < 0 || !negotiators.get(seat).equals(name)) {
        continue;
      }
      Outcome moved;
      if (event.payload() instanceof Payload.Offered offered) {
        moved = offered.outcome();
      } else if (event.payload() instanceof Payload.Accepted accepted) {
        moved = accepted.outcome();
      } else {
        continue;
      }
      Preferences preferences = scenario.preferences().get(event.sender());
      assertThat(RandomScenarios.acceptable(preferences, moved))
          .as(
              "%s as %s (seed %d, %s): %s of %s, worth %d ticks against reservation %s",
              name,
              event.sender(),
              seed,
              negotiators,
              event.type(),
              moved,
              RandomScenarios.ticks(preferences, moved),
              preferences.reservation())
          .isTrue();
      checked++;
    }
    End end = NegotiationState.of(events).end().orElseThrow();
    if (end instanceof End.NoAgreement none) {
      assertThat(none.reason())
          .as("%s fails: %s", negotiators, none.detail())
          .isNotEqualTo(EndReason.FAILURE);
    }
    assertThat(checked + (end instanceof End.NoAgreement ? 1 : 0))
        .as("the agent under test moved or the run ended without it")
        .isPositive();
  }
}
