package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.strategy.UtilityIndex;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The frequency opponent model of HardHeaded (van Krimpen, Looije and Hajizadeh, "HardHeaded", in
 * Complex Automated Negotiations: Theories, Models, and Software Competitions, Springer SCI 435,
 * 2013): an opponent keeps what it cares about, so an issue whose value stays the same between two
 * consecutive offers gains weight, and the values it offers most are the ones it likes best.
 *
 * <p>Per opponent: weights start equal; after each offer every issue whose value equals that of the
 * opponent's previous offer gains {@code learning} and the weights are normalised to sum to 1. Each
 * offered value's count grows by one (counts start at 1). The estimated utility is {@code Σ w_i ·
 * count_i(v_i) / max_v count_i(v)}, in [0, 1]. An opponent not seen yet is worth 0.5 everywhere.
 *
 * <p>Departure from the paper: the paper scales the weight added by the number of issues and uses
 * fixed constants; here the learning rate is a parameter and is added before normalising.
 *
 * <p>Cost: an update is {@code O(issues)}; a rating sums one term {@code w_i · count_i(v) / max_v
 * count_i(v)} per issue, in issue order, each computed once per update and then read from a table,
 * so the result is the same as summing the terms directly, bit for bit.
 */
public final class FrequencyModel implements OpponentModel {
  private final double learning;
  private final Map<String, PartyModel> parties = new HashMap<>();
  private OutcomeSpace space;

  /**
   * A model adding {@code learning} to the weight of every unchanged issue.
   *
   * @throws IllegalArgumentException unless {@code learning} is a finite number >= 0
   */
  public FrequencyModel(double learning) {
    if (!(learning >= 0) || Double.isInfinite(learning)) {
      throw new IllegalArgumentException("learning = " + learning + " is not a finite number >= 0");
    }
    this.learning = learning;
  }

  /**
   * A model of packages in {@code space}, ready for {@link #update} without a negotiator's
   * situation: for a mediator learning from what parties ask for.
   *
   * @throws IllegalArgumentException unless {@code learning} is a finite number >= 0
   */
  public FrequencyModel(double learning, OutcomeSpace space) {
    this(learning);
    this.space = space;
  }

  @Override
  public void start(Situation situation) {
    this.space = situation.index().space();
  }

  @Override
  public void update(String party, Outcome offer, Situation situation) {
    if (space == null) {
      space = situation.index().space();
    }
    PartyModel model = parties.get(party);
    if (model == null) {
      model = new PartyModel(space);
      parties.put(party, model);
    }
    model.learn(offer, learning);
  }

  @Override
  public double utility(String party, Outcome outcome) {
    PartyModel model = parties.get(party);
    return model == null ? 0.5 : model.utility(outcome.valueIndices());
  }

  /** Rates the candidate's value indices in place of building its {@link Outcome}. */
  @Override
  public double leastUtilityAt(Collection<String> parties, UtilityIndex index, int rank) {
    if (scratch == null || scratch.length != index.space().issueCount()) {
      scratch = new int[index.space().issueCount()];
    }
    index.valuesAt(rank, scratch);
    double least = 1.0;
    for (String party : parties) {
      PartyModel model = this.parties.get(party);
      least = Math.min(least, model == null ? 0.5 : model.utility(scratch));
    }
    return least;
  }

  /** Value indices of the candidate being rated; reused, never shared between threads. */
  private int[] scratch;

  /**
   * The estimated weight of issue {@code issue} for {@code party} (1 / issues before any offer).
   */
  public double weight(String party, int issue) {
    PartyModel model = parties.get(party);
    return model == null ? 1.0 / space.issueCount() : model.weights[issue];
  }

  private static final class PartyModel {
    private final double[] weights;
    private final double[][] counts;
    private final double[] maxCounts;

    /**
     * {@code terms[i][v] = weights[i] * counts[i][v] / maxCounts[i]}, valid where {@code
     * stamps[i][v] == version}: each term is computed when first needed after an update, so one
     * rating costs what summing the terms directly would, and many ratings cost one table.
     */
    private final double[][] terms;

    private final long[][] stamps;
    private long version = 1;
    private Outcome previous;

    PartyModel(OutcomeSpace space) {
      int n = space.issueCount();
      weights = new double[n];
      counts = new double[n][];
      terms = new double[n][];
      stamps = new long[n][];
      maxCounts = new double[n];
      for (int i = 0; i < n; i++) {
        weights[i] = 1.0 / n;
        counts[i] = new double[space.issue(i).size()];
        terms[i] = new double[counts[i].length];
        stamps[i] = new long[counts[i].length];
        java.util.Arrays.fill(counts[i], 1.0);
        maxCounts[i] = 1.0;
      }
    }

    void learn(Outcome offer, double learning) {
      if (previous != null) {
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
          if (offer.valueIndex(i) == previous.valueIndex(i)) {
            weights[i] += learning;
          }
          total += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
          weights[i] /= total;
        }
      }
      for (int i = 0; i < weights.length; i++) {
        int v = offer.valueIndex(i);
        counts[i][v] += 1;
        maxCounts[i] = Math.max(maxCounts[i], counts[i][v]);
      }
      previous = offer;
      version++;
    }

    double utility(int[] values) {
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        int v = values[i];
        if (stamps[i][v] != version) {
          terms[i][v] = weights[i] * counts[i][v] / maxCounts[i];
          stamps[i][v] = version;
        }
        sum += terms[i][v];
      }
      return Math.max(0, Math.min(1, sum));
    }
  }
}
