package io.parley.protocol;

import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.session.Session;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Alternating offers; with more than two parties, stacked multilateral alternating offers (ANAC's
 * SAOP): parties take turns in file order; on its turn a party accepts the standing offer, makes a
 * new one, or walks away; the offer is agreed when every other party has accepted it. A round is
 * one turn of every party; a party absent from a session skips its turns. Offers and acceptances
 * are public to all participants.
 */
public final class AlternatingOffersMechanism extends MechanismBase {
  private final List<String> parties;
  private int round = 1;
  private int turn;
  private int openedRound;
  private Outcome standing;
  private Optional<Outcome> standingOffer = Optional.empty();
  private String offerer = "";

  /** Who has accepted (or made) the standing offer, by turn; an array, cleared per offer. */
  private final boolean[] accepted;

  private int acceptedCount;

  /** A mechanism for {@code setup}, whose protocol must be alternating offers. */
  public AlternatingOffersMechanism(NegotiationSetup setup) {
    super(setup);
    this.parties = setup.parties();
    this.accepted = new boolean[parties.size()];
  }

  @Override
  protected void advance() {
    if (round > setup.timeline().rounds()) {
      endWithoutAgreement(
          EndReason.DEADLINE,
          "",
          "the deadline of " + setup.timeline().rounds() + " rounds passed without agreement");
      return;
    }
    Session session = setup.timeline().sessionOf(round);
    if (turn == 0 && setup.timeline().opensSession(round) && openedRound != round) {
      openedRound = round;
      emit(round, Event.MECHANISM, everyone(), SessionEvents.opened(session, parties));
      return;
    }
    while (session.absent().contains(parties.get(turn))) {
      if (nextTurn()) {
        return; // the adjournment is this step's event
      }
      if (turn == 0) {
        // The round ended with absent parties: the next round (its deadline, its session's
        // opening or its first turn) makes this step's event, so that no step is empty.
        advance();
        return;
      }
    }
    String party = parties.get(turn);
    double progress = progress(round - 1 + (turn + 1.0) / parties.size());
    Action action = ask(party, new Request.Turn(round, progress, standingOffer, offerer));
    if (action instanceof Action.Accept) {
      if (standing == null) {
        throw invalid(party, "accepted when no offer was on the table");
      }
      emit(round, party, everyone(), new Payload.Accepted(standing));
      accept(turn);
      if (acceptedCount == parties.size()) {
        endWithAgreement(round, standing);
        return;
      }
    } else if (action instanceof Action.Offer offer) {
      checkOutcome(party, offer.outcome(), "offered");
      emit(round, party, everyone(), new Payload.Offered(offer.outcome()));
      standing = offer.outcome();
      standingOffer = Optional.of(standing);
      offerer = party;
      Arrays.fill(accepted, false);
      acceptedCount = 0;
      accept(turn);
    } else if (action instanceof Action.WalkAway walkAway) {
      walkAway(round, party, walkAway);
      return;
    } else {
      throw disallowed(party, action, "an alternating-offers turn", "accept, offer or walk-away");
    }
    nextTurn();
  }

  private void accept(int party) {
    if (!accepted[party]) {
      accepted[party] = true;
      acceptedCount++;
    }
  }

  /** Moves to the next turn; returns true if that emitted an event (an adjournment). */
  private boolean nextTurn() {
    turn++;
    if (turn < parties.size()) {
      return false;
    }
    turn = 0;
    round++;
    return adjournAfter(round - 1);
  }
}
