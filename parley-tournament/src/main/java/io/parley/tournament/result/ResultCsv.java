package io.parley.tournament.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one text form of a {@link ResultRow}: a line of results.csv (RFC 4180 quoting, one record per
 * line: line breaks inside messages become spaces). Numbers are written with {@link
 * Double#toString}, which reads back to the same double, so a row survives a round trip exactly.
 *
 * <p>Columns: {@code index, key, scenario, protocol, mediator, repetition, seed}, then for each
 * seat {@code i} from 1 to {@code parties}: {@code party_i, agent_i, utility_i, reservation_i,
 * advantage_i} (empty for scenarios with fewer parties), then {@code agreement} ({@code yes} or
 * {@code no}), {@code outcome, welfare, pareto_optimality, nash_optimality, kalai_optimality,
 * rounds, end, failure_seat, failure_kind, failure_message, wall_time_ms} (always last).
 */
public final class ResultCsv {
  private static final List<String> HEAD =
      List.of("index", "key", "scenario", "protocol", "mediator", "repetition", "seed");
  private static final List<String> SEAT =
      List.of("party", "agent", "utility", "reservation", "advantage");
  private static final List<String> TAIL =
      List.of(
          "agreement",
          "outcome",
          "welfare",
          "pareto_optimality",
          "nash_optimality",
          "kalai_optimality",
          "rounds",
          "end",
          "failure_seat",
          "failure_kind",
          "failure_message",
          "wall_time_ms");

  private final int parties;
  private final List<String> columns;

  /**
   * A codec for rows of up to {@code parties} seats.
   *
   * @throws IllegalArgumentException if {@code parties < 1}
   */
  public ResultCsv(int parties) {
    if (parties < 1) {
      throw new IllegalArgumentException("results need at least one seat column, got " + parties);
    }
    this.parties = parties;
    List<String> c = new ArrayList<>(HEAD);
    for (int i = 1; i <= parties; i++) {
      for (String s : SEAT) {
        c.add(s + "_" + i);
      }
    }
    c.addAll(TAIL);
    this.columns = List.copyOf(c);
  }

  /**
   * The codec of a results.csv whose first line is {@code header}.
   *
   * @throws IllegalArgumentException if the header is not one this codec writes
   */
  public static ResultCsv ofHeader(String header) {
    List<String> names = split(header);
    int seatColumns = names.size() - HEAD.size() - TAIL.size();
    if (seatColumns < SEAT.size() || seatColumns % SEAT.size() != 0) {
      throw new IllegalArgumentException("not a results.csv header: " + header);
    }
    ResultCsv codec = new ResultCsv(seatColumns / SEAT.size());
    if (!codec.columns.equals(names)) {
      throw new IllegalArgumentException("not a results.csv header: " + header);
    }
    return codec;
  }

  /** The number of seat column groups. */
  public int parties() {
    return parties;
  }

  /** The column names, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The header line, without a line break. */
  public String header() {
    return String.join(",", columns);
  }

  /**
   * The row as a line, without a line break.
   *
   * @throws IllegalArgumentException if the row has more seats than this codec's columns
   */
  public String format(ResultRow row) {
    if (row.seats().size() > parties) {
      throw new IllegalArgumentException(
          "row " + row.key() + " has " + row.seats().size() + " seats; columns hold " + parties);
    }
    List<String> cells = new ArrayList<>(columns.size());
    cells.add(Long.toString(row.index()));
    cells.add(row.key());
    cells.add(row.scenario());
    cells.add(row.protocol());
    cells.add(row.mediator());
    cells.add(Integer.toString(row.repetition()));
    cells.add(Long.toString(row.seed()));
    for (int i = 0; i < parties; i++) {
      if (i < row.seats().size()) {
        SeatResult s = row.seats().get(i);
        cells.add(s.party());
        cells.add(s.agent());
        cells.add(Double.toString(s.utility()));
        cells.add(Double.toString(s.reservation()));
        cells.add(Double.toString(s.advantage()));
      } else {
        for (int j = 0; j < SEAT.size(); j++) {
          cells.add("");
        }
      }
    }
    cells.add(row.agreement() ? "yes" : "no");
    cells.add(row.outcome());
    cells.add(Double.toString(row.welfare()));
    cells.add(number(row.paretoOptimality()));
    cells.add(number(row.nashOptimality()));
    cells.add(number(row.kalaiOptimality()));
    cells.add(Integer.toString(row.rounds()));
    cells.add(row.end());
    cells.add(row.failure().map(Failure::seat).orElse(""));
    cells.add(row.failure().map(Failure::kind).orElse(""));
    cells.add(row.failure().map(Failure::message).orElse(""));
    cells.add(Double.toString(row.wallTimeMillis()));
    var line = new StringBuilder(256);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      quote(line, cells.get(i));
    }
    return line.toString();
  }

  /**
   * The row a line holds.
   *
   * @throws IllegalArgumentException if the line is not a row of this codec's columns, saying why
   */
  public ResultRow parse(String line) {
    List<String> c = split(line);
    if (c.size() != columns.size()) {
      throw new IllegalArgumentException(
          "expected " + columns.size() + " columns, got " + c.size());
    }
    try {
      int at = HEAD.size();
      List<SeatResult> seats = new ArrayList<>();
      for (int i = 0; i < parties; i++, at += SEAT.size()) {
        if (!c.get(at).isEmpty()) {
          seats.add(
              new SeatResult(
                  c.get(at),
                  c.get(at + 1),
                  Double.parseDouble(c.get(at + 2)),
                  Double.parseDouble(c.get(at + 3)),
                  Double.parseDouble(c.get(at + 4))));
        }
      }
      String agreement = c.get(at);
      if (!agreement.equals("yes") && !agreement.equals("no")) {
        throw new IllegalArgumentException("agreement '" + agreement + "'; expected yes or no");
      }
      Optional<Failure> failure =
          c.get(at + 9).isEmpty()
              ? Optional.empty()
              : Optional.of(new Failure(c.get(at + 8), c.get(at + 9), c.get(at + 10)));
      return new ResultRow(
          Long.parseLong(c.get(0)),
          c.get(1),
          c.get(2),
          c.get(3),
          c.get(4),
          Integer.parseInt(c.get(5)),
          Long.parseLong(c.get(6)),
          seats,
          agreement.equals("yes"),
          c.get(at + 1),
          Double.parseDouble(c.get(at + 2)),
          optional(c.get(at + 3)),
          optional(c.get(at + 4)),
          optional(c.get(at + 5)),
          Integer.parseInt(c.get(at + 6)),
          c.get(at + 7),
          failure,
          Double.parseDouble(c.get(at + 11)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a number column holds " + e.getMessage(), e);
    }
  }

  /** The key of a row line, without parsing the rest (for {@code --resume}). */
  public static String keyOf(String line) {
    List<String> c = split(line);
    if (c.size() < 2) {
      throw new IllegalArgumentException("not a results row: " + line);
    }
    return c.get(1);
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
  }

  private static OptionalDouble optional(String cell) {
    return cell.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(cell));
  }

  private static void quote(StringBuilder line, String cell) {
    String clean = cell.replace('\r', ' ').replace('\n', ' ');
    boolean needs = clean.indexOf(',') >= 0 || clean.indexOf('"') >= 0;
    if (!needs) {
      line.append(clean);
      return;
    }
    line.append('"').append(clean.replace("\"", "\"\"")).append('"');
  }

  /** The cells of one CSV line. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("an unterminated quote in: " + line);
    }
    cells.add(cell.toString());
    return cells;
  }
}
