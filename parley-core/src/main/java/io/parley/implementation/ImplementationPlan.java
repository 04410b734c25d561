package io.parley.implementation;

import io.parley.outcome.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How agreed terms are carried out: steps in a planned order, each by one participant, some
 * depending on earlier ones, some guaranteed by third parties.
 *
 * @param statusQuo the state before the first step: one value per issue
 * @param terms the agreed terms the plan carries out, when the file names them ({@code parley
 *     analyze --agreement} and the agreement a run reaches take their place)
 * @param steps the steps in their planned order; every step comes after the steps it depends on
 */
public record ImplementationPlan(Outcome statusQuo, Optional<Outcome> terms, List<Step> steps) {

  /** The most steps a plan may have: the best order is searched over subsets of the steps. */
  public static final int MAX_STEPS = 20;

  /**
   * @throws IllegalArgumentException if there are no steps or more than {@link #MAX_STEPS}, two
   *     steps share an id, a step depends on a missing step, the dependencies form a cycle, or a
   *     step comes before one it depends on
   */
  public ImplementationPlan {
    steps = List.copyOf(steps);
    if (steps.isEmpty() || steps.size() > MAX_STEPS) {
      throw new IllegalArgumentException(
          "a plan has " + steps.size() + " steps; expected 1 to " + MAX_STEPS);
    }
    Set<String> ids = new HashSet<>();
    for (Step step : steps) {
      if (!ids.add(step.id())) {
        throw new IllegalArgumentException("step id '" + step.id() + "' is used twice");
      }
    }
    for (Step step : steps) {
      for (String dependency : step.dependsOn()) {
        if (!ids.contains(dependency)) {
          throw new IllegalArgumentException(
              "step '" + step.id() + "' depends on a missing step '" + dependency + "'");
        }
      }
    }
    Optional<List<String>> cycle = cycle(steps);
    if (cycle.isPresent()) {
      throw new IllegalArgumentException(
          "the steps' dependencies form a cycle: " + String.join(" -> ", cycle.get()));
    }
    Set<String> done = new HashSet<>();
    for (Step step : steps) {
      for (String dependency : step.dependsOn()) {
        if (!done.contains(dependency)) {
          throw new IllegalArgumentException(
              "step '" + step.id() + "' comes before '" + dependency + "', which it depends on");
        }
      }
      done.add(step.id());
    }
  }

  /**
   * A cycle of dependencies among {@code steps}, as step ids from a step back to itself ({@code a
   * -> b -> a}); empty when there is none. Dependencies on unknown ids are ignored.
   */
  public static Optional<List<String>> cycle(List<Step> steps) {
    Map<String, Step> byId = new HashMap<>();
    steps.forEach(s -> byId.putIfAbsent(s.id(), s));
    Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 finished
    for (Step step : steps) {
      List<String> path = new ArrayList<>();
      Optional<List<String>> found = visit(step.id(), byId, state, path);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> visit(
      String id, Map<String, Step> byId, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(id);
    if (seen != null && seen == 2) {
      return Optional.empty();
    }
    if (seen != null) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      return Optional.of(cycle);
    }
    state.put(id, 1);
    path.add(id);
    for (String dependency : byId.get(id).dependsOn()) {
      if (byId.containsKey(dependency)) {
        Optional<List<String>> found = visit(dependency, byId, state, path);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    path.remove(path.size() - 1);
    state.put(id, 2);
    return Optional.empty();
  }

  /** The index of the step with {@code id}, or -1. */
  public int indexOf(String id) {
    for (int k = 0; k < steps.size(); k++) {
      if (steps.get(k).id().equals(id)) {
        return k;
      }
    }
    return -1;
  }

  /** Per step, the bit mask of the steps it depends on (bit k: step k in plan order). */
  public int[] dependencyMasks() {
    int[] masks = new int[steps.size()];
    for (int k = 0; k < steps.size(); k++) {
      for (String dependency : steps.get(k).dependsOn()) {
        masks[k] |= 1 << indexOf(dependency);
      }
    }
    return masks;
  }
}
