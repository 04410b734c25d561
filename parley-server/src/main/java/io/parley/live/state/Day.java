package io.parley.live.state;

import io.parley.live.events.LiveEvent;
import io.parley.live.events.LiveEvent.AgreementSigned;
import io.parley.live.events.LiveEvent.DeadlineSet;
import io.parley.live.events.LiveEvent.NoteWritten;
import io.parley.live.events.LiveEvent.OutsideEventRecorded;
import io.parley.live.events.LiveEvent.SessionAdjourned;
import io.parley.live.events.LiveEvent.SessionResumed;
import io.parley.live.rooms.SeenEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the mediator's day adds to a negotiation's state (issue 16): whether the session is
 * adjourned and until when and where, the deadline as a date, the mediators' private notes, the
 * outside events recorded, and the parties' signatures of the agreement. Immutable: {@link #apply}
 * returns the next day.
 *
 * @param adjourned the current adjournment, empty while in session (or after a resumption)
 * @param deadline the latest deadline set as a date, if any
 * @param notes the mediators' private notes, in order (empty for a party: it never sees them)
 * @param outside the outside events recorded, in order
 * @param signatures party to when it signed the agreement, in signing order
 * @param zone the negotiation's time zone: that of the latest adjournment or deadline, else UTC
 */
public record Day(
    Optional<Stamped<SessionAdjourned>> adjourned,
    Optional<Stamped<DeadlineSet>> deadline,
    List<Stamped<NoteWritten>> notes,
    List<Stamped<OutsideEventRecorded>> outside,
    Map<String, Instant> signatures,
    ZoneId zone) {

  /** The day of a negotiation just created: in session, no deadline date, nothing noted. */
  public static final Day START =
      new Day(Optional.empty(), Optional.empty(), List.of(), List.of(), Map.of(), ZoneOffset.UTC);

  public Day {
    notes = List.copyOf(notes);
    outside = List.copyOf(outside);
    signatures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(signatures));
  }

  /**
   * An event with where and when the log holds it.
   *
   * @param seq its sequence number
   * @param time when the store accepted it
   * @param actor who caused it
   */
  public record Stamped<E extends LiveEvent>(long seq, Instant time, String actor, E event) {}

  /** The day after {@code seen}; this day when the event does not concern it. */
  Day apply(SeenEvent seen) {
    LiveEvent event = seen.event();
    if (event instanceof SessionAdjourned e) {
      return new Day(
          Optional.of(stamp(seen, e)), deadline, notes, outside, signatures, Times.zone(e.zone()));
    }
    if (event instanceof SessionResumed) {
      return new Day(Optional.empty(), deadline, notes, outside, signatures, zone);
    }
    if (event instanceof DeadlineSet e) {
      return new Day(
          adjourned, Optional.of(stamp(seen, e)), notes, outside, signatures, Times.zone(e.zone()));
    }
    if (event instanceof NoteWritten e) {
      List<Stamped<NoteWritten>> more = new ArrayList<>(notes);
      more.add(stamp(seen, e));
      return new Day(adjourned, deadline, more, outside, signatures, zone);
    }
    if (event instanceof OutsideEventRecorded e) {
      List<Stamped<OutsideEventRecorded>> more = new ArrayList<>(outside);
      more.add(stamp(seen, e));
      return new Day(adjourned, deadline, notes, more, signatures, zone);
    }
    if (event instanceof AgreementSigned e) {
      Map<String, Instant> more = new LinkedHashMap<>(signatures);
      more.putIfAbsent(e.party(), seen.time());
      return new Day(adjourned, deadline, notes, outside, more, zone);
    }
    return this;
  }

  private static <E extends LiveEvent> Stamped<E> stamp(SeenEvent seen, E event) {
    return new Stamped<>(seen.seq(), seen.time(), seen.actor(), event);
  }
}
