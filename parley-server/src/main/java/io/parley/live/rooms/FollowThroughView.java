package io.parley.live.rooms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.events.EventCodec;
import io.parley.live.events.OutcomeCodec;
import io.parley.live.events.PlannedStep;
import io.parley.live.followthrough.FollowThroughState;
import io.parley.live.followthrough.StepState;
import io.parley.live.followthrough.TrackedStep;
import io.parley.live.state.Negotiation;
import io.parley.live.suggest.ConfidedPreferences;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Role;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code followThrough} part of a room view (issue 17), rendered like the rest of {@link
 * RoomView} from the state folded over the viewer's visible events only:
 *
 * <pre>
 * {"phase", "agreement", "improvementsAdopted",
 *  "ratification": {"ratified", "parties": [{"party", "rule", "decision", "votes": [{"ratifier", "vote"}]}]},
 *  "improvement": null | {"outcome", "answers": {party: "accept"|"keep"}, "yourGain"},
 *  "plan": [step id], "steps": [{"id", "performer", "description", "phase", "dependsOn",
 *           "guarantees": [{"guarantor", "penalty"}], "state", "note"}],
 *  "breaches": [{"step", "performer", "penalty", "reason"}]}
 * </pre>
 *
 * A party sees its own ratifiers' votes and its own answer; the mediators see all; a guarantor sees
 * neither, and its {@code steps} are only the steps it guarantees ({@code plan} names them all).
 * {@code yourGain} is a party's own utility gain from the improvement, by the preferences it
 * confided (absent when it confided none).
 */
final class FollowThroughView {
  private FollowThroughView() {}

  static ObjectNode render(Negotiation state, Viewer viewer) {
    FollowThroughState follow = state.followThrough();
    ObjectNode node = Json.object().put("phase", follow.phase().wire());
    if (follow.agreement().isPresent()) {
      node.set("agreement", OutcomeCodec.write(follow.agreement().get(), state.space()));
    } else {
      node.putNull("agreement");
    }
    node.put("improvementsAdopted", follow.adopted());
    ObjectNode ratification = node.putObject("ratification").put("ratified", follow.ratified());
    ArrayNode parties = ratification.putArray("parties");
    for (Map.Entry<String, FollowThroughState.PartyRatification> entry :
        follow.ratification().entrySet()) {
      FollowThroughState.PartyRatification party = entry.getValue();
      ObjectNode item = parties.addObject().put("party", entry.getKey()).put("rule", party.rule());
      if (party.decision().isPresent()) {
        item.put("decision", party.decision().get() ? "ratified" : "refused");
      } else {
        item.putNull("decision");
      }
      ArrayNode votes = item.putArray("votes");
      party
          .votes()
          .forEach(
              (ratifier, accepts) ->
                  votes
                      .addObject()
                      .put("ratifier", ratifier)
                      .put("vote", accepts ? "accept" : "reject"));
    }
    if (follow.proposal().isPresent()) {
      ObjectNode improvement = node.putObject("improvement");
      improvement.set("outcome", OutcomeCodec.write(follow.proposal().get(), state.space()));
      ObjectNode answers = improvement.putObject("answers");
      follow.answers().forEach((party, accepts) -> answers.put(party, accepts ? "accept" : "keep"));
      ownGain(state, viewer, follow.agreement().orElseThrow(), follow.proposal().get())
          .ifPresent(gain -> improvement.put("yourGain", gain));
    } else {
      node.putNull("improvement");
    }
    ArrayNode plan = node.putArray("plan");
    ArrayNode steps = node.putArray("steps");
    ArrayNode breaches = node.putArray("breaches");
    boolean guarantor = viewer.role() == Role.GUARANTOR;
    for (TrackedStep tracked : follow.stepList()) {
      PlannedStep step = tracked.step();
      plan.add(step.id());
      if (tracked.state() == StepState.BREACHED) {
        breaches
            .addObject()
            .put("step", step.id())
            .put("performer", step.performer())
            .put("penalty", step.penalty())
            .put("reason", tracked.note());
      }
      if (guarantor && !step.guarantors().contains(viewer.participant())) {
        continue;
      }
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
    return node;
  }

  /** A party's own gain from {@code proposal}, by the preferences it confided. */
  private static Optional<Double> ownGain(
      Negotiation state, Viewer viewer, Outcome agreement, Outcome proposal) {
    if (viewer.role() != Role.PARTY) {
      return Optional.empty();
    }
    Optional<ObjectNode> confided =
        state.confided().getOrDefault(viewer.participant(), Optional.empty());
    if (confided.isEmpty()) {
      return Optional.empty();
    }
    Preferences preferences =
        ConfidedPreferences.read(state.issues(), viewer.participant(), confided.get());
    return Optional.of(
        preferences.utility().utility(proposal) - preferences.utility().utility(agreement));
  }
}
