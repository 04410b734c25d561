package io.parley.live.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.events.EventType;
import io.parley.live.events.LiveEvent;
import io.parley.live.events.LiveEvent.AgreementRatified;
import io.parley.live.events.LiveEvent.DisputeResolved;
import io.parley.live.events.LiveEvent.ImplementationBegan;
import io.parley.live.events.LiveEvent.ImprovementAdopted;
import io.parley.live.events.LiveEvent.ImprovementAnswered;
import io.parley.live.events.LiveEvent.ImprovementDeclined;
import io.parley.live.events.LiveEvent.ImprovementProposed;
import io.parley.live.events.LiveEvent.PartyRatified;
import io.parley.live.events.LiveEvent.RatificationFailed;
import io.parley.live.events.LiveEvent.RatificationOpened;
import io.parley.live.events.LiveEvent.RatifierVoted;
import io.parley.live.events.LiveEvent.StepBreached;
import io.parley.live.events.LiveEvent.StepDisputed;
import io.parley.live.events.LiveEvent.StepReported;
import io.parley.live.events.LiveEvent.StepVerified;
import io.parley.live.events.PlannedStep;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the one {@link EventCodec} that writes and reads the follow-through events (issue
 * 17): ratification, the improvement round and implementation tracking. {@link EventCodec} hands
 * these kinds here and nowhere else; the field names are the log's format (docs/server.md).
 */
final class FollowThroughCodec {
  private FollowThroughCodec() {}

  /** Writes the payload of a follow-through {@code event} into {@code p}. */
  static void encode(LiveEvent event, OutcomeSpace space, ObjectNode p) {
    if (event instanceof RatificationOpened e) {
      p.set("parties", EventCodec.strings(e.parties()));
      p.set("rules", EventCodec.strings(e.rules()));
    } else if (event instanceof RatifierVoted e) {
      p.put("party", e.party()).put("ratifier", e.ratifier());
      p.put("vote", e.accepts() ? "accept" : "reject").put("note", e.note());
    } else if (event instanceof PartyRatified e) {
      p.put("party", e.party()).put("rule", e.rule());
    } else if (event instanceof RatificationFailed e) {
      p.put("party", e.party()).put("rule", e.rule());
    } else if (event instanceof AgreementRatified e) {
      p.set("parties", EventCodec.strings(e.parties()));
    } else if (event instanceof ImprovementProposed e) {
      p.set("agreement", OutcomeCodec.write(e.agreement(), space));
      p.set("outcome", OutcomeCodec.write(e.outcome(), space));
    } else if (event instanceof ImprovementAnswered e) {
      p.put("party", e.party()).put("answer", e.accepts() ? "accept" : "keep");
    } else if (event instanceof ImprovementAdopted e) {
      p.set("outcome", OutcomeCodec.write(e.outcome(), space));
      p.set("provisions", EventCodec.provisions(e.outcome(), space));
    } else if (event instanceof ImprovementDeclined e) {
      p.put("reason", e.reason());
    } else if (event instanceof ImplementationBegan e) {
      ArrayNode steps = p.putArray("steps");
      for (PlannedStep step : e.steps()) {
        ObjectNode node = steps.addObject().put("id", step.id());
        node.put("performer", step.performer());
        node.put("description", step.description()).put("phase", step.phase());
        node.set("dependsOn", EventCodec.strings(step.dependsOn()));
        node.set("guarantees", guarantees(step.guarantees()));
      }
    } else if (event instanceof StepReported e) {
      p.put("step", e.step()).put("note", e.note());
    } else if (event instanceof StepVerified e) {
      p.put("step", e.step()).put("note", e.note());
    } else if (event instanceof StepDisputed e) {
      p.put("step", e.step()).put("reason", e.reason());
    } else if (event instanceof DisputeResolved e) {
      p.put("step", e.step()).put("resolution", e.verified() ? "verified" : "redo");
      p.put("note", e.note());
    } else if (event instanceof StepBreached e) {
      p.put("step", e.step()).put("performer", e.performer());
      p.set("guarantees", guarantees(e.guarantees()));
      p.put("penalty", e.penalty()).put("reason", e.reason());
    } else {
      throw new IllegalArgumentException("no payload for " + event.type().wire());
    }
  }

  /** The follow-through event of kind {@code type} whose payload is {@code p}. */
  static LiveEvent decode(EventType type, ObjectNode p, OutcomeSpace space) {
    return switch (type) {
      case RATIFICATION_OPENED ->
          new RatificationOpened(EventCodec.strings(p, "parties"), EventCodec.strings(p, "rules"));
      case RATIFIER_VOTED ->
          new RatifierVoted(
              EventCodec.text(p, "party"),
              EventCodec.text(p, "ratifier"),
              choice(p, "vote", "accept", "reject"),
              EventCodec.text(p, "note"));
      case PARTY_RATIFIED ->
          new PartyRatified(EventCodec.text(p, "party"), EventCodec.text(p, "rule"));
      case RATIFICATION_FAILED ->
          new RatificationFailed(EventCodec.text(p, "party"), EventCodec.text(p, "rule"));
      case AGREEMENT_RATIFIED -> new AgreementRatified(EventCodec.strings(p, "parties"));
      case IMPROVEMENT_PROPOSED ->
          new ImprovementProposed(
              OutcomeCodec.read(EventCodec.field(p, "agreement"), space, "agreement"),
              EventCodec.outcome(p, space));
      case IMPROVEMENT_ANSWERED ->
          new ImprovementAnswered(
              EventCodec.text(p, "party"), choice(p, "answer", "accept", "keep"));
      case IMPROVEMENT_ADOPTED -> new ImprovementAdopted(EventCodec.outcome(p, space));
      case IMPROVEMENT_DECLINED -> new ImprovementDeclined(EventCodec.text(p, "reason"));
      case IMPLEMENTATION_BEGAN -> {
        List<PlannedStep> steps = new ArrayList<>();
        for (JsonNode node : EventCodec.field(p, "steps")) {
          steps.add(
              new PlannedStep(
                  EventCodec.text(node, "id"),
                  EventCodec.text(node, "performer"),
                  EventCodec.text(node, "description"),
                  EventCodec.text(node, "phase"),
                  EventCodec.strings(node, "dependsOn"),
                  guarantees(EventCodec.field(node, "guarantees"))));
        }
        yield new ImplementationBegan(steps);
      }
      case STEP_REPORTED ->
          new StepReported(EventCodec.text(p, "step"), EventCodec.text(p, "note"));
      case STEP_VERIFIED ->
          new StepVerified(EventCodec.text(p, "step"), EventCodec.text(p, "note"));
      case STEP_DISPUTED ->
          new StepDisputed(EventCodec.text(p, "step"), EventCodec.text(p, "reason"));
      case DISPUTE_RESOLVED ->
          new DisputeResolved(
              EventCodec.text(p, "step"),
              choice(p, "resolution", "verified", "redo"),
              EventCodec.text(p, "note"));
      case STEP_BREACHED ->
          new StepBreached(
              EventCodec.text(p, "step"),
              EventCodec.text(p, "performer"),
              guarantees(EventCodec.field(p, "guarantees")),
              number(p, "penalty"),
              EventCodec.text(p, "reason"));
      default -> throw new IllegalArgumentException("not a follow-through event: " + type.wire());
    };
  }

  private static ArrayNode guarantees(List<PlannedStep.Guarantee> guarantees) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (PlannedStep.Guarantee guarantee : guarantees) {
      array.addObject().put("guarantor", guarantee.guarantor()).put("penalty", guarantee.penalty());
    }
    return array;
  }

  private static List<PlannedStep.Guarantee> guarantees(JsonNode array) {
    List<PlannedStep.Guarantee> guarantees = new ArrayList<>();
    for (JsonNode node : array) {
      guarantees.add(
          new PlannedStep.Guarantee(EventCodec.text(node, "guarantor"), number(node, "penalty")));
    }
    return guarantees;
  }

  /** Whether the text field {@code name} is {@code yes}; it must be {@code yes} or {@code no}. */
  private static boolean choice(JsonNode p, String name, String yes, String no) {
    String value = EventCodec.text(p, name);
    if (!value.equals(yes) && !value.equals(no)) {
      throw new IllegalArgumentException(
          "field '" + name + "' is '" + value + "'; expected " + yes + " or " + no);
    }
    return value.equals(yes);
  }

  private static double number(JsonNode p, String name) {
    JsonNode node = EventCodec.field(p, name);
    if (!node.isNumber()) {
      throw new IllegalArgumentException("field '" + name + "' is not a number");
    }
    return node.doubleValue();
  }
}
