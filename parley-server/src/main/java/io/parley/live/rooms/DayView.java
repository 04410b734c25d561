package io.parley.live.rooms;

import io.parley.live.state.Day;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Times;
import java.time.ZoneId;
import java.util.List;

/**
 * The mediator's day as a participant's view shows it (the view's {@code day} field): the
 * negotiation's time zone, whether the session is adjourned and until when and where, the deadline
 * date, the outside events recorded, the signatures of the agreement and, for mediators alone, the
 * private notes. Every instant is ISO 8601 with the offset of the negotiation's time zone.
 *
 * @param zone the negotiation's time zone (an IANA id)
 * @param adjourned the current adjournment, or null while in session
 * @param deadline the deadline date, or null when none is set
 * @param outside the outside events, in order
 * @param signatures who signed the agreement and when, in signing order
 * @param notes the mediators' private notes (null for anyone else)
 */
public record DayView(
    String zone,
    Adjourned adjourned,
    Deadline deadline,
    List<Entry> outside,
    List<AgreementSheet.Signature> signatures,
    List<Entry> notes) {

  /**
   * The current adjournment.
   *
   * @param resumesAt when talks resume, ISO 8601 with the offset of {@code zone}
   * @param local the date and time as the mediators entered them
   * @param zone the zone they entered
   * @param venue where talks resume
   * @param reason why they adjourned (may be empty)
   * @param resumesAtMillis {@code resumesAt} in milliseconds since the epoch
   */
  public record Adjourned(
      String resumesAt,
      String local,
      String zone,
      String venue,
      String reason,
      long resumesAtMillis) {}

  /**
   * The deadline date.
   *
   * @param at the deadline, ISO 8601 with the offset of {@code zone}
   * @param local the date and time as the mediators entered them
   * @param zone the zone they entered
   * @param atMillis {@code at} in milliseconds since the epoch, for the pages' countdown
   */
  public record Deadline(String at, String local, String zone, long atMillis) {}

  /**
   * A note or an outside event.
   *
   * @param seq its event's sequence number
   * @param time when it was recorded, ISO 8601 in the negotiation's time zone
   * @param by who recorded it
   * @param text what it says
   */
  public record Entry(long seq, String time, String by, String text) {}

  /** The day of {@code state} as {@code viewer} sees it. */
  public static DayView of(Negotiation state, Viewer viewer) {
    Day day = state.day();
    ZoneId zone = day.zone();
    Adjourned adjourned =
        day.adjourned()
            .map(
                a -> {
                  var e = a.event();
                  var at = Times.instant(e.resumesAt(), e.zone());
                  return new Adjourned(
                      Times.iso(at, Times.zone(e.zone())),
                      e.resumesAt(),
                      e.zone(),
                      e.venue(),
                      e.reason(),
                      at.toEpochMilli());
                })
            .orElse(null);
    Deadline deadline =
        day.deadline()
            .map(
                d -> {
                  var e = d.event();
                  var at = Times.instant(e.at(), e.zone());
                  return new Deadline(
                      Times.iso(at, Times.zone(e.zone())), e.at(), e.zone(), at.toEpochMilli());
                })
            .orElse(null);
    List<Entry> outside =
        day.outside().stream()
            .map(o -> new Entry(o.seq(), Times.iso(o.time(), zone), o.actor(), o.event().text()))
            .toList();
    List<AgreementSheet.Signature> signatures =
        day.signatures().entrySet().stream()
            .map(
                s ->
                    new AgreementSheet.Signature(
                        s.getKey(),
                        state
                            .participant(s.getKey())
                            .map(io.parley.live.events.Participant::name)
                            .orElse(s.getKey()),
                        Times.iso(s.getValue(), zone)))
            .toList();
    List<Entry> notes =
        viewer.isMediator()
            ? day.notes().stream()
                .map(
                    n -> new Entry(n.seq(), Times.iso(n.time(), zone), n.actor(), n.event().text()))
                .toList()
            : null;
    return new DayView(zone.getId(), adjourned, deadline, outside, signatures, notes);
  }
}
