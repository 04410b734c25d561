package io.parley.event;

import io.parley.outcome.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * The state of a negotiation as a fold over its events: {@code state = events.reduce(initial(),
 * NegotiationState::apply)}.
 *
 * @param events the number of events applied
 * @param round the latest round
 * @param standingOffer the latest offer on the table (alternating offers)
 * @param textVersion the latest text version (0 before the first text)
 * @param text the latest text
 * @param session the session in progress (empty between sessions)
 * @param end how it ended, once it has
 */
public record NegotiationState(
    long events,
    int round,
    Optional<Outcome> standingOffer,
    int textVersion,
    Optional<Outcome> text,
    Optional<String> session,
    Optional<End> end) {

  /** The state before any event. */
  public static NegotiationState initial() {
    return new NegotiationState(
        0, 0, Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The state of a whole log. */
  public static NegotiationState of(List<Event> events) {
    NegotiationState state = initial();
    for (Event event : events) {
      state = state.apply(event);
    }
    return state;
  }

  /** Whether the negotiation has ended. */
  public boolean isEnded() {
    return end.isPresent();
  }

  /**
   * The state after {@code event}.
   *
   * @throws IllegalStateException if the event comes after the end or out of sequence
   */
  public NegotiationState apply(Event event) {
    if (end.isPresent()) {
      throw new IllegalStateException("event " + event.sequence() + " after the end");
    }
    if (event.sequence() != events + 1) {
      throw new IllegalStateException(
          "event " + event.sequence() + " out of sequence after " + events);
    }
    int newRound = Math.max(round, event.round());
    Payload p = event.payload();
    if (p instanceof Payload.Offered offered) {
      return new NegotiationState(
          events + 1, newRound, Optional.of(offered.outcome()), textVersion, text, session, end);
    }
    if (p instanceof Payload.TextDrafted drafted) {
      return new NegotiationState(
          events + 1,
          newRound,
          standingOffer,
          drafted.version(),
          Optional.of(drafted.text()),
          session,
          end);
    }
    if (p instanceof Payload.SessionOpened opened) {
      return new NegotiationState(
          events + 1,
          newRound,
          standingOffer,
          textVersion,
          text,
          Optional.of(opened.session()),
          end);
    }
    if (p instanceof Payload.SessionAdjourned) {
      return new NegotiationState(
          events + 1, newRound, standingOffer, textVersion, text, Optional.empty(), end);
    }
    if (p instanceof Payload.Ended ended) {
      return new NegotiationState(
          events + 1,
          newRound,
          standingOffer,
          textVersion,
          text,
          session,
          Optional.of(ended.end()));
    }
    return new NegotiationState(
        events + 1, newRound, standingOffer, textVersion, text, session, end);
  }
}
