package io.parley.spark;

import io.parley.tournament.Plan;
import io.parley.tournament.PlannedNegotiation;
import io.parley.tournament.output.RowSink;
import io.parley.tournament.result.ResultCsv;
import io.parley.tournament.result.ResultRow;
import io.parley.tournament.run.LocalRunner;
import io.parley.tournament.run.NegotiationRunner;
import io.parley.tournament.run.ProgressListener;
import java.io.Serializable;
import java.util.BitSet;
import java.util.Iterator;
import java.util.stream.LongStream;
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
    ResultCsv codec = new ResultCsv(plan.maxParties());
    StringBuilder lines = new StringBuilder();
    RowSink toLines =
        new RowSink() {
          @Override
          public void accept(ResultRow row) {
            lines.append(codec.format(row)).append('\n');
          }

          @Override
          public void close() {}
        };
    // The local runner on one thread: a negotiation that hangs past the config's timeout becomes
    // a hang row here exactly as on a local run.
    new LocalRunner(1, ProgressListener.NONE)
        .run(
            new NegotiationRunner(plan.config()),
            unfinished(plan, finished, slice),
            toLines,
            0,
            slice.to() - slice.from());
    return lines.toString();
  }

  private static Iterator<PlannedNegotiation> unfinished(
      Plan plan, BitSet finished, PlanSlice slice) {
    return LongStream.range(slice.from(), slice.to())
        .filter(index -> !finished.get(Math.toIntExact(index)))
        .mapToObj(plan::get)
        .iterator();
  }
}
