package io.parley.tournament.score;

import io.parley.tournament.result.ResultRow;
import io.parley.tournament.result.SeatResult;
import java.util.EnumMap;
import java.util.Map;

/** One {@link Statistic} per {@link Measure}: the scores of one competitor (or one breakdown). */
public final class Measures {
  private final Map<Measure, Statistic> stats = new EnumMap<>(Measure.class);

  public Measures() {
    for (Measure m : Measure.values()) {
      stats.put(m, new Statistic());
    }
  }

  /** Adds the row as seen from {@code seat}. */
  public void add(ResultRow row, SeatResult seat) {
    add(row, seat.advantage(), seat.utility());
  }

  /** Adds the row with the given advantage and utility. */
  public void add(ResultRow row, double advantage, double utility) {
    stats.get(Measure.ADVANTAGE).add(advantage);
    stats.get(Measure.UTILITY).add(utility);
    stats.get(Measure.AGREEMENT).add(row.agreement() ? 1 : 0);
    stats.get(Measure.WELFARE).add(row.welfare());
    stats.get(Measure.NASH_OPTIMALITY).add(row.nashOptimality().orElse(Double.NaN));
    stats.get(Measure.KALAI_OPTIMALITY).add(row.kalaiOptimality().orElse(Double.NaN));
    stats.get(Measure.PARETO_OPTIMALITY).add(row.paretoOptimality().orElse(Double.NaN));
  }

  public Statistic get(Measure measure) {
    return stats.get(measure);
  }

  /** How many negotiations were added. */
  public long negotiations() {
    return stats.get(Measure.AGREEMENT).count();
  }
}
