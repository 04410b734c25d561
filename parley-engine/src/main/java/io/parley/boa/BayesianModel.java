package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Bayesian opponent model of Hindriks and Tykhonov, "Opponent modelling in automated
 * multi-issue negotiation using Bayesian learning" (AAMAS 2008), in the scalable form the paper
 * proposes, where every issue is learnt separately.
 *
 * <p>The opponent's utility is taken to be linear additive. For each issue there is a set of
 * hypotheses, each a weight level {@code k / levels} (k = 1..levels) paired with an evaluation
 * shape over the issue's values in their order: downhill, uphill, or triangular with its peak at
 * any inner value (a sample of {@value #MAX_PEAKS} on long integer issues). Hypotheses start
 * equally likely. Like the paper, the model assumes the opponent concedes in time: an offer made at
 * progress {@code t} is predicted to be worth {@code 1 − concession · t} to it, and Bayes' rule
 * weighs each hypothesis by a normal likelihood of the offer's utility under the hypothesis around
 * that prediction, with deviation {@code sigma}. The utility under a hypothesis for issue i
 * combines it with the current expectation for the other issues; weights are normalised to sum to
 * 1.
 *
 * <p>Departures from the paper: the weight hypotheses are independent levels per issue rather than
 * rankings of the issues, and discrete values are taken in the order the domain lists them (the
 * paper assumes that order for its shapes too). An opponent not seen yet is worth 0.5.
 */
public final class BayesianModel implements OpponentModel {
  /** At most about this many triangular shapes per issue. */
  private static final int MAX_PEAKS = 24;

  private final int levels;
  private final double concession;
  private final double sigma;
  private final Map<String, PartyModel> parties = new HashMap<>();

  /**
   * A model with {@code levels} weight levels per issue.
   *
   * @throws IllegalArgumentException unless {@code levels} is in [1, 20], {@code concession} in [0,
   *     1] and {@code sigma} a finite number > 0
   */
  public BayesianModel(int levels, double concession, double sigma) {
    if (levels < 1 || levels > 20) {
      throw new IllegalArgumentException("levels = " + levels + " is outside [1, 20]");
    }
    if (!(concession >= 0 && concession <= 1)) {
      throw new IllegalArgumentException("concession = " + concession + " is outside [0, 1]");
    }
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma = " + sigma + " is not a finite number > 0");
    }
    this.levels = levels;
    this.concession = concession;
    this.sigma = sigma;
  }

  @Override
  public void update(String party, Outcome offer, Situation situation) {
    OutcomeSpace space = situation.index().space();
    double predicted = 1 - concession * situation.progress();
    parties.computeIfAbsent(party, p -> new PartyModel(space, levels)).learn(offer, predicted);
  }

  @Override
  public double utility(String party, Outcome outcome) {
    PartyModel model = parties.get(party);
    return model == null ? 0.5 : model.utility(outcome);
  }

  /** One hypothesis for one issue: a weight and an evaluation of each value. */
  private record Hypothesis(double weight, double[] evaluation) {}

  /** The hypotheses for one issue and their probabilities. */
  private static final class IssueBelief {
    private final List<Hypothesis> hypotheses = new ArrayList<>();
    private final double[] probabilities;
    private final double[] contributions;
    private double expectedWeight;

    IssueBelief(int size, int levels) {
      List<double[]> shapes = shapes(size);
      for (int k = 1; k <= levels; k++) {
        for (double[] shape : shapes) {
          hypotheses.add(new Hypothesis((double) k / levels, shape));
        }
      }
      probabilities = new double[hypotheses.size()];
      java.util.Arrays.fill(probabilities, 1.0 / hypotheses.size());
      contributions = new double[size];
      refresh();
    }

    /**
     * Downhill, uphill and the triangles peaking at inner values: every inner value, or {@value
     * #MAX_PEAKS} evenly spaced ones on long issues.
     */
    private static List<double[]> shapes(int size) {
      List<double[]> shapes = new ArrayList<>();
      if (size == 1) {
        shapes.add(new double[] {1.0});
        return shapes;
      }
      double last = size - 1.0;
      double[] down = new double[size];
      double[] up = new double[size];
      for (int v = 0; v < size; v++) {
        down[v] = 1 - v / last;
        up[v] = v / last;
      }
      shapes.add(down);
      shapes.add(up);
      int step = Math.max(1, (size - 2) / MAX_PEAKS);
      for (int peak = 1; peak < size - 1; peak += step) {
        double[] triangle = new double[size];
        for (int v = 0; v < size; v++) {
          triangle[v] = v <= peak ? (double) v / peak : (last - v) / (last - peak);
        }
        shapes.add(triangle);
      }
      return shapes;
    }

    double expectedWeight() {
      return expectedWeight;
    }

    double contribution(int value) {
      return contributions[value];
    }

    private void refresh() {
      expectedWeight = 0;
      java.util.Arrays.fill(contributions, 0);
      for (int h = 0; h < probabilities.length; h++) {
        Hypothesis hypothesis = hypotheses.get(h);
        expectedWeight += probabilities[h] * hypothesis.weight();
        for (int v = 0; v < contributions.length; v++) {
          contributions[v] += probabilities[h] * hypothesis.weight() * hypothesis.evaluation()[v];
        }
      }
    }
  }

  private final class PartyModel {
    private final List<IssueBelief> issues = new ArrayList<>();

    PartyModel(OutcomeSpace space, int levels) {
      for (int i = 0; i < space.issueCount(); i++) {
        issues.add(new IssueBelief(space.issue(i).size(), levels));
      }
    }

    void learn(Outcome offer, double predicted) {
      int n = issues.size();
      double weightSum = 0;
      double contributionSum = 0;
      for (int i = 0; i < n; i++) {
        weightSum += issues.get(i).expectedWeight();
        contributionSum += issues.get(i).contribution(offer.valueIndex(i));
      }
      double[][] posteriors = new double[n][];
      for (int i = 0; i < n; i++) {
        IssueBelief belief = issues.get(i);
        int value = offer.valueIndex(i);
        double restWeight = weightSum - belief.expectedWeight();
        double restContribution = contributionSum - belief.contribution(value);
        double[] posterior = new double[belief.probabilities.length];
        double total = 0;
        for (int h = 0; h < posterior.length; h++) {
          Hypothesis hypothesis = belief.hypotheses.get(h);
          double utility =
              (restContribution + hypothesis.weight() * hypothesis.evaluation()[value])
                  / (restWeight + hypothesis.weight());
          double error = (utility - predicted) / sigma;
          posterior[h] = belief.probabilities[h] * Math.exp(-0.5 * error * error);
          total += posterior[h];
        }
        posteriors[i] = total > 0 ? posterior : null;
        if (total > 0) {
          for (int h = 0; h < posterior.length; h++) {
            posterior[h] /= total;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (posteriors[i] != null) {
          System.arraycopy(posteriors[i], 0, issues.get(i).probabilities, 0, posteriors[i].length);
          issues.get(i).refresh();
        }
      }
    }

    double utility(Outcome outcome) {
      double weightSum = 0;
      double sum = 0;
      for (int i = 0; i < issues.size(); i++) {
        weightSum += issues.get(i).expectedWeight();
        sum += issues.get(i).contribution(outcome.valueIndex(i));
      }
      return weightSum > 0 ? Math.max(0, Math.min(1, sum / weightSum)) : 0.5;
    }
  }
}
