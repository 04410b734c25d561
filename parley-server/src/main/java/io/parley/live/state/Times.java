package io.parley.live.state;

import io.parley.live.LiveException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Dates and times of the mediator's day: a local date and time with an IANA time zone as the
 * mediators enter them, and every instant written in ISO 8601 with its offset in the negotiation's
 * time zone ({@code 2026-12-08T10:00:00+02:00}).
 */
public final class Times {
  private Times() {}

  /**
   * The zone {@code id} names, checked.
   *
   * @param field the body field, for the message
   * @throws LiveException BAD_INPUT naming the field for an unknown zone
   */
  public static ZoneId checkedZone(String id, String field) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw LiveException.badInput(
          "field '"
              + field
              + "' is '"
              + id
              + "'; expected a time zone such as Africa/Cairo, Europe/London or UTC");
    }
  }

  /**
   * The local date and time {@code text} names ({@code 2026-12-08T10:00}), checked.
   *
   * @throws LiveException BAD_INPUT naming the field
   */
  public static LocalDateTime checkedLocal(String text, String field) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw LiveException.badInput(
          "field '"
              + field
              + "' is '"
              + text
              + "'; expected a date and time as 2026-12-08T10:00 (ISO 8601, local to the zone)");
    }
  }

  /** The zone a stored event names; UTC for one this runtime does not know. */
  public static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** The instant a stored local date and time in {@code zone} stands for. */
  public static Instant instant(String local, String zone) {
    return LocalDateTime.parse(local).atZone(zone(zone)).toInstant();
  }

  /** {@code time} in ISO 8601 with its offset in {@code zone}, to the second. */
  public static String iso(Instant time, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        time.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }
}
