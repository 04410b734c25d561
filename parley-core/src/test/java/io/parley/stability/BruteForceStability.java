package io.parley.stability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The stability definitions restated as directly as possible, as a test oracle: coalition moves by
 * the recursive definition of Fang, Hipel and Kilgour (1993) (a fixpoint over the sets of last
 * movers, swept until nothing changes), and each concept as its quantifiers over those sets.
 */
final class BruteForceStability {
  private final GraphModel model;
  private final int dms;

  BruteForceStability(GraphModel model) {
    this.model = model;
    this.dms = model.decisionMakers().size();
  }

  /** R_H(s), or R_H^+(s) when {@code improving}, by the recursive definition. */
  Set<Integer> reach(Set<Integer> coalition, int s, boolean improving) {
    Map<Integer, Set<Integer>> lastMovers = new HashMap<>();
    for (int j : coalition) {
      for (int s1 : model.moves(j, s)) {
        if (!improving || model.payoff(j, s1) > model.payoff(j, s)) {
          lastMovers.computeIfAbsent(s1, k -> new HashSet<>()).add(j);
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (var entry : Map.copyOf(lastMovers).entrySet()) {
        int s1 = entry.getKey();
        for (int j : coalition) {
          if (entry.getValue().equals(Set.of(j))) {
            continue;
          }
          for (int s2 : model.moves(j, s1)) {
            if (improving && model.payoff(j, s2) <= model.payoff(j, s1)) {
              continue;
            }
            changed |= lastMovers.computeIfAbsent(s2, k -> new HashSet<>()).add(j);
          }
        }
      }
    }
    return lastMovers.keySet();
  }

  /** Whether coalition H is deterred, under the concept, from every improvement from s. */
  boolean stable(Set<Integer> coalition, int s, StabilityConcept concept) {
    Set<Integer> opponents = new HashSet<>();
    IntStream.range(0, dms).filter(k -> !coalition.contains(k)).forEach(opponents::add);
    return reach(coalition, s, false).stream()
        .filter(s1 -> coalition.stream().allMatch(k -> prefers(k, s1, s)))
        .allMatch(
            s1 ->
                switch (concept) {
                  case NASH -> false;
                  case GMR ->
                      reach(opponents, s1, false).stream()
                          .anyMatch(s2 -> coalition.stream().anyMatch(k -> !prefers(k, s2, s)));
                  case SEQ ->
                      reach(opponents, s1, true).stream()
                          .anyMatch(s2 -> coalition.stream().anyMatch(k -> !prefers(k, s2, s)));
                  case SMR ->
                      reach(opponents, s1, false).stream()
                          .anyMatch(
                              s2 ->
                                  coalition.stream()
                                      .anyMatch(
                                          k ->
                                              !prefers(k, s2, s)
                                                  && reach(coalition, s2, false).stream()
                                                      .noneMatch(s3 -> prefers(k, s3, s))));
                });
  }

  /** Individual stability of s for decision maker i. */
  boolean stable(int i, int s, StabilityConcept concept) {
    return stable(Set.of(i), s, concept);
  }

  /** Coalition stability of s for i: every coalition containing i is deterred. */
  boolean coalitionStable(int i, int s, StabilityConcept concept) {
    for (int h = 1; h < 1 << dms; h++) {
      if ((h & (1 << i)) == 0) {
        continue;
      }
      Set<Integer> coalition = new HashSet<>();
      for (int k = 0; k < dms; k++) {
        if ((h & (1 << k)) != 0) {
          coalition.add(k);
        }
      }
      if (!stable(coalition, s, concept)) {
        return false;
      }
    }
    return true;
  }

  private boolean prefers(int dm, int a, int b) {
    return model.payoff(dm, a) > model.payoff(dm, b);
  }
}
