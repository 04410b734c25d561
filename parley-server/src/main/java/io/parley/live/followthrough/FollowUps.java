package io.parley.live.followthrough;

import io.parley.live.events.LiveEvent;
import io.parley.live.state.Negotiation;
import io.parley.ratification.Constituency;
import io.parley.ratification.Ratification;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events the server itself appends after a move, because the move settled something: each is a
 * function of the state alone, so a follow-up missed by a crash between two appends is made by the
 * next move. In order of precedence:
 *
 * <ol>
 *   <li>an agreement just recorded in a scenario with ratifiers opens ratification;
 *   <li>a constituency whose votes so far already meet its rule ratifies; one whose votes can no
 *       longer meet it (even if every ratifier yet to vote accepted) refuses, and the agreement's
 *       ratification fails;
 *   <li>when every constituency has ratified, the agreement is ratified;
 *   <li>in an improvement round, one party keeping the agreement declines the improvement; every
 *       party accepting adopts it.
 * </ol>
 *
 * <p>The votes add up by {@link io.parley.ratification.RatificationRule#ratifies}, the same rule
 * the analysis' win-sets use.
 */
public final class FollowUps {
  private FollowUps() {}

  /** The next automatic event due in {@code state} (folded in full), if any. */
  public static Optional<FollowThroughDraft> next(Negotiation state, Scenario scenario) {
    FollowThroughState follow = state.followThrough();
    Optional<Ratification> ratification = scenario.followThrough().ratification();
    if (follow.phase() == Phase.SETTLED
        && follow.ratification().isEmpty()
        && ratification.isPresent()) {
      List<String> parties = new ArrayList<>();
      List<String> rules = new ArrayList<>();
      for (Constituency c : ratification.get().constituencies()) {
        parties.add(c.party());
        rules.add(c.rule().describe());
      }
      return Optional.of(
          new FollowThroughDraft(
              new LiveEvent.RatificationOpened(parties, rules), Audience.everyone(state)));
    }
    if (follow.phase() == Phase.RATIFYING && ratification.isPresent()) {
      boolean allRatified = true;
      for (Constituency c : ratification.get().constituencies()) {
        FollowThroughState.PartyRatification seen = follow.ratification().get(c.party());
        if (seen != null && seen.decision().isPresent()) {
          allRatified &= seen.decision().get();
          continue;
        }
        allRatified = false;
        Map<String, Boolean> votes = seen == null ? Map.of() : seen.votes();
        long accepting = 0;
        long undecided = 0;
        for (int k = 0; k < c.ratifiers().size(); k++) {
          Boolean vote = votes.get(c.ratifiers().get(k).id());
          if (vote == null) {
            undecided |= 1L << k;
          } else if (vote) {
            accepting |= 1L << k;
          }
        }
        if (c.rule().ratifies(c.ratifiers(), accepting)) {
          return Optional.of(
              new FollowThroughDraft(
                  new LiveEvent.PartyRatified(c.party(), c.rule().describe()),
                  Audience.everyone(state)));
        }
        if (!c.rule().ratifies(c.ratifiers(), accepting | undecided)) {
          return Optional.of(
              new FollowThroughDraft(
                  new LiveEvent.RatificationFailed(c.party(), c.rule().describe()),
                  Audience.everyone(state)));
        }
      }
      if (allRatified) {
        return Optional.of(
            new FollowThroughDraft(
                new LiveEvent.AgreementRatified(
                    ratification.get().constituencies().stream().map(Constituency::party).toList()),
                Audience.everyone(state)));
      }
    }
    if (follow.phase() == Phase.IMPROVING) {
      if (follow.answers().containsValue(false)) {
        return Optional.of(
            new FollowThroughDraft(
                new LiveEvent.ImprovementDeclined(
                    "a party kept the agreement; the agreement stands"),
                Audience.everyone(state)));
      }
      if (follow.answers().keySet().containsAll(state.parties())) {
        return Optional.of(
            new FollowThroughDraft(
                new LiveEvent.ImprovementAdopted(follow.proposal().orElseThrow()),
                Audience.everyone(state)));
      }
    }
    return Optional.empty();
  }
}
