package io.parley.stability;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Stability analysis of a graph model: for every state, every decision maker and every {@link
 * StabilityConcept}, whether the state is stable for the decision maker, alone and against
 * coalitions.
 *
 * <p><b>Individual stability</b> follows Fang, Hipel and Kilgour (1993), with R_{N-i} the moves of
 * the opponents' coalition ({@link Reachability}); a preference "not preferred to s" is a payoff at
 * most that of s.
 *
 * <p><b>Coalition stability</b> follows the coalition analysis of Kilgour, Hipel, Fang and Peng
 * (2001) and Inohara and Hipel (2008). A coalition improvement of H from s is a state of R_H(s)
 * that every member of H prefers to s (intermediate states need not be improvements). H is deterred
 * from it when the complement N-H can answer, within R_{N-H} (within R_{N-H}^+ for SEQ), with a
 * state that some member of H does not prefer to s (for SMR, a state from which H cannot move,
 * within R_H, to any state that member prefers to s). A state is coalition stable for i under a
 * concept when every coalition containing i (i alone included) is deterred from every coalition
 * improvement; so coalition stability implies individual stability. Parley's reading of "some
 * member" (one member that would not gain is enough to keep the coalition from forming) is its own
 * choice where the papers leave the sanction of a coalition to the analyst.
 */
public final class StabilityAnalysis {
  /** Coalitions are enumerated: at most this many decision makers. */
  public static final int MAX_DECISION_MAKERS = 12;

  private final GraphModel model;
  private final Reachability reach;
  private final int dms;
  private final int everyone;

  private StabilityAnalysis(GraphModel model) {
    this.model = model;
    this.reach = new Reachability(model);
    this.dms = model.decisionMakers().size();
    this.everyone = (1 << dms) - 1;
  }

  /**
   * Analyses a model.
   *
   * @throws IllegalArgumentException if it has more than {@link #MAX_DECISION_MAKERS} decision
   *     makers
   */
  public static StabilityResult analyze(GraphModel model) {
    if (model.decisionMakers().size() > MAX_DECISION_MAKERS) {
      throw new IllegalArgumentException(
          model.decisionMakers().size()
              + " decision makers; the analysis handles at most "
              + MAX_DECISION_MAKERS);
    }
    return new StabilityAnalysis(model).run();
  }

  private StabilityResult run() {
    var concepts = StabilityConcept.values();
    int states = model.states().size();
    boolean[][][] individual = new boolean[concepts.length][dms][states];
    boolean[][][] coalition = new boolean[concepts.length][dms][states];
    for (var concept : concepts) {
      for (int dm = 0; dm < dms; dm++) {
        Arrays.fill(coalition[concept.ordinal()][dm], true);
      }
    }
    for (int h = 1; h <= everyone; h++) {
      for (int s = 0; s < states; s++) {
        for (var concept : concepts) {
          if (stable(h, s, concept)) {
            if (Integer.bitCount(h) == 1) {
              individual[concept.ordinal()][Integer.numberOfTrailingZeros(h)][s] = true;
            }
            continue;
          }
          for (int dm = 0; dm < dms; dm++) {
            if ((h & (1 << dm)) != 0) {
              coalition[concept.ordinal()][dm][s] = false;
            }
          }
        }
      }
    }
    return new StabilityResult(model, individual, coalition);
  }

  /** Whether coalition {@code h} is deterred from every coalition improvement from {@code s}. */
  private boolean stable(int h, int s, StabilityConcept concept) {
    BitSet reachable = reach.reach(h, s);
    int opponents = everyone & ~h;
    for (int s1 = reachable.nextSetBit(0); s1 >= 0; s1 = reachable.nextSetBit(s1 + 1)) {
      if (!everyMemberPrefers(h, s1, s)) {
        continue;
      }
      if (concept == StabilityConcept.NASH || !sanctioned(h, opponents, s, s1, concept)) {
        return false;
      }
    }
    return true;
  }

  private boolean sanctioned(int h, int opponents, int s, int s1, StabilityConcept concept) {
    BitSet answers =
        concept == StabilityConcept.SEQ ? reach.improve(opponents, s1) : reach.reach(opponents, s1);
    for (int s2 = answers.nextSetBit(0); s2 >= 0; s2 = answers.nextSetBit(s2 + 1)) {
      for (int k = 0; k < dms; k++) {
        if ((h & (1 << k)) == 0 || model.payoff(k, s2) > model.payoff(k, s)) {
          continue;
        }
        if (concept != StabilityConcept.SMR || noEscape(h, k, s, s2)) {
          return true;
        }
      }
    }
    return false;
  }

  /** SMR: the coalition cannot move from {@code s2} to a state member {@code k} prefers to s. */
  private boolean noEscape(int h, int k, int s, int s2) {
    BitSet escapes = reach.reach(h, s2);
    for (int s3 = escapes.nextSetBit(0); s3 >= 0; s3 = escapes.nextSetBit(s3 + 1)) {
      if (model.payoff(k, s3) > model.payoff(k, s)) {
        return false;
      }
    }
    return true;
  }

  private boolean everyMemberPrefers(int h, int to, int from) {
    for (int k = 0; k < dms; k++) {
      if ((h & (1 << k)) != 0 && model.payoff(k, to) <= model.payoff(k, from)) {
        return false;
      }
    }
    return true;
  }
}
