package io.parley.negotiator;

import io.parley.outcome.Outcome;
import java.util.List;

/**
 * What a negotiator does when asked: the closed set of moves. Which moves a request allows is
 * stated by the {@link Request}; any other move is a protocol violation and ends the run with a
 * failure of the party.
 */
public sealed interface Action
    permits Action.Accept, Action.Offer, Action.Reject, Action.Amend, Action.WalkAway {

  /** Accept the standing offer or the text under review. */
  record Accept() implements Action {}

  /** Put {@code outcome} on the table (alternating offers). */
  record Offer(Outcome outcome) implements Action {}

  /** Reject the text under review, with a reason in plain words. */
  record Reject(String reason) implements Action {
    public Reject {
      reason = reason == null ? "" : reason;
    }
  }

  /** Answer the text under review with amendments (at least one). */
  record Amend(List<Amendment> amendments) implements Action {
    public Amend {
      amendments = List.copyOf(amendments);
      if (amendments.isEmpty()) {
        throw new IllegalArgumentException("an amendment response needs at least one amendment");
      }
    }
  }

  /** Leave the negotiation; it ends without agreement. */
  record WalkAway(String reason) implements Action {
    public WalkAway {
      reason = reason == null ? "" : reason;
    }
  }

  /** Accept. */
  static Action accept() {
    return new Accept();
  }

  /** Offer {@code outcome}. */
  static Action offer(Outcome outcome) {
    return new Offer(outcome);
  }
}
