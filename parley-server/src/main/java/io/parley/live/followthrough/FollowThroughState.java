package io.parley.live.followthrough;

import io.parley.live.events.LiveEvent;
import io.parley.live.events.LiveEvent.AgreementRatified;
import io.parley.live.events.LiveEvent.AgreementRecorded;
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
import io.parley.outcome.Outcome;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened after a live negotiation's agreement, as one viewer's events tell it: the fold of
 * the follow-through events (ratification, the improvement round, implementation) into an immutable
 * value. {@link #apply} returns the next value; this one is unchanged. See {@link Phase} and {@link
 * StepState} for the state machines.
 *
 * @param phase where the follow-through stands
 * @param agreement the agreement in force: the recorded one, or the improvement adopted since
 * @param ratification each party whose constituency must ratify, in order, with its rule, votes
 *     seen and decision; empty before ratification opens (and for a scenario without ratifiers)
 * @param ratified whether every constituency ratified
 * @param proposal the improvement proposed in the open round
 * @param answers each party's answer in the open round ({@code true}: accept) as the viewer sees
 *     them
 * @param adopted how many improvements were adopted
 * @param steps the plan's steps by id, in plan order; empty before implementation begins
 */
public record FollowThroughState(
    Phase phase,
    Optional<Outcome> agreement,
    Map<String, PartyRatification> ratification,
    boolean ratified,
    Optional<Outcome> proposal,
    Map<String, Boolean> answers,
    int adopted,
    Map<String, TrackedStep> steps) {

  /** Before any agreement. */
  public static final FollowThroughState NONE =
      new FollowThroughState(
          Phase.NONE, Optional.empty(), Map.of(), false, Optional.empty(), Map.of(), 0, Map.of());

  public FollowThroughState {
    ratification = Collections.unmodifiableMap(new LinkedHashMap<>(ratification));
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  /**
   * One party's ratification as seen so far.
   *
   * @param rule its rule as scenario files write it
   * @param votes ratifier to its vote ({@code true}: accept), in the order cast
   * @param decision whether the constituency ratified, once decided
   */
  public record PartyRatification(
      String rule, Map<String, Boolean> votes, Optional<Boolean> decision) {
    public PartyRatification {
      votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    PartyRatification vote(String ratifier, boolean accepts) {
      Map<String, Boolean> next = new LinkedHashMap<>(votes);
      next.put(ratifier, accepts);
      return new PartyRatification(rule, next, decision);
    }

    PartyRatification decided(boolean ratified) {
      return new PartyRatification(rule, votes, Optional.of(ratified));
    }
  }

  /** The step with {@code id}, once implementation has begun. */
  public Optional<TrackedStep> step(String id) {
    return Optional.ofNullable(steps.get(id));
  }

  /** The steps in plan order. */
  public List<TrackedStep> stepList() {
    return List.copyOf(steps.values());
  }

  /** The follow-through after {@code event}; this value is unchanged. */
  public FollowThroughState apply(LiveEvent event) {
    if (event instanceof AgreementRecorded e) {
      return new FollowThroughState(
          Phase.SETTLED, Optional.of(e.outcome()), Map.of(), false, proposal, answers, 0, steps);
    }
    if (event instanceof RatificationOpened e) {
      Map<String, PartyRatification> parties = new LinkedHashMap<>();
      for (int k = 0; k < e.parties().size(); k++) {
        parties.put(
            e.parties().get(k),
            new PartyRatification(e.rules().get(k), Map.of(), Optional.empty()));
      }
      return with(Phase.RATIFYING, agreement, parties, false);
    }
    if (event instanceof RatifierVoted e) {
      Map<String, PartyRatification> parties = new LinkedHashMap<>(ratification);
      PartyRatification party =
          parties.getOrDefault(e.party(), new PartyRatification("", Map.of(), Optional.empty()));
      parties.put(e.party(), party.vote(e.ratifier(), e.accepts()));
      return with(phase, agreement, parties, ratified);
    }
    if (event instanceof PartyRatified e) {
      return decide(e.party(), e.rule(), true, phase);
    }
    if (event instanceof RatificationFailed e) {
      return decide(e.party(), e.rule(), false, Phase.REFUSED);
    }
    if (event instanceof AgreementRatified) {
      return with(Phase.SETTLED, agreement, ratification, true);
    }
    if (event instanceof ImprovementProposed e) {
      return new FollowThroughState(
          Phase.IMPROVING,
          agreement,
          ratification,
          ratified,
          Optional.of(e.outcome()),
          Map.of(),
          adopted,
          steps);
    }
    if (event instanceof ImprovementAnswered e) {
      Map<String, Boolean> next = new LinkedHashMap<>(answers);
      next.put(e.party(), e.accepts());
      return new FollowThroughState(
          phase, agreement, ratification, ratified, proposal, next, adopted, steps);
    }
    if (event instanceof ImprovementAdopted e) {
      return new FollowThroughState(
          Phase.SETTLED,
          Optional.of(e.outcome()),
          ratification,
          ratified,
          Optional.empty(),
          Map.of(),
          adopted + 1,
          steps);
    }
    if (event instanceof ImprovementDeclined) {
      return new FollowThroughState(
          Phase.SETTLED,
          agreement,
          ratification,
          ratified,
          Optional.empty(),
          Map.of(),
          adopted,
          steps);
    }
    if (event instanceof ImplementationBegan e) {
      Map<String, TrackedStep> tracked = new LinkedHashMap<>();
      for (PlannedStep step : e.steps()) {
        tracked.put(step.id(), new TrackedStep(step, StepState.PENDING, ""));
      }
      return new FollowThroughState(
          Phase.IMPLEMENTING,
          agreement,
          ratification,
          ratified,
          Optional.empty(),
          Map.of(),
          adopted,
          tracked);
    }
    if (event instanceof StepReported e) {
      return move(e.step(), StepState.DONE, e.note());
    }
    if (event instanceof StepVerified e) {
      return move(e.step(), StepState.VERIFIED, e.note());
    }
    if (event instanceof StepDisputed e) {
      return move(e.step(), StepState.DISPUTED, e.reason());
    }
    if (event instanceof DisputeResolved e) {
      return move(e.step(), e.verified() ? StepState.VERIFIED : StepState.PENDING, e.note());
    }
    if (event instanceof StepBreached e) {
      return move(e.step(), StepState.BREACHED, e.reason());
    }
    return this;
  }

  private FollowThroughState with(
      Phase next,
      Optional<Outcome> inForce,
      Map<String, PartyRatification> parties,
      boolean isRatified) {
    return new FollowThroughState(
        next, inForce, parties, isRatified, proposal, answers, adopted, steps);
  }

  private FollowThroughState decide(String party, String rule, boolean ratifies, Phase next) {
    Map<String, PartyRatification> parties = new LinkedHashMap<>(ratification);
    PartyRatification current =
        parties.getOrDefault(party, new PartyRatification(rule, Map.of(), Optional.empty()));
    parties.put(party, current.decided(ratifies));
    return with(next, agreement, parties, ratified);
  }

  /** The step {@code id} moved to {@code next}; a step this viewer never saw begin is ignored. */
  private FollowThroughState move(String id, StepState next, String note) {
    TrackedStep step = steps.get(id);
    if (step == null) {
      return this;
    }
    Map<String, TrackedStep> tracked = new LinkedHashMap<>(steps);
    tracked.put(id, step.to(next, note));
    return new FollowThroughState(
        phase, agreement, ratification, ratified, proposal, answers, adopted, tracked);
  }
}
