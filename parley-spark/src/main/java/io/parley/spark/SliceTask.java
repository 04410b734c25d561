package io.parley.spark;

import io.parley.tournament.Plan;
import io.parley.tournament.PlannedNegotiation;
import io.parley.tournament.result.ResultCsv;
import io.parley.tournament.run.NegotiationRunner;
import java.io.Serializable;
import java.util.BitSet;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * What an executor does with one {@link PlanSlice}: runs every negotiation of the slice that has no
 * row yet with the tournament's one negotiation function ({@link NegotiationRunner}) and returns
 * their rows as results.csv lines, in plan order, joined by line breaks. Rows travel as text
 * because {@link ResultCsv} is their one exact codec; the driver parses them back.
 */
final class SliceTask implements Function<PlanSlice, String> {
  private static final long serialVersionUID = 1L;

  /** The plan and which of its negotiations already have a row, shipped once per executor. */
  record Work(Plan plan, BitSet finished) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final Broadcast<Work> work;

  SliceTask(Broadcast<Work> work) {
    this.work = work;
  }

  @Override
  public String call(PlanSlice slice) {
    Plan plan = work.value().plan();
    BitSet finished = work.value().finished();
    NegotiationRunner runner = new NegotiationRunner(plan.config());
    ResultCsv codec = new ResultCsv(plan.maxParties());
    StringBuilder lines = new StringBuilder();
    for (long index = slice.from(); index < slice.to(); index++) {
      if (finished.get(Math.toIntExact(index))) {
        continue;
      }
      PlannedNegotiation planned = plan.get(index);
      lines.append(codec.format(runner.run(planned))).append('\n');
    }
    return lines.toString();
  }
}
