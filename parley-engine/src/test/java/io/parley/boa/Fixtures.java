package io.parley.boa;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.NegotiatorContext;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.scenario.Party;
import io.parley.strategy.UtilityIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Preferences, contexts and events for calling BOA components directly. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Party {@code us}: {@code issues} integer issues 0..values-1, equal weights, utility rising
   * linearly in every issue.
   */
  static Preferences rising(int issues, int values, double reservation) {
    List<Issue> list = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      list.add(IntegerIssue.of("i" + i, 0, values - 1));
    }
    var space = new OutcomeSpace(list);
    List<Double> weights = new ArrayList<>(Collections.nCopies(issues, 1.0 / issues));
    List<ValueFunction> functions =
        new ArrayList<>(Collections.nCopies(issues, new LinearValueFunction(0, 1)));
    return new Preferences(
        new LinearAdditiveUtility(space, weights, functions), reservation, List.of(), 1.0);
  }

  /** The context of {@code us} among {@code us} and the named others. */
  static NegotiatorContext context(Preferences preferences, int deadline, String... others) {
    List<Party> parties = new ArrayList<>();
    parties.add(Party.of("us"));
    for (String other : others) {
      parties.add(Party.of(other));
    }
    return new NegotiatorContext(
        "us",
        preferences,
        preferences.utility().space(),
        parties,
        "alternating-offers",
        deadline,
        new SplittableRandom(7));
  }

  /** A situation of {@code us} against {@code them}, with {@code model}. */
  static Situation situation(Preferences preferences, OpponentModel model) {
    var context = context(preferences, 100, "them");
    var situation = new Situation(context, UtilityIndex.of(preferences), model);
    model.start(situation);
    return situation;
  }

  /** Records an offer from {@code party} at {@code progress}, as the negotiator does. */
  static void receive(Situation situation, String party, double progress, Outcome offer) {
    situation.moveTo(situation.round(), progress);
    situation.receive(party, offer, true);
    situation.model().update(party, offer, situation);
  }

  /** An offer event from {@code sender} in {@code round}. */
  static Event offered(long sequence, int round, String sender, Outcome outcome) {
    return new Event(
        sequence, sequence, round, sender, List.of("us", "them"), new Payload.Offered(outcome));
  }
}
