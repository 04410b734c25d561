package io.parley.live.views;

import io.parley.live.events.PlannedStep;
import io.parley.live.followthrough.FollowThroughState;
import io.parley.live.followthrough.Phase;
import io.parley.live.followthrough.StepState;
import io.parley.live.followthrough.TrackedStep;
import io.parley.live.rooms.Viewer;
import io.parley.live.state.Negotiation;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-through part of a room view (issue 17), built like the rest of {@link RoomView} from
 * the state folded over the reader's visible events only. A party sees its own ratifiers' votes and
 * its own answer; the mediators see all; a guarantor sees neither, and its {@code steps} are only
 * the steps it guarantees ({@code plan} names them all).
 *
 * @param phase where the follow-through stands
 * @param agreement the agreement in force (the recorded one, or the improvement adopted since)
 * @param improvementsAdopted how many improvements were adopted
 * @param ratified whether every constituency ratified
 * @param ratification each party with ratifiers, in order, as far as the reader may know
 * @param improvement the open improvement round, if any
 * @param plan every step's id, in plan order, once implementation has begun
 * @param steps the steps the reader follows, in plan order
 * @param breaches every breached step, which everyone sees
 */
public record FollowThroughView(
    Phase phase,
    Optional<Outcome> agreement,
    int improvementsAdopted,
    boolean ratified,
    List<PartyRatification> ratification,
    Optional<ImprovementRound> improvement,
    List<String> plan,
    List<TrackedStep> steps,
    List<Breach> breaches) {
  public FollowThroughView {
    ratification = List.copyOf(ratification);
    plan = List.copyOf(plan);
    steps = List.copyOf(steps);
    breaches = List.copyOf(breaches);
  }

  /**
   * A party's ratification as the reader may know it.
   *
   * @param decision whether its constituency ratified, once decided
   * @param votes the votes the reader may see (its own party's, or all for a mediator)
   */
  public record PartyRatification(
      String party, String rule, Optional<Boolean> decision, List<Vote> votes) {
    public PartyRatification {
      votes = List.copyOf(votes);
    }
  }

  /** A ratifier's vote. */
  public record Vote(String ratifier, boolean accepts) {}

  /**
   * The open improvement round.
   *
   * @param answers the answers the reader may see (its own, or all for a mediator), by party
   * @param yourGain a party's own utility gain from the proposal by the preferences it confided;
   *     empty for anyone else or a party that confided none
   */
  public record ImprovementRound(Outcome outcome, List<Answer> answers, Optional<Double> yourGain) {
    public ImprovementRound {
      answers = List.copyOf(answers);
    }
  }

  /** A party's answer to the improvement ({@code accepts}: accept; otherwise keep). */
  public record Answer(String party, boolean accepts) {}

  /** A breached step, with the penalty its guarantees impose on its performer. */
  public record Breach(String step, String performer, double penalty, String reason) {}

  /** The view of {@code state}'s follow-through for {@code viewer}. */
  public static FollowThroughView of(Negotiation state, Viewer viewer) {
    FollowThroughState follow = state.followThrough();
    List<PartyRatification> ratification = new ArrayList<>();
    for (Map.Entry<String, FollowThroughState.PartyRatification> entry :
        follow.ratification().entrySet()) {
      List<Vote> votes = new ArrayList<>();
      entry
          .getValue()
          .votes()
          .forEach((ratifier, accepts) -> votes.add(new Vote(ratifier, accepts)));
      ratification.add(
          new PartyRatification(
              entry.getKey(), entry.getValue().rule(), entry.getValue().decision(), votes));
    }
    Optional<ImprovementRound> improvement =
        follow
            .proposal()
            .map(
                proposal -> {
                  List<Answer> answers = new ArrayList<>();
                  follow
                      .answers()
                      .forEach((party, accepts) -> answers.add(new Answer(party, accepts)));
                  return new ImprovementRound(
                      proposal,
                      answers,
                      ownGain(state, viewer, follow.agreement().orElseThrow(), proposal));
                });
    boolean guarantor = viewer.role() == Role.GUARANTOR;
    List<String> plan = new ArrayList<>();
    List<TrackedStep> steps = new ArrayList<>();
    List<Breach> breaches = new ArrayList<>();
    for (TrackedStep tracked : follow.stepList()) {
      PlannedStep step = tracked.step();
      plan.add(step.id());
      if (tracked.state() == StepState.BREACHED) {
        breaches.add(new Breach(step.id(), step.performer(), step.penalty(), tracked.note()));
      }
      if (!guarantor || step.guarantors().contains(viewer.participant())) {
        steps.add(tracked);
      }
    }
    return new FollowThroughView(
        follow.phase(),
        follow.agreement(),
        follow.adopted(),
        follow.ratified(),
        ratification,
        improvement,
        plan,
        steps,
        breaches);
  }

  /** A party's own gain from {@code proposal}, by the preferences it confided. */
  private static Optional<Double> ownGain(
      Negotiation state, Viewer viewer, Outcome agreement, Outcome proposal) {
    if (viewer.role() != Role.PARTY) {
      return Optional.empty();
    }
    var confided = state.confided().getOrDefault(viewer.participant(), Optional.empty());
    if (confided.isEmpty()) {
      return Optional.empty();
    }
    Preferences preferences = confided.get().preferences();
    return Optional.of(
        preferences.utility().utility(proposal) - preferences.utility().utility(agreement));
  }
}
