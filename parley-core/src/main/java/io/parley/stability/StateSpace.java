package io.parley.stability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the states of an option-form model (Fraser and Hipel 1984): every combination of the
 * options' values, less those matching an infeasible pattern; combinations matching the same merge
 * pattern are indistinguishable and become one state.
 *
 * <p>States are ordered by their smallest combination read as a binary number with the first option
 * as the lowest bit, the "decimal" order of Fraser and Hipel.
 */
public final class StateSpace {
  /** The most options a model may have: 2^20 combinations are enumerated. */
  public static final int MAX_OPTIONS = 20;

  private StateSpace() {}

  /**
   * The states of a model.
   *
   * @param optionCount the number of options, in [1, {@link #MAX_OPTIONS}]
   * @param infeasible combinations that cannot occur
   * @param merges groups of feasible combinations that are one state each
   * @return the states in decimal order; empty when every combination is infeasible
   */
  public static List<State> generate(
      int optionCount, List<OptionPattern> infeasible, List<OptionPattern> merges) {
    if (optionCount < 1 || optionCount > MAX_OPTIONS) {
      throw new IllegalArgumentException(optionCount + " options outside [1, " + MAX_OPTIONS + "]");
    }
    Map<Long, List<Long>> classes = new LinkedHashMap<>();
    Map<Integer, Long> mergeRoots = new LinkedHashMap<>();
    for (long bits = 0; bits < 1L << optionCount; bits++) {
      if (matchesAny(infeasible, bits)) {
        continue;
      }
      long root = bits;
      for (int m = 0; m < merges.size(); m++) {
        if (merges.get(m).matches(bits)) {
          Long first = mergeRoots.putIfAbsent(m, root);
          if (first != null && first != root) {
            root = join(classes, mergeRoots, Math.min(first, root), Math.max(first, root));
          }
        }
      }
      classes.computeIfAbsent(root, r -> new ArrayList<>()).add(bits);
    }
    List<List<Long>> sorted = new ArrayList<>(classes.values());
    sorted.forEach(members -> members.sort(null));
    sorted.sort((a, b) -> Long.compare(a.get(0), b.get(0)));
    List<State> states = new ArrayList<>();
    for (List<Long> members : sorted) {
      states.add(new State(states.size(), members, label(optionCount, members)));
    }
    return List.copyOf(states);
  }

  /**
   * Joins the class rooted at {@code root} (possibly not created yet) into the one rooted at {@code
   * into} (created, with the smaller root), and points every merge pattern that led to {@code root}
   * at {@code into}.
   */
  private static long join(
      Map<Long, List<Long>> classes, Map<Integer, Long> mergeRoots, long into, long root) {
    List<Long> moved = classes.remove(root);
    if (moved != null) {
      classes.get(into).addAll(moved);
    }
    mergeRoots.replaceAll((m, r) -> r == root ? into : r);
    return into;
  }

  private static boolean matchesAny(List<OptionPattern> patterns, long bits) {
    for (OptionPattern pattern : patterns) {
      if (pattern.matches(bits)) {
        return true;
      }
    }
    return false;
  }

  private static String label(int optionCount, List<Long> members) {
    var sb = new StringBuilder(optionCount);
    for (int option = 0; option < optionCount; option++) {
      boolean first = ((members.get(0) >>> option) & 1L) == 1L;
      boolean same = true;
      for (long member : members) {
        same &= (((member >>> option) & 1L) == 1L) == first;
      }
      sb.append(same ? (first ? 'Y' : 'N') : '-');
    }
    return sb.toString();
  }
}
