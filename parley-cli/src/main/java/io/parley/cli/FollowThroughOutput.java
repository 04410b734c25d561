package io.parley.cli;

import io.parley.event.End;
import io.parley.protocol.Mechanism;
import io.parley.protocol.NegotiationSetup;
import io.parley.scenario.Scenario;
import io.parley.settlement.FollowThroughEvent;
import io.parley.settlement.FollowThroughResult;
import io.parley.settlement.FollowThroughRun;
import io.parley.settlement.FollowThroughText;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code parley run}'s follow-through step: after an agreement, ratification and the implementation
 * plan ({@link FollowThroughRun}), written to the transcript and the events file after the
 * negotiation's events and summarised after the run's summary.
 */
final class FollowThroughOutput {
  /** Mixed into the run's seed so that the follow-through draws its own stream. */
  private static final long SEED_SALT = 0x5EED_F011_0770L;

  private FollowThroughOutput() {}

  /**
   * Plays the follow-through when the run ended in agreement and the scenario has ratifiers or a
   * plan, writing its events to {@code outputs}; empty otherwise.
   */
  static Optional<FollowThroughResult> play(
      NegotiationSetup setup, Mechanism mechanism, double defectProbability, RunOutputs outputs) {
    Scenario scenario = setup.scenario();
    Optional<End> end = mechanism.state().end();
    if (scenario.followThrough().isEmpty()
        || end.isEmpty()
        || !(end.get() instanceof End.Agreement agreement)) {
      return Optional.empty();
    }
    FollowThroughResult result =
        FollowThroughRun.play(
            scenario,
            agreement.outcome(),
            defectProbability,
            new SplittableRandom(setup.seed() ^ SEED_SALT));
    FollowThroughText text = new FollowThroughText(scenario);
    long sequence = mechanism.state().events();
    int round = mechanism.state().round();
    for (FollowThroughEvent event : result.events()) {
      sequence++;
      outputs.acceptLine(
          text.render(event, sequence, round),
          text.jsonLine(event, sequence, mechanism.time(), round));
    }
    return Optional.of(result);
  }

  /** The summary lines after the run's summary. */
  static void printSummary(PrintWriter out, Optional<FollowThroughResult> result) {
    if (result.isEmpty()) {
      return;
    }
    FollowThroughResult r = result.get();
    if (!r.ratified()) {
      out.println(
          "Follow-through: ratification failed, so there is no deal; utilities of no deal:");
    } else if (r.defector().isPresent()) {
      out.println(
          "Follow-through: "
              + r.defector().get()
              + " defected after "
              + r.stepsDone()
              + (r.stepsDone() == 1 ? " step" : " steps")
              + "; utilities after the steps carried out and the penalties:");
    } else {
      out.println(
          "Follow-through: ratified"
              + (r.stepsDone() > 0 ? "; all " + r.stepsDone() + " steps carried out" : "")
              + "; utilities:");
    }
    for (Map.Entry<String, Double> e : r.utilities().entrySet()) {
      out.printf("  %-12s utility %.4f%n", e.getKey(), e.getValue());
    }
  }
}
