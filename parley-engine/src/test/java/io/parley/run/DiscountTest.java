package io.parley.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.event.End;
import io.parley.negotiator.Action;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Discounts as GENIUS applies them — {@code u · d^t} for an agreement at normalised time {@code t},
 * {@code r · d^t} for no agreement — against values computed by hand.
 *
 * <p>Buyer (discount 0.5, reservation 0.3) and seller (discount 0.8, reservation 0.3) over price
 * and delivery; the package (mid, fast) is worth 0.7 · 0.6 + 0.3 · 1 = 0.72 to the buyer and 0.8 ·
 * 0.5 + 0.2 · 0 = 0.4 to the seller. With a 10-round deadline, the second of two moves in round 1
 * happens at t = (0 + 2/2) / 10 = 0.1.
 */
class DiscountTest {
  private static final Outcome DEAL = Outcome.of(1, 1);
  private static final double BUYER_AT_TENTH = 0.72 * 0.9330329915368074; // 0.5^0.1
  private static final double SELLER_AT_TENTH = 0.4 * 0.9779327685429035; // 0.8^0.1

  @Test
  void alternatingOffers_agreementAtTimeOneTenth_isDiscountedByDToTheT() {
    var setup =
        NegotiationSetup.builder(scenario())
            .negotiator("buyer", request -> Action.offer(DEAL))
            .negotiator("seller", request -> Action.accept())
            .deadlineRounds(10)
            .build();

    RunSummary summary = finish(setup);

    assertThat(summary.end()).isEqualTo(new End.Agreement(DEAL));
    assertThat(summary.time()).isEqualTo(0.1);
    assertThat(summary.utilities().get("buyer")).isCloseTo(BUYER_AT_TENTH, within(1e-12));
    assertThat(summary.utilities().get("seller")).isCloseTo(SELLER_AT_TENTH, within(1e-12));
    assertThat(summary.utilities().get("buyer")).isCloseTo(0.6717837539065014, within(1e-12));
  }

  @Test
  void singleText_agreementAtTimeOneTenth_isDiscountedTheSameWay() {
    var setup =
        NegotiationSetup.builder(scenario())
            .protocol(ProtocolKind.SINGLE_TEXT)
            .negotiator("buyer", request -> Action.accept())
            .negotiator("seller", request -> Action.accept())
            .mediator("mediator", request -> DEAL)
            .deadlineRounds(10)
            .build();

    RunSummary summary = finish(setup);

    assertThat(summary.end()).isEqualTo(new End.Agreement(DEAL));
    assertThat(summary.time()).isEqualTo(0.1);
    assertThat(summary.utilities().get("buyer")).isCloseTo(BUYER_AT_TENTH, within(1e-12));
    assertThat(summary.utilities().get("seller")).isCloseTo(SELLER_AT_TENTH, within(1e-12));
  }

  @Test
  void deadline_discountsTheReservationValueAtTimeOne() {
    var setup =
        NegotiationSetup.builder(scenario())
            .negotiator("buyer", request -> Action.offer(Outcome.of(0, 1)))
            .negotiator("seller", request -> Action.offer(Outcome.of(2, 0)))
            .deadlineRounds(3)
            .build();

    RunSummary summary = finish(setup);

    assertThat(summary.end()).isInstanceOf(End.NoAgreement.class);
    assertThat(summary.time()).isEqualTo(1.0);
    assertThat(summary.utilities()).containsEntry("buyer", 0.3 * 0.5);
    assertThat(summary.utilities()).containsEntry("seller", 0.3 * 0.8);
  }

  @Test
  void walkAwayInTheSecondRound_discountsTheReservationAtThatTime() {
    var setup =
        NegotiationSetup.builder(scenario())
            .negotiator("buyer", request -> Action.offer(Outcome.of(0, 1)))
            .negotiator(
                "seller",
                request ->
                    request.round() == 2 ? new Action.WalkAway("") : Action.offer(Outcome.of(2, 0)))
            .deadlineRounds(4)
            .build();

    RunSummary summary = finish(setup);

    // The seller walks away at its turn of round 2: t = (1 + 2/2) / 4 = 0.5.
    assertThat(summary.time()).isEqualTo(0.5);
    assertThat(summary.utilities().get("buyer")).isCloseTo(0.3 * Math.sqrt(0.5), within(1e-15));
    assertThat(summary.utilities().get("seller")).isCloseTo(0.3 * Math.sqrt(0.8), within(1e-15));
  }

  @Test
  void noDiscount_leavesUtilitiesExactlyUndiscounted() {
    assertThat(RunSummary.discounted(0.72, 1.0, 0.7)).isEqualTo(0.72);
    assertThat(RunSummary.discounted(0.72, 0.5, 0.0)).isEqualTo(0.72);
    assertThat(RunSummary.discounted(0.72, 0.5, 1.0)).isEqualTo(0.36);
  }

  private static RunSummary finish(NegotiationSetup setup) {
    Mechanism mechanism = Mechanisms.create(setup);
    mechanism.run();
    return RunSummary.of(setup.scenario(), Optional.empty(), mechanism.state(), mechanism.time());
  }

  private static Scenario scenario() {
    var space =
        OutcomeSpace.of(
            DiscreteIssue.of("price", "low", "mid", "high"),
            DiscreteIssue.of("delivery", "slow", "fast"));
    var buyer =
        new LinearAdditiveUtility(
            space,
            List.of(0.7, 0.3),
            List.<ValueFunction>of(
                table("low", 1.0, "mid", 0.6, "high", 0.0), table("slow", 0.0, "fast", 1.0)));
    var seller =
        new LinearAdditiveUtility(
            space,
            List.of(0.8, 0.2),
            List.<ValueFunction>of(
                table("low", 0.0, "mid", 0.5, "high", 1.0), table("slow", 1.0, "fast", 0.0)));
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    preferences.put("buyer", new Preferences(buyer, 0.3, List.of(), 0.5));
    preferences.put("seller", new Preferences(seller, 0.3, List.of(), 0.8));
    return new Scenario(
        "discounted",
        "",
        List.of(Party.of("buyer"), Party.of("seller"), new Party("mediator", "M", Role.MEDIATOR)),
        space,
        preferences);
  }

  private static ValueTable table(Object... pairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return new ValueTable(map);
  }
}
