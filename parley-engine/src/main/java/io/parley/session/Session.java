package io.parley.session;

import java.util.List;

/**
 * A named block of rounds at one venue and date.
 *
 * @param name what the session is called ({@code "Cairo talks"})
 * @param venue where it takes place
 * @param date a date label as the participants would say it ({@code "Tuesday"})
 * @param rounds how many rounds it lasts, at least 1
 * @param mode plenary, or a broker's shuttle
 * @param broker the mediator who shuttles (shuttle sessions), or empty to use the lead mediator
 * @param absent parties that stay away from this session
 */
public record Session(
    String name,
    String venue,
    String date,
    int rounds,
    SessionMode mode,
    String broker,
    List<String> absent) {

  /**
   * @throws IllegalArgumentException if rounds < 1 or the name is blank
   */
  public Session {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a session needs a name");
    }
    if (rounds < 1) {
      throw new IllegalArgumentException(
          "session '" + name + "' has " + rounds + " rounds; expected at least 1");
    }
    venue = venue == null ? "" : venue;
    date = date == null ? "" : date;
    broker = broker == null ? "" : broker;
    absent = List.copyOf(absent);
  }

  /** A plenary session with everyone present. */
  public static Session plenary(String name, int rounds) {
    return new Session(name, "", "", rounds, SessionMode.PLENARY, "", List.of());
  }
}
