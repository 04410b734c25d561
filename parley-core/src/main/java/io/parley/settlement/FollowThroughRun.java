package io.parley.settlement;

import io.parley.analysis.UtilityScale;
import io.parley.implementation.Guarantee;
import io.parley.implementation.ImplementationPlan;
import io.parley.implementation.Step;
import io.parley.implementation.StepValues;
import io.parley.outcome.Outcome;
import io.parley.ratification.Constituency;
import io.parley.ratification.Ratifier;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Plays what follows agreement in a simulated run: first ratification (each ratifier votes by its
 * own red lines and reservation; each side decides by its rule; any side's rejection means no
 * deal), then the implementation plan in its planned order, where the performer of each step that
 * is a negotiating party defects with probability {@code defectProbability}. A defection stops the
 * plan; the step's guarantors impose their penalties on the defector; no later step is carried out
 * ({@link io.parley.implementation.Defection} reads compliance the same way).
 *
 * <p>Randomness comes only from the injected generator, so a run is reproducible from its seed.
 */
public final class FollowThroughRun {
  private FollowThroughRun() {}

  /**
   * @param agreement the agreed outcome
   * @param defectProbability in [0, 1]
   * @throws IllegalArgumentException if the probability is outside [0, 1]
   */
  public static FollowThroughResult play(
      Scenario scenario, Outcome agreement, double defectProbability, RandomGenerator random) {
    if (!(defectProbability >= 0 && defectProbability <= 1)) {
      throw new IllegalArgumentException(
          "defect probability " + defectProbability + " outside [0, 1]");
    }
    List<FollowThroughEvent> events = new ArrayList<>();
    List<String> parties = scenario.negotiatingParties();
    boolean ratified = true;
    if (scenario.followThrough().ratification().isPresent()) {
      for (Constituency side : scenario.followThrough().ratification().get().constituencies()) {
        long votes = side.votes(agreement);
        for (int k = 0; k < side.ratifiers().size(); k++) {
          Ratifier r = side.ratifiers().get(k);
          events.add(
              new FollowThroughEvent.RatifierVoted(side.party(), r.id(), (votes & (1L << k)) != 0));
        }
        boolean yes = side.rule().ratifies(side.ratifiers(), votes);
        events.add(
            new FollowThroughEvent.RatificationDecided(side.party(), side.rule().describe(), yes));
        ratified &= yes;
      }
    }
    Map<String, Double> utilities = new LinkedHashMap<>();
    if (!ratified) {
      for (String party : parties) {
        utilities.put(party, scenario.preferences().get(party).reservation());
      }
      return new FollowThroughResult(events, false, Optional.empty(), 0, utilities);
    }
    Optional<ImplementationPlan> plan = scenario.followThrough().implementation();
    if (plan.isEmpty()) {
      for (String party : parties) {
        utilities.put(party, scenario.preferences().get(party).utility().utility(agreement));
      }
      return new FollowThroughResult(events, true, Optional.empty(), 0, utilities);
    }
    StepValues values = StepValues.of(scenario, plan.get(), agreement);
    long[] ticks = new long[parties.size()];
    for (int p = 0; p < parties.size(); p++) {
      ticks[p] =
          UtilityScale.toTicks(
              scenario.preferences().get(parties.get(p)).utility().utility(plan.get().statusQuo()));
    }
    Optional<String> defector = Optional.empty();
    int done = 0;
    List<Step> steps = plan.get().steps();
    for (int k = 0; k < steps.size(); k++) {
      Step step = steps.get(k);
      if (defector.isPresent()) {
        events.add(new FollowThroughEvent.StepAbandoned(step.id(), step.performer()));
        continue;
      }
      int performer = parties.indexOf(step.performer());
      // One draw per party-performed step, whatever the probability, so runs stay comparable.
      boolean defects = performer >= 0 && random.nextDouble() < defectProbability;
      if (defects) {
        defector = Optional.of(step.performer());
        events.add(new FollowThroughEvent.StepDefected(step.id(), step.performer()));
        for (Guarantee g : step.guarantees()) {
          events.add(
              new FollowThroughEvent.GuaranteeEnforced(
                  step.id(), g.guarantor(), step.performer(), g.penalty()));
          ticks[performer] -= UtilityScale.toTicks(g.penalty());
        }
        continue;
      }
      events.add(
          new FollowThroughEvent.StepCarriedOut(
              step.id(), step.performer(), step.phase(), step.description()));
      for (int p = 0; p < parties.size(); p++) {
        ticks[p] += values.value(k, p);
      }
      done++;
    }
    for (int p = 0; p < parties.size(); p++) {
      utilities.put(parties.get(p), UtilityScale.toUtility(ticks[p]));
    }
    return new FollowThroughResult(events, true, defector, done, utilities);
  }
}
