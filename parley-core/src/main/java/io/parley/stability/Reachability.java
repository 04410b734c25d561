package io.parley.stability;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Coalition moves in a graph model (Fang, Hipel and Kilgour 1993; Kilgour, Hipel, Fang and Peng
 * 2001). R_H(s) is the set of states a coalition H (a set of decision makers) reaches from s by a
 * legal sequence of unilateral moves of its members: at least one move, and no member moves twice
 * in a row. R_H^+(s) is the same with every move a unilateral improvement for its mover from the
 * state it moves from. For H = {i}, R_H(s) = R_i(s).
 *
 * <p>Computed by a breadth-first search over (state, last mover) pairs, at most |S|·|H| of them;
 * results are cached per (coalition, state). Coalitions are bit masks over decision maker indices.
 * Not thread-safe.
 */
final class Reachability {
  private final GraphModel model;
  private final Map<Long, BitSet> moves = new HashMap<>();
  private final Map<Long, BitSet> improvements = new HashMap<>();

  Reachability(GraphModel model) {
    this.model = model;
  }

  /** R_H(s); empty for the empty coalition. */
  BitSet reach(int coalition, int state) {
    return moves.computeIfAbsent(key(coalition, state), k -> search(coalition, state, false));
  }

  /** R_H^+(s); empty for the empty coalition. */
  BitSet improve(int coalition, int state) {
    return improvements.computeIfAbsent(key(coalition, state), k -> search(coalition, state, true));
  }

  private long key(int coalition, int state) {
    return ((long) coalition << 32) | state;
  }

  private BitSet search(int coalition, int start, boolean improving) {
    int dms = model.decisionMakers().size();
    int states = model.states().size();
    BitSet seen = new BitSet(states * dms);
    BitSet reached = new BitSet(states);
    var queue = new ArrayDeque<int[]>();
    step(coalition, start, -1, improving, seen, reached, queue);
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      step(coalition, at[0], at[1], improving, seen, reached, queue);
    }
    return reached;
  }

  /** Adds every move of a member other than {@code lastMover} from {@code from}. */
  private void step(
      int coalition,
      int from,
      int lastMover,
      boolean improving,
      BitSet seen,
      BitSet reached,
      ArrayDeque<int[]> queue) {
    int dms = model.decisionMakers().size();
    for (int dm = 0; dm < dms; dm++) {
      if ((coalition & (1 << dm)) == 0 || dm == lastMover) {
        continue;
      }
      for (int to : model.movesView(dm, from)) {
        if (improving && model.payoff(dm, to) <= model.payoff(dm, from)) {
          continue;
        }
        int pair = to * dms + dm;
        if (!seen.get(pair)) {
          seen.set(pair);
          reached.set(to);
          queue.add(new int[] {to, dm});
        }
      }
    }
  }
}
