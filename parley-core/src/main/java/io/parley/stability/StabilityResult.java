package io.parley.stability;

import java.util.ArrayList;
import java.util.List;

/**
 * The stability of every state of a {@link GraphModel} for every decision maker under every {@link
 * StabilityConcept}, individually and against coalitions ({@link StabilityAnalysis}). Immutable.
 */
public final class StabilityResult {
  private final GraphModel model;
  private final boolean[][][] individual;
  private final boolean[][][] coalition;

  StabilityResult(GraphModel model, boolean[][][] individual, boolean[][][] coalition) {
    this.model = model;
    this.individual = individual;
    this.coalition = coalition;
  }

  /** The model analysed. */
  public GraphModel model() {
    return model;
  }

  /** Whether {@code state} is stable for decision maker {@code dm} under {@code concept}. */
  public boolean stable(StabilityConcept concept, int dm, int state) {
    return individual[concept.ordinal()][dm][state];
  }

  /**
   * Whether {@code state} is coalition stable for {@code dm} under {@code concept}: every coalition
   * containing it is deterred from every coalition improvement.
   */
  public boolean coalitionStable(StabilityConcept concept, int dm, int state) {
    return coalition[concept.ordinal()][dm][state];
  }

  /** Whether {@code state} is stable for every decision maker under {@code concept}. */
  public boolean equilibrium(StabilityConcept concept, int state) {
    return all(individual[concept.ordinal()], state);
  }

  /** Whether {@code state} is coalition stable for every decision maker under {@code concept}. */
  public boolean coalitionEquilibrium(StabilityConcept concept, int state) {
    return all(coalition[concept.ordinal()], state);
  }

  /** The equilibria under {@code concept}, in state order. */
  public List<State> equilibria(StabilityConcept concept) {
    List<State> result = new ArrayList<>();
    for (State state : model.states()) {
      if (equilibrium(concept, state.index())) {
        result.add(state);
      }
    }
    return List.copyOf(result);
  }

  /** The coalition equilibria under {@code concept}, in state order. */
  public List<State> coalitionEquilibria(StabilityConcept concept) {
    List<State> result = new ArrayList<>();
    for (State state : model.states()) {
      if (coalitionEquilibrium(concept, state.index())) {
        result.add(state);
      }
    }
    return List.copyOf(result);
  }

  private static boolean all(boolean[][] byDecisionMaker, int state) {
    for (boolean[] stable : byDecisionMaker) {
      if (!stable[state]) {
        return false;
      }
    }
    return true;
  }
}
