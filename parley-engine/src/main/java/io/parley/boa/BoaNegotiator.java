package io.parley.boa;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A negotiator composed of a bidding strategy, an opponent model and an acceptance strategy: the
 * BOA architecture of Baarslag, Hindriks, Hendrikx, Dirkzwager and Jonker, "Decoupling negotiating
 * agents to explore the space of negotiation strategies" (Novel Insights in Agent-based Complex
 * Automated Negotiation, Springer SCI 535, 2014).
 *
 * <ul>
 *   <li>Alternating offers, bilateral or stacked multilateral ({@link Request.Turn}): the bidding
 *       strategy proposes the next bid; the party accepts the standing offer if it is acceptable to
 *       it and the acceptance strategy accepts it given that bid, and offers the bid otherwise. The
 *       opponent model learns from every offer another party makes.
 *   <li>Single text ({@link Request.Review}): the text is treated as an offer. Accepted as above;
 *       otherwise the party asks to amend the text towards its bid, keeping only changes that do
 *       not, on their own, lower its utility against the text (see {@link TextRepair}). It answers
 *       with amendments only when the amended text is acceptable and worth strictly more to it than
 *       the text; otherwise it rejects.
 * </ul>
 *
 * <p>Guarantees, whatever the components do: it never offers or accepts a package that breaks its
 * red lines or falls below its reservation value (a component bidding such a package is a fault of
 * the party), and no amendment it asks for lowers its own utility against the text it answers. When
 * nothing is acceptable it walks away (rejects a text) with that reason.
 */
public final class BoaNegotiator implements Negotiator {
  private final String name;
  private final BiddingStrategy bidding;
  private final OpponentModel model;
  private final AcceptanceStrategy acceptance;
  private Situation situation;

  /** A negotiator of these (fresh, unshared) components; {@code name} names it in errors. */
  public BoaNegotiator(
      String name, BiddingStrategy bidding, OpponentModel model, AcceptanceStrategy acceptance) {
    this.name = name;
    this.bidding = bidding;
    this.model = model;
    this.acceptance = acceptance;
  }

  /** The name it was built under. */
  public String name() {
    return name;
  }

  /** The bidding strategy. */
  public BiddingStrategy bidding() {
    return bidding;
  }

  /** The opponent model. */
  public OpponentModel model() {
    return model;
  }

  /** The acceptance strategy. */
  public AcceptanceStrategy acceptance() {
    return acceptance;
  }

  /**
   * The situation the components see.
   *
   * @throws IllegalStateException before {@link #start}
   */
  public Situation situation() {
    requireStarted();
    return situation;
  }

  @Override
  public void start(NegotiatorContext context) {
    UtilityIndex index = UtilityIndex.of(context.preferences());
    situation = new Situation(context, index, model);
    if (index.isEmpty()) {
      return;
    }
    model.start(situation);
    bidding.start(situation);
    acceptance.start(situation);
  }

  @Override
  public void observe(Event event) {
    requireStarted();
    String self = situation.context().party();
    if (event.sender().equals(self) || situation.index().isEmpty()) {
      return;
    }
    int deadline = situation.context().deadlineRounds();
    if (deadline > 0 && event.round() > 0) {
      double estimate = (event.round() - 1.0) / deadline;
      if (estimate > situation.progress()) {
        situation.moveTo(situation.round(), estimate);
      }
    }
    Payload payload = event.payload();
    boolean byParty = situation.others().contains(event.sender());
    if (payload instanceof Payload.Offered offered) {
      situation.receive(event.sender(), offered.outcome(), byParty);
      if (byParty) {
        model.update(event.sender(), offered.outcome(), situation);
      }
    } else if (payload instanceof Payload.TextDrafted drafted) {
      situation.receive(event.sender(), drafted.text(), false);
    } else if (payload instanceof Payload.Accepted accepted && byParty) {
      situation.support(event.sender(), accepted.outcome());
    }
  }

  @Override
  public Action act(Request request) {
    requireStarted();
    UtilityIndex index = situation.index();
    if (index.isEmpty()) {
      String reason =
          "no package both respects our red lines and reaches our reservation value of "
              + situation.context().preferences().reservation();
      return request instanceof Request.Review
          ? new Action.Reject(reason)
          : new Action.WalkAway(reason);
    }
    situation.moveTo(request.round(), request.progress());
    Outcome bid = checkedBid();
    if (request instanceof Request.Turn turn) {
      Optional<Outcome> standing = turn.standingOffer();
      if (standing.isPresent() && accepts(standing.get(), bid)) {
        return Action.accept();
      }
      situation.bid(bid);
      return Action.offer(bid);
    }
    Request.Review review = (Request.Review) request;
    if (accepts(review.text(), bid)) {
      return Action.accept();
    }
    return amend(review.text(), bid);
  }

  private boolean accepts(Outcome offer, Outcome bid) {
    return situation.isAcceptable(offer) && acceptance.accepts(situation, offer, bid);
  }

  private Outcome checkedBid() {
    Outcome bid = bidding.bid(situation);
    // Throws, as the space's check does, for a bid outside the space.
    if (!situation.isAcceptable(bid)) {
      throw new IllegalStateException(
          name
              + ": its bidding strategy proposed "
              + bid
              + ", which breaks its red lines or falls below its reservation value");
    }
    return bid;
  }

  /** Amendments that turn {@code text} into what {@link TextRepair} finds; else a rejection. */
  private Action amend(Outcome text, Outcome bid) {
    Optional<Outcome> repaired = TextRepair.of(situation, text, bid);
    if (repaired.isEmpty()) {
      return new Action.Reject(
          situation.isAcceptable(text)
              ? "the text is worth less to us than we now need, and no change we could ask for"
                  + " makes up for it without costing us elsewhere"
              : "the text breaks our red lines or falls below our reservation value, and no change"
                  + " we could ask for mends that without costing us elsewhere");
    }
    Outcome wanted = repaired.get();
    String reason =
        situation.isAcceptable(text)
            ? "the text is worth less to us than what we now ask for"
            : "we cannot accept the text as it stands";
    List<Amendment> amendments = new ArrayList<>();
    for (int i = 0; i < text.issueCount(); i++) {
      if (wanted.valueIndex(i) != text.valueIndex(i)) {
        amendments.add(new Amendment(i, wanted.valueIndex(i), reason));
      }
    }
    return new Action.Amend(amendments);
  }

  private void requireStarted() {
    if (situation == null) {
      throw new IllegalStateException(name + " was asked before start()");
    }
  }
}
