package io.parley.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.codec.EventCodec;
import io.parley.live.codec.Json;
import io.parley.live.codec.OutcomeCodec;
import io.parley.live.events.PlannedStep;
import io.parley.live.followthrough.TrackedStep;
import io.parley.live.views.FollowThroughView;
import io.parley.outcome.OutcomeSpace;

/**
 * The room view's {@code followThrough} as the API writes it (issue 17), the part of {@link
 * ViewJson} for {@link FollowThroughView}:
 *
 * <pre>
 * {"phase", "agreement", "improvementsAdopted",
 *  "ratification": {"ratified", "parties": [{"party", "rule", "decision", "votes": [{"ratifier", "vote"}]}]},
 *  "improvement": null | {"outcome", "answers": {party: "accept"|"keep"}, "yourGain"?},
 *  "plan": [step id],
 *  "steps": [{"id", "performer", "description", "phase", "dependsOn",
 *             "guarantees": [{"guarantor", "penalty"}], "state", "note"}],
 *  "breaches": [{"step", "performer", "penalty", "reason"}]}
 * </pre>
 */
final class FollowThroughJson {
  private FollowThroughJson() {}

  static ObjectNode of(FollowThroughView follow, OutcomeSpace space) {
    ObjectNode node = Json.object().put("phase", follow.phase().wire());
    if (follow.agreement().isPresent()) {
      node.set("agreement", OutcomeCodec.write(follow.agreement().get(), space));
    } else {
      node.putNull("agreement");
    }
    node.put("improvementsAdopted", follow.improvementsAdopted());
    ObjectNode ratification = node.putObject("ratification").put("ratified", follow.ratified());
    ArrayNode parties = ratification.putArray("parties");
    for (FollowThroughView.PartyRatification party : follow.ratification()) {
      ObjectNode item = parties.addObject().put("party", party.party()).put("rule", party.rule());
      if (party.decision().isPresent()) {
        item.put("decision", party.decision().get() ? "ratified" : "refused");
      } else {
        item.putNull("decision");
      }
      ArrayNode votes = item.putArray("votes");
      for (FollowThroughView.Vote vote : party.votes()) {
        votes
            .addObject()
            .put("ratifier", vote.ratifier())
            .put("vote", vote.accepts() ? "accept" : "reject");
      }
    }
    if (follow.improvement().isPresent()) {
      FollowThroughView.ImprovementRound round = follow.improvement().get();
      ObjectNode improvement = node.putObject("improvement");
      improvement.set("outcome", OutcomeCodec.write(round.outcome(), space));
      ObjectNode answers = improvement.putObject("answers");
      round.answers().forEach(a -> answers.put(a.party(), a.accepts() ? "accept" : "keep"));
      round.yourGain().ifPresent(gain -> improvement.put("yourGain", gain));
    } else {
      node.putNull("improvement");
    }
    node.set("plan", EventCodec.strings(follow.plan()));
    ArrayNode steps = node.putArray("steps");
    for (TrackedStep tracked : follow.steps()) {
      PlannedStep step = tracked.step();
      ObjectNode item = steps.addObject().put("id", step.id());
      item.put("performer", step.performer());
      item.put("description", step.description()).put("phase", step.phase());
      item.set("dependsOn", EventCodec.strings(step.dependsOn()));
      ArrayNode guarantees = item.putArray("guarantees");
      for (PlannedStep.Guarantee guarantee : step.guarantees()) {
        guarantees
            .addObject()
            .put("guarantor", guarantee.guarantor())
            .put("penalty", guarantee.penalty());
      }
      item.put("state", tracked.state().wire()).put("note", tracked.note());
    }
    ArrayNode breaches = node.putArray("breaches");
    for (FollowThroughView.Breach breach : follow.breaches()) {
      breaches
          .addObject()
          .put("step", breach.step())
          .put("performer", breach.performer())
          .put("penalty", breach.penalty())
          .put("reason", breach.reason());
    }
    return node;
  }
}
