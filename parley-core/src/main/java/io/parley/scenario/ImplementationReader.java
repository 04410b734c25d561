package io.parley.scenario;

import io.parley.implementation.Guarantee;
import io.parley.implementation.ImplementationPlan;
import io.parley.implementation.Step;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.SourceNode.ListNode;
import io.parley.scenario.SourceNode.MapNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code implementation} section of a scenario file (docs/scenario-format.md). */
final class ImplementationReader {
  private static final List<String> PLAN_KEYS = List.of("status_quo", "agreement", "steps");
  private static final List<String> STEP_KEYS =
      List.of("id", "who", "what", "phase", "delivers", "values", "depends_on", "guarantors");
  private static final List<String> GUARANTEE_KEYS = List.of("who", "penalty");
  private static final double SHARE_TOLERANCE = 1e-9;

  private ImplementationReader() {}

  static ImplementationPlan read(
      SourceNode node, List<Party> parties, Set<String> negotiating, OutcomeSpace space) {
    MapNode map = node.asMap("an implementation plan: {status_quo, agreement, steps}");
    map.allowOnly(PLAN_KEYS, "the implementation plan");
    Outcome statusQuo =
        readOutcome(
            map.require("status_quo", "the value of every issue before the first step"), space);
    Optional<Outcome> terms = map.find("agreement").map(n -> readOutcome(n, space));
    SourceNode stepsNode = map.require("steps", "a list of steps");
    ListNode list = stepsNode.asList("a list of steps");
    if (list.items().isEmpty() || list.items().size() > ImplementationPlan.MAX_STEPS) {
      throw stepsNode.fail(
          "the plan has "
              + list.items().size()
              + " steps; expected 1 to "
              + ImplementationPlan.MAX_STEPS);
    }
    Set<String> participants = new HashSet<>();
    parties.forEach(p -> participants.add(p.id()));
    String participantList = String.join(", ", parties.stream().map(Party::id).toList());
    List<Step> steps = new ArrayList<>();
    Map<String, SourceNode> stepNodes = new HashMap<>();
    Map<String, Double> shareSums = new LinkedHashMap<>();
    for (SourceNode item : list.items()) {
      MapNode step = item.asMap("a step: {id, who, what, phase, delivers, depends_on, guarantors}");
      step.allowOnly(STEP_KEYS, "a step");
      SourceNode idNode = step.require("id", "the step's id");
      String id = idNode.text("a step id");
      if (stepNodes.put(id, item) != null) {
        throw idNode.fail("duplicate step id '" + id + "'");
      }
      SourceNode whoNode = step.require("who", "the participant who carries the step out");
      String who = whoNode.text("a participant id");
      if (!participants.contains(who)) {
        throw whoNode.fail(
            "'" + who + "' is not a participant; participants are " + participantList);
      }
      String what = step.find("what").map(n -> n.asScalar("a description").text()).orElse("");
      String phase = step.find("phase").map(n -> n.asScalar("a phase label").text()).orElse("");
      Map<String, Double> delivers = new LinkedHashMap<>();
      if (step.find("delivers").isPresent()) {
        MapNode shares = step.find("delivers").get().asMap("a map of issue id to share");
        for (var e : shares.entries().entrySet()) {
          if (space.positionOf(e.getKey()).isEmpty()) {
            throw e.getValue().fail("unknown issue '" + e.getKey() + "'; issues are " + ids(space));
          }
          double share = e.getValue().number("a share (a number in (0, 1])");
          if (!(share > 0 && share <= 1)) {
            throw e.getValue().fail("share " + share + " outside (0, 1]");
          }
          delivers.put(e.getKey(), share);
          shareSums.merge(e.getKey(), share, Double::sum);
        }
      }
      Map<String, Double> values = new LinkedHashMap<>();
      if (step.find("values").isPresent()) {
        MapNode map2 = step.find("values").get().asMap("a map of party id to value");
        for (var e : map2.entries().entrySet()) {
          if (!negotiating.contains(e.getKey())) {
            throw e.getValue()
                .fail(
                    "'"
                        + e.getKey()
                        + "' is not a party with preferences; parties are "
                        + String.join(", ", negotiating));
          }
          values.put(e.getKey(), e.getValue().numberIn(-1, 1, "value"));
        }
      }
      List<String> dependsOn = new ArrayList<>();
      if (step.find("depends_on").isPresent()) {
        for (SourceNode dep : step.find("depends_on").get().asList("a list of step ids").items()) {
          String target = dep.text("a step id");
          if (target.equals(id)) {
            throw dep.fail("step '" + id + "' depends on itself");
          }
          dependsOn.add(target);
        }
      }
      List<Guarantee> guarantees = new ArrayList<>();
      if (step.find("guarantors").isPresent()) {
        for (SourceNode g : step.find("guarantors").get().asList("a list of guarantors").items()) {
          MapNode guarantee = g.asMap("a guarantee: {who, penalty}");
          guarantee.allowOnly(GUARANTEE_KEYS, "a guarantee");
          SourceNode gNode = guarantee.require("who", "the guarantor's id");
          String guarantor = gNode.text("a participant id");
          if (!participants.contains(guarantor)) {
            throw gNode.fail(
                "guarantor '"
                    + guarantor
                    + "' is not a participant; participants are "
                    + participantList);
          }
          double penalty =
              guarantee
                  .require("penalty", "the penalty imposed on a defector")
                  .numberIn(0, 1, "penalty");
          guarantees.add(new Guarantee(guarantor, penalty));
        }
      }
      steps.add(new Step(id, who, what, phase, delivers, values, dependsOn, guarantees));
    }
    checkDependencies(steps, stepNodes, stepsNode);
    for (var e : shareSums.entrySet()) {
      if (Math.abs(e.getValue() - 1) > SHARE_TOLERANCE) {
        throw stepsNode.fail(
            "the shares of issue '"
                + e.getKey()
                + "' delivered by the steps sum to "
                + e.getValue()
                + "; expected 1 (within 1e-9)");
      }
    }
    try {
      return new ImplementationPlan(statusQuo, terms, steps);
    } catch (IllegalArgumentException e) {
      throw stepsNode.fail(e.getMessage());
    }
  }

  private static void checkDependencies(
      List<Step> steps, Map<String, SourceNode> stepNodes, SourceNode stepsNode) {
    for (Step step : steps) {
      MapNode map = (MapNode) stepNodes.get(step.id());
      ListNode deps = step.dependsOn().isEmpty() ? null : (ListNode) map.find("depends_on").get();
      for (int k = 0; k < step.dependsOn().size(); k++) {
        if (!stepNodes.containsKey(step.dependsOn().get(k))) {
          throw deps.items()
              .get(k)
              .fail(
                  "step '"
                      + step.id()
                      + "' depends on a missing step '"
                      + step.dependsOn().get(k)
                      + "'; steps are "
                      + String.join(", ", steps.stream().map(Step::id).toList()));
        }
      }
    }
    var cycle = ImplementationPlan.cycle(steps);
    if (cycle.isPresent()) {
      throw map(stepNodes, cycle.get().get(0))
          .fail("the steps' dependencies form a cycle: " + String.join(" -> ", cycle.get()));
    }
    Set<String> done = new HashSet<>();
    for (Step step : steps) {
      for (String dependency : step.dependsOn()) {
        if (!done.contains(dependency)) {
          throw map(stepNodes, step.id())
              .fail(
                  "step '"
                      + step.id()
                      + "' is listed before '"
                      + dependency
                      + "', which it depends on; list the steps in their planned order");
        }
      }
      done.add(step.id());
    }
  }

  private static SourceNode map(Map<String, SourceNode> nodes, String id) {
    return nodes.get(id);
  }

  /** A full outcome written as a map of issue id to value, naming every issue. */
  static Outcome readOutcome(SourceNode node, OutcomeSpace space) {
    MapNode map = node.asMap("a map of issue id to value, naming every issue");
    int[] indices = new int[space.issueCount()];
    java.util.Arrays.fill(indices, -1);
    for (var e : map.entries().entrySet()) {
      int position =
          space
              .positionOf(e.getKey())
              .orElseThrow(
                  () ->
                      e.getValue()
                          .fail("unknown issue '" + e.getKey() + "'; issues are " + ids(space)));
      Issue issue = space.issue(position);
      String text = e.getValue().text("a value of issue '" + e.getKey() + "'");
      int index = issue.indexOf(text);
      if (index < 0) {
        throw e.getValue().fail("issue '" + e.getKey() + "' has no value '" + text + "'");
      }
      indices[position] = index;
    }
    for (int i = 0; i < indices.length; i++) {
      if (indices[i] < 0) {
        throw map.fail("missing issue '" + space.issue(i).id() + "'; name every issue");
      }
    }
    return new Outcome(indices);
  }

  private static String ids(OutcomeSpace space) {
    return String.join(", ", space.issues().stream().map(Issue::id).toList());
  }
}
