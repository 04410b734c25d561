package io.parley.spark;

import io.parley.tournament.Plan;
import io.parley.tournament.Tournament;
import io.parley.tournament.TournamentConfig;
import io.parley.tournament.TournamentConfigReader;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.RowSink;
import io.parley.tournament.result.ResultRow;
import io.parley.tournament.run.LocalRunner;
import io.parley.tournament.run.NegotiationRunner;
import io.parley.tournament.run.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark runner on {@code local[N]} against the local runner on N threads, on the same plan (a
 * bench main, not a test: one tournament is one long measurement; run by scripts/spark-bench.sh).
 * Two-party scenarios of 10^3 outcomes (src/test/resources/bench/bench-1e3.yaml, four copies),
 * 100-round deadlines, alternating offers, the time-dependent agents (boulware, linear, conceder)
 * in every seating with self-play; both runners write results.csv, and the bench checks that the
 * two files agree in every column but wall time.
 *
 * <p>Usage: {@code SparkRunnerBench [negotiations=1000000] [cores=2]}. A first local pass of a
 * tenth of the negotiations warms the JIT (the local[N] executors share this JVM); Spark's start is
 * timed apart and not counted.
 */
public final class SparkRunnerBench {
  private SparkRunnerBench() {}

  public static void main(String[] args) throws IOException {
    long negotiations = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int cores = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path dir = Files.createTempDirectory("parley-spark-bench");
    Plan plan = Tournament.plan(config(dir, negotiations));
    System.out.printf(Locale.ROOT, "plan: %d negotiations in %s%n", plan.size(), dir);

    NegotiationRunner warmRunner = new NegotiationRunner(plan.config());
    long warm = plan.size() / 10;
    new LocalRunner(cores, ProgressListener.NONE)
        .run(warmRunner, plan.iterator(0, warm), new Discard(), 0, warm);

    ResultsFolder local = ResultsFolder.create(dir.resolve("local"), plan);
    long start = System.nanoTime();
    LocalRunner.Outcome localOutcome = new LocalRunner(cores, ProgressListener.NONE).run(local);
    double localSeconds = (System.nanoTime() - start) / 1e9;
    report("local runner, " + cores + " threads", localOutcome.written(), localSeconds);

    start = System.nanoTime();
    SparkSession session =
        SparkSessions.open(
            SparkMaster.parse("local[" + cores + "]"),
            "parley-spark-bench",
            Map.of(),
            java.time.Duration.ofMinutes(2));
    System.out.printf(
        Locale.ROOT,
        "Spark local[%d] session started in %.1f s%n",
        cores,
        (System.nanoTime() - start) / 1e9);
    try {
      ResultsFolder spark = ResultsFolder.create(dir.resolve("spark"), plan);
      start = System.nanoTime();
      LocalRunner.Outcome sparkOutcome = new SparkRunner(session, ProgressListener.NONE).run(spark);
      double sparkSeconds = (System.nanoTime() - start) / 1e9;
      report("Spark local[" + cores + "]", sparkOutcome.written(), sparkSeconds);
      System.out.printf(
          Locale.ROOT,
          "Spark / local wall time: %.2f (target: at most 2)%n",
          sparkSeconds / localSeconds);
      System.out.println(
          "results.csv equal but for wall time: "
              + sameButWallTime(
                  local.folder().resolve(ResultsFolder.RESULTS),
                  spark.folder().resolve(ResultsFolder.RESULTS)));
    } finally {
      session.stop();
    }
  }

  private static TournamentConfig config(Path dir, long negotiations) throws IOException {
    List<String> names = List.of("boulware", "linear", "conceder");
    List<String> scenarios = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      Path file = dir.resolve("scenario-" + s + ".yaml");
      try (InputStream in = SparkRunnerBench.class.getResourceAsStream("/bench/bench-1e3.yaml")) {
        Files.copy(in, file);
      }
      scenarios.add(file.getFileName().toString());
    }
    long seatings = (long) names.size() * names.size() * scenarios.size();
    Path config = dir.resolve("bench.yaml");
    Files.writeString(
        config,
        "name: spark-bench\n"
            + "scenarios: ["
            + String.join(", ", scenarios)
            + "]\n"
            + "competitors: ["
            + String.join(", ", names)
            + "]\n"
            + "protocols: [alternating-offers]\n"
            + "deadline: {rounds: 100}\n"
            + "repetitions: "
            + Math.max(1, negotiations / seatings)
            + "\nseed: 1\n",
        StandardCharsets.UTF_8);
    return TournamentConfigReader.read(config);
  }

  private static void report(String what, long rows, double seconds) {
    System.out.printf(
        Locale.ROOT,
        "%s: %d negotiations in %.1f s, %.0f negotiations/minute (rows to results.csv)%n",
        what,
        rows,
        seconds,
        rows / seconds * 60);
  }

  private static boolean sameButWallTime(Path a, Path b) throws IOException {
    try (BufferedReader ra = Files.newBufferedReader(a, StandardCharsets.UTF_8);
        BufferedReader rb = Files.newBufferedReader(b, StandardCharsets.UTF_8)) {
      while (true) {
        String la = ra.readLine();
        String lb = rb.readLine();
        if (la == null || lb == null) {
          return la == lb;
        }
        if (!la.substring(0, la.lastIndexOf(',')).equals(lb.substring(0, lb.lastIndexOf(',')))) {
          return false;
        }
      }
    }
  }

  private static final class Discard implements RowSink {
    @Override
    public void accept(ResultRow row) {}

    @Override
    public void close() {}
  }
}
