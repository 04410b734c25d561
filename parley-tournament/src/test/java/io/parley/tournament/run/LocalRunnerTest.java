package io.parley.tournament.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.tournament.Fixtures;
import io.parley.tournament.Plan;
import io.parley.tournament.PlannedNegotiation;
import io.parley.tournament.Tournament;
import io.parley.tournament.TournamentConfig;
import io.parley.tournament.TournamentConfigReader;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.RowSink;
import io.parley.tournament.output.TournamentOutputs;
import io.parley.tournament.result.ResultRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunnerTest {
  @TempDir Path dir;

  private static final class Collect implements RowSink {
    final List<ResultRow> rows = new ArrayList<>();

    @Override
    public void accept(ResultRow row) {
      rows.add(row);
    }

    @Override
    public void close() {}
  }

  private Plan plan(String extra) {
    return Tournament.plan(TournamentConfigReader.read(Fixtures.tournament(dir, extra)));
  }

  private static List<ResultRow> run(Plan plan, int threads) {
    Collect sink = new Collect();
    NegotiationRunner runner = new NegotiationRunner(plan.config());
    new LocalRunner(threads, ProgressListener.NONE)
        .run(runner, plan.iterator(0, plan.size()), sink, 0, plan.size());
    return sink.rows.stream().map(r -> r.withWallTime(0)).toList();
  }

  @Test
  void sameConfig_givesTheSameRows_withOneThreadOrMany() {
    Plan plan = plan("repetitions: 2\n");
    List<ResultRow> one = run(plan, 1);
    List<ResultRow> many = run(plan, 4);
    assertThat(one).hasSize((int) plan.size());
    assertThat(many).isEqualTo(one);
    assertThat(one).extracting(ResultRow::index).isSorted();
    assertThat(one).anyMatch(ResultRow::agreement);
    // the seed matters: random agents meet differently in the two repetitions of a pairing
    assertThat(one.stream().map(ResultRow::outcome).distinct().count()).isGreaterThan(3);
  }

  @Test
  void aCrashingNegotiation_becomesAFailureRow_andTheRestRun() {
    Plan plan = plan("");
    Collect sink = new Collect();
    NegotiationRunner runner = new NegotiationRunner(plan.config());
    new LocalRunner(2, ProgressListener.NONE)
        .run(
            runner,
            p -> {
              if (p.index() == 3) {
                throw new IllegalStateException("boom");
              }
              return runner.run(p);
            },
            plan.iterator(0, plan.size()),
            sink,
            0,
            plan.size());
    assertThat(sink.rows).hasSize((int) plan.size());
    ResultRow crashed = sink.rows.get(3);
    assertThat(crashed.end()).isEqualTo("failure");
    assertThat(crashed.failure().orElseThrow().kind()).isEqualTo("crash");
    assertThat(crashed.failure().orElseThrow().message()).contains("boom");
    assertThat(crashed.agreement()).isFalse();
  }

  @Test
  void aHangingNegotiation_becomesAHangRow_andTheRestRun() {
    Plan plan = plan("negotiation_timeout_seconds: 0.3\n");
    Collect sink = new Collect();
    NegotiationRunner runner = new NegotiationRunner(plan.config());
    new LocalRunner(2, ProgressListener.NONE)
        .run(
            runner,
            p -> {
              if (p.index() == 5) {
                while (true) {
                  // an agent that never returns and ignores interrupts
                  Thread.onSpinWait();
                }
              }
              return runner.run(p);
            },
            plan.iterator(0, 20),
            sink,
            0,
            20);
    assertThat(sink.rows).hasSize(20);
    assertThat(sink.rows.get(5).failure().orElseThrow().kind()).isEqualTo("hang");
    assertThat(sink.rows.stream().filter(r -> r.failure().isPresent())).hasSize(1);
  }

  @Test
  void stop_keepsFinishedRows_andResumeCompletesWithoutDuplicates() {
    Plan plan = plan("repetitions: 3\n");
    ResultsFolder folder = ResultsFolder.create(dir.resolve("out"), plan);
    LocalRunner first = new LocalRunner(2, ProgressListener.NONE);
    AtomicLong seen = new AtomicLong();
    NegotiationRunner runner = new NegotiationRunner(plan.config());
    LocalRunner.Outcome partial;
    try (RowSink sink = folder.results()) {
      partial =
          first.run(
              runner,
              p -> {
                if (seen.incrementAndGet() == 50) {
                  first.stop();
                }
                return runner.run(p);
              },
              plan.iterator(0, plan.size()),
              sink,
              0,
              plan.size());
    }
    assertThat(partial.complete()).isFalse();
    assertThat(partial.written()).isBetween(1L, plan.size() - 1);

    ResultsFolder resumed = ResultsFolder.resume(dir.resolve("out"), plan);
    assertThat(resumed.finishedCount()).isEqualTo(partial.written());
    LocalRunner.Outcome rest = new LocalRunner(3, ProgressListener.NONE).run(resumed);
    assertThat(rest.complete()).isTrue();
    assertThat(rest.written()).isEqualTo(plan.size() - partial.written());

    List<ResultRow> rows = new ArrayList<>();
    TournamentOutputs.forEachRow(dir.resolve("out/results.csv"), rows::add);
    Set<String> keys = new HashSet<>();
    rows.forEach(r -> assertThat(keys.add(r.key())).isTrue());
    assertThat(keys).hasSize((int) plan.size());
    // and they are the rows an uninterrupted run makes
    List<ResultRow> sorted =
        rows.stream()
            .map(r -> r.withWallTime(0))
            .sorted(java.util.Comparator.comparingLong(ResultRow::index))
            .toList();
    assertThat(sorted).isEqualTo(run(plan, 2));
  }

  @Test
  void memoryStaysFlat_whileRowsStreamThrough() {
    TournamentConfig config =
        TournamentConfigReader.read(Fixtures.tournament(dir, "repetitions: 100000\n"));
    Plan plan = Tournament.plan(config);
    NegotiationRunner runner = new NegotiationRunner(config);
    ResultRow template = runner.run(plan.get(0));
    long[] heap = new long[2];
    AtomicLong count = new AtomicLong();
    RowSink sink =
        new RowSink() {
          @Override
          public void accept(ResultRow row) {
            long n = count.incrementAndGet();
            if (n == 100_000 || n == 1_000_000) {
              System.gc();
              Runtime rt = Runtime.getRuntime();
              heap[n == 100_000 ? 0 : 1] = rt.totalMemory() - rt.freeMemory();
            }
          }

          @Override
          public void close() {}
        };
    PlannedNegotiation[] unused = new PlannedNegotiation[0];
    new LocalRunner(2, ProgressListener.NONE)
        .run(runner, p -> template, plan.iterator(0, 1_000_000), sink, 0, 1_000_000);
    assertThat(count.get()).isEqualTo(1_000_000);
    assertThat(unused).isEmpty();
    // ten times the rows, no more than a few megabytes more heap
    assertThat(heap[1] - heap[0]).isLessThan(16L << 20);
  }
}
