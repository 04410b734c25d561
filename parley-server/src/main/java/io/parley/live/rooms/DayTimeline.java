package io.parley.live.rooms;

import io.parley.live.events.LiveEvent;
import io.parley.live.events.Participant;
import io.parley.live.rules.Rulebook;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Times;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline of the day (issue 16, {@code GET .../timeline}): every event the viewer may see, in
 * order, with its time in ISO 8601 in the negotiation's time zone and one sentence saying what
 * happened. Built only from the events {@link Visibility} lets the viewer see.
 *
 * @param zone the negotiation's time zone (an IANA id)
 * @param entries every visible event, in sequence order
 */
public record DayTimeline(String zone, List<Entry> entries) {
  public DayTimeline {
    entries = List.copyOf(entries);
  }

  /**
   * One event.
   *
   * @param seq its sequence number
   * @param time when it happened, ISO 8601 with the offset of the negotiation's time zone
   * @param type its kind's wire name
   * @param actor who caused it
   * @param summary what happened, in one sentence
   */
  public record Entry(long seq, String time, String type, String actor, String summary) {}

  /** The timeline of {@code events}, all visible to the viewer whose state is {@code state}. */
  public static DayTimeline of(Negotiation state, List<SeenEvent> events) {
    ZoneId zone = state.day().zone();
    List<Entry> entries = new ArrayList<>();
    for (SeenEvent seen : events) {
      entries.add(
          new Entry(
              seen.seq(),
              Times.iso(seen.time(), zone),
              seen.type(),
              seen.actor(),
              summary(state, seen)));
    }
    return new DayTimeline(zone.getId(), entries);
  }

  private static String summary(Negotiation state, SeenEvent seen) {
    String who = name(state, seen.actor());
    LiveEvent event = seen.event();
    if (event instanceof LiveEvent.NegotiationCreated e) {
      return "The negotiation \u201c" + e.name() + "\u201d was opened.";
    } else if (event instanceof LiveEvent.ParticipantInvited e) {
      return name(state, e.participant()) + " was invited.";
    } else if (event instanceof LiveEvent.InvitationRevoked e) {
      return who + " revoked " + name(state, e.participant()) + "'s access.";
    } else if (event instanceof LiveEvent.TextDrafted e) {
      return who + " drafted version " + e.version() + " of the text.";
    } else if (event instanceof LiveEvent.TextReleased e) {
      return "Version "
          + e.version()
          + " was released"
          + (e.to().isEmpty() ? "." : " to " + names(state, e.to()) + ".");
    } else if (event instanceof LiveEvent.ResponseSubmitted e) {
      return who + " answered version " + e.version() + ": " + e.verdict().wire() + ".";
    } else if (event instanceof LiveEvent.MessageSent) {
      return who + " sent a message.";
    } else if (event instanceof LiveEvent.MessageReleased e) {
      return "A message from " + name(state, e.from()) + " was passed on.";
    } else if (event instanceof LiveEvent.MessageParaphrased e) {
      return "A message from " + name(state, e.from()) + " was passed on as a paraphrase.";
    } else if (event instanceof LiveEvent.PreferencesConfided e) {
      return name(state, e.party()) + " confided preferences.";
    } else if (event instanceof LiveEvent.SessionScheduled e) {
      return "Session \u201c" + e.name() + "\u201d was scheduled at " + e.venue() + ".";
    } else if (event instanceof LiveEvent.Adjourned e) {
      return "The talks adjourned until " + e.until() + ".";
    } else if (event instanceof LiveEvent.SessionAdjourned e) {
      return "The session adjourned; talks resume "
          + Times.iso(Times.instant(e.resumesAt(), e.zone()), Times.zone(e.zone()))
          + " ("
          + e.zone()
          + ") at "
          + e.venue()
          + ".";
    } else if (event instanceof LiveEvent.SessionResumed) {
      return "The session resumed.";
    } else if (event instanceof LiveEvent.DeadlineSet e) {
      return "The deadline was set to "
          + Times.iso(Times.instant(e.at(), e.zone()), Times.zone(e.zone()))
          + " ("
          + e.zone()
          + ").";
    } else if (event instanceof LiveEvent.NoteWritten) {
      return who + " wrote a private note.";
    } else if (event instanceof LiveEvent.OutsideEventRecorded e) {
      return "Outside the talks: " + e.text();
    } else if (event instanceof LiveEvent.SuggestionMade) {
      return who + " asked for suggested packages.";
    } else if (event instanceof LiveEvent.SuggestionReleased e) {
      return "A suggested package was shown to " + names(state, e.to()) + ".";
    } else if (event instanceof LiveEvent.SeatAssigned e) {
      return e.strategy().equals(Rulebook.HUMAN)
          ? name(state, e.participant()) + "'s seat went back to a person."
          : "A robot (" + e.strategy() + ") took " + name(state, e.participant()) + "'s seat.";
    } else if (event instanceof LiveEvent.AgreementRecorded e) {
      return "The agreement on version " + e.version() + " was recorded.";
    } else if (event instanceof LiveEvent.AgreementSigned e) {
      return name(state, e.party()) + " signed the agreement.";
    } else if (event instanceof LiveEvent.NegotiationEnded e) {
      return "The negotiation ended without agreement: " + e.reason();
    }
    return who + ": " + seen.type() + ".";
  }

  private static String names(Negotiation state, List<String> ids) {
    return String.join(", ", ids.stream().map(id -> name(state, id)).toList());
  }

  private static String name(Negotiation state, String id) {
    if (id.equals(Visibility.SYSTEM)) {
      return "The server";
    }
    if (id.equals(Visibility.MEDIATOR)) {
      return "the mediators";
    }
    return state.participant(id).map(Participant::name).orElse(id);
  }
}
