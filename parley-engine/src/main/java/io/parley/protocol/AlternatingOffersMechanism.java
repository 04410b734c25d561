package io.parley.protocol;

import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.session.Session;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
  private String offerer = "";
  private final Set<String> accepted = new HashSet<>();

  /** A mechanism for {@code setup}, whose protocol must be alternating offers. */
  public AlternatingOffersMechanism(NegotiationSetup setup) {
    super(setup);
    this.parties = setup.parties();
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
      if (nextTurn() || turn == 0) {
        return;
      }
    }
    String party = parties.get(turn);
    double progress = progress(round - 1 + (turn + 1.0) / parties.size());
    Action action =
        ask(party, new Request.Turn(round, progress, Optional.ofNullable(standing), offerer));
    if (action instanceof Action.Accept) {
      if (standing == null) {
        throw invalid(party, "accepted when no offer was on the table");
      }
      emit(round, party, everyone(), new Payload.Accepted(standing));
      accepted.add(party);
      if (accepted.containsAll(parties)) {
        endWithAgreement(round, standing);
        return;
      }
    } else if (action instanceof Action.Offer offer) {
      checkOutcome(party, offer.outcome(), "offered");
      emit(round, party, everyone(), new Payload.Offered(offer.outcome()));
      standing = offer.outcome();
      offerer = party;
      accepted.clear();
      accepted.add(party);
    } else if (action instanceof Action.WalkAway walkAway) {
      emit(round, party, everyone(), new Payload.WalkedAway(walkAway.reason()));
      endWithoutAgreement(
          EndReason.WALK_AWAY,
          party,
          party + " walked away" + (walkAway.reason().isEmpty() ? "" : ": " + walkAway.reason()));
      return;
    } else {
      throw invalid(
          party,
          "answered an alternating-offers turn with "
              + action.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
              + "; expected accept, offer or walk-away");
    }
    nextTurn();
  }

  /** Moves to the next turn; returns true if that emitted an event (an adjournment). */
  private boolean nextTurn() {
    turn++;
    if (turn < parties.size()) {
      return false;
    }
    turn = 0;
    int closing = round;
    round++;
    if (setup.timeline().closesSession(closing)
        && setup.timeline().nextAfter(closing).isPresent()) {
      emit(
          closing,
          Event.MECHANISM,
          everyone(),
          SessionEvents.adjourned(
              setup.timeline().sessionOf(closing), setup.timeline().nextAfter(closing).get()));
      return true;
    }
    return false;
  }
}
