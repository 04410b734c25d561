package io.parley.tournament;

import io.parley.analysis.BenchScenarios;
import io.parley.interop.ScenarioWriter;
import io.parley.protocol.ProtocolKind;
import io.parley.strategy.Strategies;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.RowSink;
import io.parley.tournament.result.ResultRow;
import io.parley.tournament.run.LocalRunner;
import io.parley.tournament.run.NegotiationRunner;
import io.parley.tournament.run.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Negotiations per minute of the local tournament runner (a bench main, not JMH: one tournament is
 * one long measurement). Two-party scenarios of 10^3 outcomes ({@link BenchScenarios}, 3 issues of
 * 10 values, reservation 0.3), 100-round deadlines, alternating offers, rotating roles with
 * self-play.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.parley.tournament.TournamentBench
 * [time-dependent|all] [negotiations] [threads] [csv|discard]}. {@code time-dependent}: boulware,
 * linear and conceder; {@code all}: every shipped negotiator. With {@code csv} the rows go to
 * results.csv in a temporary folder, as {@code parley tournament} writes them; with {@code discard}
 * they are counted only. A first pass of a tenth of the negotiations warms the JIT and is not
 * counted. Also prints the heap in use after a full collection at the end, which does not grow with
 * the negotiations.
 */
public final class TournamentBench {
  private TournamentBench() {}

  public static void main(String[] args) throws IOException {
    String field = args.length > 0 ? args[0] : "time-dependent";
    long negotiations = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : LocalRunner.defaultThreads();
    boolean csv = args.length > 3 && args[3].equals("csv");
    List<String> names =
        field.equals("all")
            ? Strategies.negotiatorNames()
            : List.of("boulware", "linear", "conceder");
    Path dir = Files.createTempDirectory("parley-tournament-bench");
    List<ScenarioRef> scenarios = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      Path file = dir.resolve("scenario-" + s + ".yaml");
      ScenarioWriter.write(BenchScenarios.linear(2, 3, 0.3), file);
      scenarios.add(new ScenarioRef("scenario-" + s + ".yaml", List.of(file.toString())));
    }
    long seatings = (long) names.size() * names.size() * scenarios.size();
    int repetitions = (int) Math.max(1, negotiations / seatings);
    TournamentConfig config =
        new TournamentConfig(
            "bench",
            scenarios,
            names.stream().map(Competitor::of).toList(),
            List.of(),
            List.of(ProtocolKind.ALTERNATING_OFFERS),
            new Deadline.Rounds(100),
            repetitions,
            1,
            true,
            true,
            List.of(),
            Duration.ofSeconds(60),
            Duration.ZERO);
    Plan plan = Tournament.plan(config);
    NegotiationRunner runner = new NegotiationRunner(config);
    long warm = plan.size() / 10;
    new LocalRunner(threads, ProgressListener.NONE)
        .run(runner, plan.iterator(0, warm), new Discard(), 0, warm);
    long start = System.nanoTime();
    LocalRunner.Outcome outcome;
    if (csv) {
      ResultsFolder folder = ResultsFolder.create(dir.resolve("out"), plan);
      try (RowSink sink = folder.results()) {
        outcome =
            new LocalRunner(threads, ProgressListener.NONE)
                .run(runner, plan.iterator(0, plan.size()), sink, 0, plan.size());
      }
    } else {
      Discard sink = new Discard();
      outcome =
          new LocalRunner(threads, ProgressListener.NONE)
              .run(runner, plan.iterator(0, plan.size()), sink, 0, plan.size());
      System.out.printf(Locale.ROOT, "agreements: %.1f%%%n", 100.0 * sink.agreements / sink.rows);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "%s field (%d competitors), %d negotiations on %d threads, rows %s: %.1f s, %.0f"
            + " negotiations/minute; heap in use after GC %.1f MB%n",
        field,
        names.size(),
        outcome.written(),
        threads,
        csv ? "to results.csv" : "discarded",
        seconds,
        outcome.written() / seconds * 60,
        (rt.totalMemory() - rt.freeMemory()) / 1e6);
  }

  private static final class Discard implements RowSink {
    long rows;
    long agreements;

    @Override
    public void accept(ResultRow row) {
      rows++;
      agreements += row.agreement() ? 1 : 0;
    }

    @Override
    public void close() {}
  }
}
