package io.parley.protocol;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made scenarios for mechanism tests. */
final class TestScenarios {
  private TestScenarios() {}

  /** Buyer and seller over price (low, mid, high) and delivery (slow, fast), with a mediator. */
  static Scenario buyerSeller() {
    var price = DiscreteIssue.of("price", "low", "mid", "high");
    var delivery = DiscreteIssue.of("delivery", "slow", "fast");
    var space = OutcomeSpace.of(price, delivery);
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
    preferences.put("buyer", Preferences.of(buyer, 0.3));
    preferences.put("seller", Preferences.of(seller, 0.3));
    return new Scenario(
        "buyer-seller",
        "",
        List.of(
            Party.of("buyer"), Party.of("seller"), new Party("broker", "Broker", Role.MEDIATOR)),
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
