package io.parley.live.followthrough;

import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Improvement;
import io.parley.analysis.PostSettlement;
import io.parley.implementation.ImplementationPlan;
import io.parley.implementation.Step;
import io.parley.live.LiveException;
import io.parley.live.LiveException.Kind;
import io.parley.live.events.LiveEvent;
import io.parley.live.events.PlannedStep;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.state.Negotiation;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.ratification.Constituency;
import io.parley.ratification.Ratifier;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a negotiation's follow-through (issue 17): who may make which ratification,
 * improvement or implementation move, and when. Like {@code io.parley.live.rules.Rulebook}, which
 * hands these moves here, {@link #check} decides against the state folded in full and returns the
 * event the move produces, or throws a {@link LiveException} naming why and produces nothing. The
 * state machines are {@link Phase} and {@link StepState}; the automatic consequences of a move (a
 * constituency's decision, the adoption of an improvement) are {@link FollowUps}.
 *
 * <p>Who moves:
 *
 * <ul>
 *   <li>a ratifier's vote is recorded by its own party's delegation, or by a mediator on the
 *       party's behalf; each ratifier votes once, while its party's constituency is undecided;
 *   <li>a mediator opens the improvement round (the server computes the improvement) and begins
 *       implementation; each party answers the improvement once;
 *   <li>a step's performer reports it done; one of its guarantors (a mediator when it has none)
 *       verifies or disputes it; a mediator resolves a dispute or declares the breach.
 * </ul>
 */
public final class FollowThroughRules {
  private FollowThroughRules() {}

  /** Whether {@code command} is a follow-through move (checked here, not by the rulebook). */
  public static boolean handles(Command command) {
    return command instanceof Command.RecordVote
        || command instanceof Command.ProposeImprovement
        || command instanceof Command.AnswerImprovement
        || command instanceof Command.BeginImplementation
        || command instanceof Command.ReportStep
        || command instanceof Command.VerifyStep
        || command instanceof Command.DisputeStep
        || command instanceof Command.ResolveDispute
        || command instanceof Command.DeclareBreach;
  }

  /**
   * The event {@code command} produces, when the rules allow it now.
   *
   * @param scenario the negotiation's scenario (the server's copy: the ratifiers and the plan)
   * @param confided party to the preferences it confided (the improvement's basis where present)
   * @throws LiveException BAD_INPUT, FORBIDDEN, NOT_FOUND or CONFLICT naming what and why
   */
  public static FollowThroughDraft check(
      Negotiation state,
      Viewer viewer,
      Command command,
      Scenario scenario,
      Map<String, Preferences> confided) {
    FollowThroughState follow = state.followThrough();
    if (command instanceof Command.RecordVote vote) {
      return vote(state, follow, viewer, vote, scenario);
    }
    if (command instanceof Command.ProposeImprovement) {
      requireMediator(viewer, "open an improvement round");
      requireSettled(follow, "open an improvement round");
      return propose(state, follow, scenario, confided);
    }
    if (command instanceof Command.AnswerImprovement answer) {
      if (!viewer.isParty()) {
        throw forbidden("only a party may answer an improvement; you are " + viewer.participant());
      }
      if (follow.phase() != Phase.IMPROVING) {
        throw conflict("no improvement round is open");
      }
      Boolean earlier = follow.answers().get(viewer.participant());
      if (earlier != null) {
        throw conflict("you already answered the improvement: " + (earlier ? "accept" : "keep"));
      }
      return new FollowThroughDraft(
          new LiveEvent.ImprovementAnswered(viewer.participant(), answer.accepts()),
          Audience.mediatorsAnd(viewer.participant()));
    }
    if (command instanceof Command.BeginImplementation) {
      requireMediator(viewer, "begin implementation");
      requireSettled(follow, "begin implementation");
      ImplementationPlan plan =
          scenario
              .followThrough()
              .implementation()
              .orElseThrow(() -> conflict("the scenario has no implementation plan to track"));
      List<PlannedStep> steps = new ArrayList<>();
      for (Step step : plan.steps()) {
        steps.add(
            new PlannedStep(
                step.id(),
                step.performer(),
                step.description(),
                step.phase(),
                step.dependsOn(),
                step.guarantees().stream()
                    .map(g -> new PlannedStep.Guarantee(g.guarantor(), g.penalty()))
                    .toList()));
      }
      return new FollowThroughDraft(
          new LiveEvent.ImplementationBegan(steps), Audience.everyone(state));
    }
    if (command instanceof Command.ReportStep report) {
      TrackedStep step = step(follow, report.step());
      if (!viewer.participant().equals(step.step().performer())) {
        throw forbidden(
            "step '"
                + step.step().id()
                + "' is owed by "
                + step.step().performer()
                + ", who alone reports it done; you are "
                + viewer.participant());
      }
      requireState(step, StepState.PENDING, "reported done");
      for (String dependency : step.step().dependsOn()) {
        StepState before = follow.steps().get(dependency).state();
        if (before != StepState.VERIFIED) {
          throw conflict(
              "step '"
                  + step.step().id()
                  + "' depends on '"
                  + dependency
                  + "', which is "
                  + before.wire()
                  + ", not verified");
        }
      }
      return stepEvent(state, step, new LiveEvent.StepReported(step.step().id(), report.note()));
    }
    if (command instanceof Command.VerifyStep verify) {
      TrackedStep step = step(follow, verify.step());
      requireGuarantor(state, viewer, step, "verify");
      requireState(step, StepState.DONE, "verified");
      return stepEvent(state, step, new LiveEvent.StepVerified(step.step().id(), verify.note()));
    }
    if (command instanceof Command.DisputeStep dispute) {
      TrackedStep step = step(follow, dispute.step());
      requireGuarantor(state, viewer, step, "dispute");
      requireState(step, StepState.DONE, "disputed");
      return stepEvent(state, step, new LiveEvent.StepDisputed(step.step().id(), dispute.reason()));
    }
    if (command instanceof Command.ResolveDispute resolve) {
      requireMediator(viewer, "resolve a dispute");
      TrackedStep step = step(follow, resolve.step());
      requireState(step, StepState.DISPUTED, "resolved");
      return stepEvent(
          state,
          step,
          new LiveEvent.DisputeResolved(step.step().id(), resolve.verified(), resolve.note()));
    }
    if (command instanceof Command.DeclareBreach breach) {
      requireMediator(viewer, "declare a breach");
      TrackedStep step = step(follow, breach.step());
      requireState(step, StepState.DISPUTED, "declared breached");
      PlannedStep planned = step.step();
      return new FollowThroughDraft(
          new LiveEvent.StepBreached(
              planned.id(),
              planned.performer(),
              planned.guarantees(),
              planned.penalty(),
              breach.reason()),
          Audience.everyone(state));
    }
    throw new IllegalArgumentException("not a follow-through move: " + command);
  }

  private static FollowThroughDraft vote(
      Negotiation state,
      FollowThroughState follow,
      Viewer viewer,
      Command.RecordVote vote,
      Scenario scenario) {
    if (!viewer.isMediator() && !viewer.isParty()) {
      throw forbidden(
          "only a party's delegation or a mediator may record a ratifier's vote; you are "
              + viewer.participant());
    }
    if (follow.phase() != Phase.RATIFYING) {
      throw conflict(
          follow.ratified()
              ? "the agreement is already ratified"
              : follow.phase() == Phase.REFUSED
                  ? "ratification has failed; no more votes are taken"
                  : "no ratification is open");
    }
    List<Constituency> constituencies =
        scenario.followThrough().ratification().orElseThrow().constituencies();
    Constituency constituency = null;
    for (Constituency c : constituencies) {
      if (c.ratifiers().stream().anyMatch(r -> r.id().equals(vote.ratifier()))) {
        constituency = c;
      }
    }
    if (constituency == null
        || viewer.isParty() && !constituency.party().equals(viewer.participant())) {
      List<String> known = new ArrayList<>();
      for (Constituency c : constituencies) {
        if (viewer.isMediator() || c.party().equals(viewer.participant())) {
          c.ratifiers().stream().map(Ratifier::id).forEach(known::add);
        }
      }
      throw new LiveException(
          Kind.BAD_INPUT,
          "field 'ratifier' names '"
              + vote.ratifier()
              + "', which is not "
              + (viewer.isParty() ? "one of your ratifiers" : "a ratifier")
              + "; "
              + (known.isEmpty() ? "you have none" : "ratifiers are " + String.join(", ", known)));
    }
    String party = constituency.party();
    FollowThroughState.PartyRatification current = follow.ratification().get(party);
    if (current != null && current.decision().isPresent()) {
      throw conflict(
          party
              + "'s constituency has already "
              + (current.decision().get() ? "ratified" : "refused")
              + " the agreement");
    }
    Boolean earlier = current == null ? null : current.votes().get(vote.ratifier());
    if (earlier != null) {
      throw conflict(
          "ratifier '"
              + vote.ratifier()
              + "' has already voted ("
              + (earlier ? "accept" : "reject")
              + ")");
    }
    return new FollowThroughDraft(
        new LiveEvent.RatifierVoted(party, vote.ratifier(), vote.accepts(), vote.note()),
        Audience.mediatorsAnd(party));
  }

  private static FollowThroughDraft propose(
      Negotiation state,
      FollowThroughState follow,
      Scenario scenario,
      Map<String, Preferences> confided) {
    Outcome agreement = follow.agreement().orElseThrow();
    Scenario basis = scenario;
    for (String party : scenario.negotiatingParties()) {
      Preferences preferences = confided.get(party);
      if (preferences != null) {
        basis = basis.withPreferences(party, preferences);
      }
    }
    Optional<Improvement> improvement;
    try {
      improvement = PostSettlement.improve(basis, agreement);
    } catch (IllegalArgumentException | AnalysisLimitException e) {
      throw conflict("no improvement can be computed: " + e.getMessage());
    }
    if (improvement.isEmpty()) {
      throw conflict(
          "no feasible outcome is strictly better for every party than the agreement;"
              + " there is no improvement to propose");
    }
    return new FollowThroughDraft(
        new LiveEvent.ImprovementProposed(agreement, improvement.get().outcome()),
        Audience.parties(state));
  }

  private static FollowThroughDraft stepEvent(
      Negotiation state, TrackedStep step, LiveEvent event) {
    return new FollowThroughDraft(event, Audience.step(state, step.step()));
  }

  private static TrackedStep step(FollowThroughState follow, String id) {
    if (follow.phase() != Phase.IMPLEMENTING) {
      throw conflict("implementation has not begun; no step can move yet");
    }
    return follow
        .step(id)
        .orElseThrow(
            () ->
                new LiveException(
                    Kind.NOT_FOUND,
                    "no step '"
                        + id
                        + "' in the plan; steps are "
                        + String.join(", ", follow.steps().keySet())));
  }

  private static void requireState(TrackedStep step, StepState needed, String action) {
    if (step.state() != needed) {
      throw conflict(
          "step '"
              + step.step().id()
              + "' is "
              + step.state().wire()
              + "; only a "
              + needed.wire()
              + " step may be "
              + action);
    }
  }

  private static void requireGuarantor(
      Negotiation state, Viewer viewer, TrackedStep step, String action) {
    List<String> guarantors = step.step().guarantors();
    boolean allowed =
        guarantors.isEmpty() ? viewer.isMediator() : guarantors.contains(viewer.participant());
    if (!allowed) {
      throw forbidden(
          "only "
              + (guarantors.isEmpty()
                  ? "a mediator (the step has no guarantor)"
                  : "a guarantor of step '"
                      + step.step().id()
                      + "' ("
                      + String.join(", ", guarantors)
                      + ")")
              + " may "
              + action
              + " it; you are "
              + viewer.participant());
    }
  }

  private static void requireMediator(Viewer viewer, String action) {
    if (!viewer.isMediator()) {
      throw forbidden("only a mediator may " + action + "; you are " + viewer.participant());
    }
  }

  private static void requireSettled(FollowThroughState follow, String action) {
    String why =
        switch (follow.phase()) {
          case NONE -> "no agreement has been recorded";
          case RATIFYING -> "the agreement awaits ratification";
          case REFUSED -> "the agreement was not ratified";
          case IMPROVING -> "an improvement round is open";
          case IMPLEMENTING -> "implementation has begun";
          case SETTLED -> "";
        };
    if (!why.isEmpty()) {
      throw conflict("you cannot " + action + ": " + why);
    }
  }

  private static LiveException conflict(String message) {
    return new LiveException(Kind.CONFLICT, message);
  }

  private static LiveException forbidden(String message) {
    return new LiveException(Kind.FORBIDDEN, message);
  }
}
