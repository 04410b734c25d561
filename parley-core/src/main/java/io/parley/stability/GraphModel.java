package io.parley.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A graph model of a conflict (Kilgour, Hipel and Fang 1987): states, each decision maker's
 * unilateral moves between them (one directed graph per decision maker), and each decision maker's
 * preferences over the states as payoffs (higher is more preferred; equal payoffs are ties; only
 * the order within one decision maker means anything).
 *
 * <p>Immutable. Built from an option-form model with {@link #fromOptionForm}, or directly from
 * graphs with {@link #of}.
 */
public final class GraphModel {
  private final String name;
  private final List<DecisionMaker> decisionMakers;
  private final List<ConflictOption> options;
  private final List<State> states;
  private final int[][][] moves;
  private final long[][] payoffs;

  private GraphModel(
      String name,
      List<DecisionMaker> decisionMakers,
      List<ConflictOption> options,
      List<State> states,
      int[][][] moves,
      long[][] payoffs) {
    if (decisionMakers.isEmpty()) {
      throw new IllegalArgumentException("a graph model needs at least one decision maker");
    }
    if (states.isEmpty()) {
      throw new IllegalArgumentException("a graph model needs at least one state");
    }
    if (payoffs.length != decisionMakers.size() || moves.length != decisionMakers.size()) {
      throw new IllegalArgumentException("one move graph and one payoff list per decision maker");
    }
    for (int dm = 0; dm < decisionMakers.size(); dm++) {
      if (payoffs[dm].length != states.size() || moves[dm].length != states.size()) {
        throw new IllegalArgumentException(
            "decision maker " + decisionMakers.get(dm).id() + " needs one entry per state");
      }
      for (int s = 0; s < states.size(); s++) {
        for (int target : moves[dm][s]) {
          if (target < 0 || target >= states.size() || target == s) {
            throw new IllegalArgumentException(
                "move from state " + s + " to " + target + " is not between two distinct states");
          }
        }
      }
    }
    this.name = name;
    this.decisionMakers = List.copyOf(decisionMakers);
    this.options = List.copyOf(options);
    this.states = List.copyOf(states);
    this.moves = moves;
    this.payoffs = payoffs;
  }

  /**
   * A graph model given directly by its graphs.
   *
   * @param decisionMakers decision maker ids, distinct
   * @param labels state names, distinct
   * @param moves {@code moves[dm][state]}: the states the decision maker can reach from the state
   *     in one move (copied; duplicates are dropped)
   * @param payoffs {@code payoffs[dm][state]}, higher is more preferred (copied)
   */
  public static GraphModel of(
      String name,
      List<String> decisionMakers,
      List<String> labels,
      int[][][] moves,
      long[][] payoffs) {
    List<DecisionMaker> dms = new ArrayList<>();
    for (String id : decisionMakers) {
      dms.add(new DecisionMaker(id, id, List.of()));
    }
    List<State> states = new ArrayList<>();
    for (String label : labels) {
      states.add(new State(states.size(), List.of((long) states.size()), label));
    }
    int[][][] copy = new int[moves.length][][];
    for (int dm = 0; dm < moves.length; dm++) {
      copy[dm] = new int[moves[dm].length][];
      for (int s = 0; s < moves[dm].length; s++) {
        copy[dm][s] = Arrays.stream(moves[dm][s]).distinct().sorted().toArray();
      }
    }
    long[][] payoffCopy = Arrays.stream(payoffs).map(long[]::clone).toArray(long[][]::new);
    return new GraphModel(name, dms, List.of(), states, copy, payoffCopy);
  }

  /**
   * The graph model of an option-form model. A decision maker moves from one state to another when
   * some combination of the first becomes some combination of the second by changing only options
   * it controls, each in a direction the option allows; moves inside a merged state are not moves.
   *
   * @param options the options; option k is bit k of a combination
   * @param decisionMakers every option belongs to exactly one of them
   * @param states the states from {@link StateSpace#generate}
   * @param payoffs {@code payoffs[dm][state]}, higher is more preferred (copied)
   */
  public static GraphModel fromOptionForm(
      String name,
      List<ConflictOption> options,
      List<DecisionMaker> decisionMakers,
      List<State> states,
      long[][] payoffs) {
    Map<Long, Integer> stateOf = new HashMap<>();
    for (State state : states) {
      state.members().forEach(member -> stateOf.put(member, state.index()));
    }
    int[][][] moves = new int[decisionMakers.size()][states.size()][];
    for (int dm = 0; dm < decisionMakers.size(); dm++) {
      long mask = decisionMakers.get(dm).mask();
      for (State state : states) {
        var targets = new TreeSet<Integer>();
        for (long member : state.members()) {
          // every non-empty change of the decision maker's own options
          for (long change = mask; change != 0; change = (change - 1) & mask) {
            long next = member ^ change;
            Integer target = stateOf.get(next);
            if (target != null && target != state.index() && allowed(options, member, next)) {
              targets.add(target);
            }
          }
        }
        moves[dm][state.index()] = targets.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    long[][] payoffCopy = Arrays.stream(payoffs).map(long[]::clone).toArray(long[][]::new);
    return new GraphModel(name, decisionMakers, options, states, moves, payoffCopy);
  }

  private static boolean allowed(List<ConflictOption> options, long from, long to) {
    for (int k = 0; k < options.size(); k++) {
      boolean before = ((from >>> k) & 1L) == 1L;
      boolean after = ((to >>> k) & 1L) == 1L;
      if (!options.get(k).moves().allows(before, after)) {
        return false;
      }
    }
    return true;
  }

  /** The model's name. */
  public String name() {
    return name;
  }

  /** The decision makers, in file order. */
  public List<DecisionMaker> decisionMakers() {
    return decisionMakers;
  }

  /** The options; empty for a model built from graphs. */
  public List<ConflictOption> options() {
    return options;
  }

  /** The states. */
  public List<State> states() {
    return states;
  }

  /** The states {@code dm} can reach from {@code state} in one move, ascending: R_i(s). */
  public int[] moves(int dm, int state) {
    return moves[dm][state].clone();
  }

  /**
   * The unilateral improvements of {@code dm} from {@code state}, ascending: R_i^+(s), the moves to
   * states it prefers.
   */
  public int[] improvements(int dm, int state) {
    return Arrays.stream(moves[dm][state])
        .filter(target -> payoffs[dm][target] > payoffs[dm][state])
        .toArray();
  }

  /** The payoff of {@code state} for {@code dm}; higher is more preferred. */
  public long payoff(int dm, int state) {
    return payoffs[dm][state];
  }

  /** The state with this label. */
  public Optional<State> state(String label) {
    return states.stream().filter(s -> s.label().equals(label)).findFirst();
  }

  int[] movesView(int dm, int state) {
    return moves[dm][state];
  }
}
