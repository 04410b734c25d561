package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import java.util.Collection;

/**
 * The O of BOA: what this party has learnt of the others' preferences from their offers alone
 * (Baarslag, Hindriks, Hendrikx, Dirkzwager and Jonker, "Decoupling negotiating agents to explore
 * the space of negotiation strategies", in Novel Insights in Agent-based Complex Automated
 * Negotiation, Springer SCI 535, 2014).
 *
 * <p>A fresh instance per negotiator. {@link #update} is called with every offer another party
 * makes, in order; {@link #utility} may be called at any time.
 */
public interface OpponentModel {

  /** Called once, before any update, with the situation the negotiator keeps. */
  default void start(Situation situation) {}

  /** Learns from {@code offer}, made by {@code party} (progress in {@code situation}). */
  void update(String party, Outcome offer, Situation situation);

  /**
   * The estimated utility of {@code outcome} to {@code party}, in [0, 1]; for a party not seen yet
   * the model's prior.
   */
  double utility(String party, Outcome outcome);

  /**
   * The estimated utility of {@code outcome} to the least satisfied of {@code parties} (1 when
   * there are none): in stacked multilateral negotiation an offer is agreed only when all of them
   * accept it.
   */
  default double leastUtility(Collection<String> parties, Outcome outcome) {
    double least = 1.0;
    for (String party : parties) {
      least = Math.min(least, utility(party, outcome));
    }
    return least;
  }

  /**
   * {@link #leastUtility(Collection, Outcome)} of the outcome at {@code rank} of {@code index},
   * exactly: the same value, bit for bit. For rating many candidates of which few are kept; a model
   * that can rate an outcome's value indices without building the {@link Outcome} overrides it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= rank < index.size()}
   */
  default double leastUtilityAt(Collection<String> parties, UtilityIndex index, int rank) {
    return leastUtility(parties, index.outcomeAt(rank));
  }
}
