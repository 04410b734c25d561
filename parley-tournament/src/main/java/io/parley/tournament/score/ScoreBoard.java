package io.parley.tournament.score;

import io.parley.tournament.output.RowSink;
import io.parley.tournament.result.ResultRow;
import io.parley.tournament.result.SeatResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scorer: streams rows into per-competitor {@link Measures} (memory grows with competitors,
 * never with negotiations) and ranks competitors by mean advantage.
 *
 * <p>A negotiator scores once per seat it holds. A mediator scores once per negotiation it
 * mediates, with the mean advantage and mean utility of the seats. A failed negotiation counts as
 * one without agreement (every party at its reservation value).
 */
public final class ScoreBoard implements RowSink {
  /** A competitor's scores. */
  public record Score(String competitor, String kind, Measures measures) {}

  private final Map<String, Measures> negotiators = new LinkedHashMap<>();
  private final Map<String, Measures> mediators = new LinkedHashMap<>();

  @Override
  public void accept(ResultRow row) {
    double advantage = 0;
    double utility = 0;
    for (SeatResult seat : row.seats()) {
      negotiators.computeIfAbsent(seat.agent(), k -> new Measures()).add(row, seat);
      advantage += seat.advantage();
      utility += seat.utility();
    }
    if (!row.mediator().isEmpty()) {
      int n = row.seats().size();
      mediators
          .computeIfAbsent(row.mediator(), k -> new Measures())
          .add(row, advantage / n, utility / n);
    }
  }

  @Override
  public void close() {}

  /** Every competitor's scores, negotiators then mediators, each by mean advantage descending. */
  public List<Score> scores() {
    List<Score> result = new ArrayList<>();
    result.addAll(ranked(negotiators, "negotiator"));
    result.addAll(ranked(mediators, "mediator"));
    return result;
  }

  private static List<Score> ranked(Map<String, Measures> map, String kind) {
    List<Score> list = new ArrayList<>();
    map.forEach((name, m) -> list.add(new Score(name, kind, m)));
    list.sort(
        Comparator.comparingDouble((Score s) -> -nanLow(s.measures().get(Measure.ADVANTAGE).mean()))
            .thenComparing(Score::competitor));
    return list;
  }

  private static double nanLow(double v) {
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  /** The header of scores.csv. */
  public static String header() {
    var sb = new StringBuilder("rank,competitor,kind,negotiations");
    for (Measure m : Measure.values()) {
      sb.append(',')
          .append(m.column())
          .append(',')
          .append(m.column())
          .append("_ci_low,")
          .append(m.column())
          .append("_ci_high");
    }
    return sb.toString();
  }

  /**
   * Writes scores.csv: one line per competitor, means and 95 % confidence bounds with six decimals
   * (empty where not computable).
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Path file) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header());
      w.write('\n');
      int rank = 0;
      String kind = "";
      for (Score s : scores()) {
        rank = s.kind().equals(kind) ? rank + 1 : 1;
        kind = s.kind();
        w.write(
            rank + "," + cell(s.competitor()) + "," + s.kind() + "," + s.measures().negotiations());
        for (Measure m : Measure.values()) {
          Statistic st = s.measures().get(m);
          double h = st.halfWidth();
          w.write(
              "," + number(st.mean()) + "," + number(st.mean() - h) + "," + number(st.mean() + h));
        }
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** A number with six decimals; empty for NaN. */
  public static String number(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }

  private static String cell(String text) {
    return text.indexOf(',') >= 0 || text.indexOf('"') >= 0
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
