package io.parley.live.rooms;

import io.parley.live.events.LiveEvent.ResponseSubmitted;
import io.parley.live.events.Participant;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Text;
import io.parley.live.state.Times;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The response grid of the console (issue 16, {@code GET .../answers}, mediators only): for each
 * party and each text version, the party's latest answer to that version with its time (ISO 8601 in
 * the negotiation's time zone) and how many times it answered; a version not released to a party is
 * marked so.
 *
 * @param zone the negotiation's time zone (an IANA id)
 * @param versions every text version, in order
 * @param rows one row per party, in scenario order
 */
public record AnswerGrid(String zone, List<Integer> versions, List<Row> rows) {
  public AnswerGrid {
    versions = List.copyOf(versions);
    rows = List.copyOf(rows);
  }

  /** One party's answers, one cell per version in {@link #versions} order. */
  public record Row(String party, String name, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One party's answer to one version.
   *
   * @param version the text version
   * @param released whether the version was released to the party
   * @param verdict the latest answer ({@code accept}, {@code reject}, {@code amend}), or null
   * @param amendments how many changes the latest answer names
   * @param answeredAt when the latest answer came, ISO 8601; null when none
   * @param answers how many answers the party gave to the version
   */
  public record Cell(
      int version,
      boolean released,
      String verdict,
      int amendments,
      String answeredAt,
      int answers) {}

  /** The grid of {@code events} (all visible to a mediator) over {@code state}. */
  public static AnswerGrid of(Negotiation state, List<SeenEvent> events) {
    ZoneId zone = state.day().zone();
    List<Integer> versions = state.texts().stream().map(Text::version).toList();
    List<Row> rows = new ArrayList<>();
    for (String party : state.parties()) {
      List<Cell> cells = new ArrayList<>();
      for (Text text : state.texts()) {
        SeenEvent latest = null;
        int answers = 0;
        for (SeenEvent seen : events) {
          if (seen.event() instanceof ResponseSubmitted r
              && seen.actor().equals(party)
              && r.version() == text.version()) {
            latest = seen;
            answers++;
          }
        }
        ResponseSubmitted answer = latest == null ? null : (ResponseSubmitted) latest.event();
        cells.add(
            new Cell(
                text.version(),
                text.releasedTo().contains(party),
                answer == null ? null : answer.verdict().wire(),
                answer == null ? 0 : answer.amendments().size(),
                latest == null ? null : Times.iso(latest.time(), zone),
                answers));
      }
      rows.add(
          new Row(party, state.participant(party).map(Participant::name).orElse(party), cells));
    }
    return new AnswerGrid(zone.getId(), versions, rows);
  }
}
