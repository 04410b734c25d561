package io.parley.event;

import io.parley.negotiator.Amendment;
import io.parley.outcome.Outcome;
import java.util.List;

/** What an {@link Event} records: the closed set of things that happen in a negotiation. */
public sealed interface Payload
    permits Payload.SessionOpened,
        Payload.SessionAdjourned,
        Payload.Offered,
        Payload.Accepted,
        Payload.Rejected,
        Payload.Amended,
        Payload.TextDrafted,
        Payload.Visited,
        Payload.WalkedAway,
        Payload.Faulted,
        Payload.Ended {

  /** The type name written in transcripts. */
  String type();

  /** A session opens at {@code venue} on {@code date}; {@code absent} parties stay away. */
  record SessionOpened(
      String session,
      String venue,
      String date,
      String mode,
      List<String> attending,
      List<String> absent)
      implements Payload {
    public SessionOpened {
      attending = List.copyOf(attending);
      absent = List.copyOf(absent);
    }

    @Override
    public String type() {
      return "session-opened";
    }
  }

  /**
   * A session adjourns; talks are to resume at {@code nextVenue} on {@code nextDate} (empty if
   * none).
   */
  record SessionAdjourned(String session, String nextVenue, String nextDate) implements Payload {
    @Override
    public String type() {
      return "session-adjourned";
    }
  }

  /** The sender put {@code outcome} on the table. */
  record Offered(Outcome outcome) implements Payload {
    @Override
    public String type() {
      return "offer";
    }
  }

  /** The sender accepted {@code outcome} (a standing offer or a text). */
  record Accepted(Outcome outcome) implements Payload {
    @Override
    public String type() {
      return "accept";
    }
  }

  /** The sender rejected text version {@code version}. */
  record Rejected(int version, String reason) implements Payload {
    @Override
    public String type() {
      return "reject";
    }
  }

  /** The sender answered text version {@code version} with amendments. */
  record Amended(int version, List<Amendment> amendments) implements Payload {
    public Amended {
      amendments = List.copyOf(amendments);
    }

    @Override
    public String type() {
      return "amend";
    }
  }

  /** The mediator put text version {@code version} to the recipients. */
  record TextDrafted(int version, Outcome text) implements Payload {
    @Override
    public String type() {
      return "text";
    }
  }

  /** A broker met {@code party} alone, carrying text version {@code version}. */
  record Visited(String party, String place, int version) implements Payload {
    @Override
    public String type() {
      return "visit";
    }
  }

  /** The sender walked away. */
  record WalkedAway(String reason) implements Payload {
    @Override
    public String type() {
      return "walk-away";
    }
  }

  /** {@code party}'s agent failed. */
  record Faulted(String party, FaultKind kind, String detail) implements Payload {
    @Override
    public String type() {
      return "fault";
    }
  }

  /** The negotiation ended. */
  record Ended(End end) implements Payload {
    @Override
    public String type() {
      return "end";
    }
  }
}
