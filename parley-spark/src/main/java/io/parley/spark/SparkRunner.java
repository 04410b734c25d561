package io.parley.spark;

import io.parley.tournament.Plan;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.RowSink;
import io.parley.tournament.result.ResultCsv;
import io.parley.tournament.run.LocalRunner;
import io.parley.tournament.run.ProgressListener;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a tournament plan on Apache Spark and writes the same files as the local runner.
 *
 * <p>The plan is cut into slices of consecutive indices ({@link PlanSlice}); each Spark task runs
 * one slice on an executor with the tournament's one negotiation function, and returns its rows.
 * The driver fetches slices in plan order, a few jobs ahead of the one it is writing (so executors
 * stay busy), and streams their rows into the results folder exactly as the local runner does: the
 * same rows in the same order, so results.csv, results.parquet, scores.csv and report.html equal
 * the local runner's except for wall times. The driver holds at most two groups of slices at a
 * time, however large the plan.
 *
 * <p>Resuming works as for the local runner: negotiations that already have a row in the folder are
 * skipped (on the executors), and rows are appended, never duplicated.
 *
 * <p>Scenario files are read by the executors from the paths in the plan, so on a cluster they must
 * be at the same paths on every worker (a shared folder); see docs/tournaments-spark.md.
 */
public final class SparkRunner {
  /** Negotiations per Spark task unless given: long enough to dwarf a task's scheduling cost. */
  public static final int DEFAULT_NEGOTIATIONS_PER_TASK = 20_000;

  private static final int TASKS_PER_CORE_AT_LEAST = 4;
  private static final int JOBS_IN_FLIGHT = 2;

  private final SparkSession session;
  private final ProgressListener progress;
  private final int negotiationsPerTask;
  private volatile boolean stopped;

  /**
   * @param session the Spark session to run on; not stopped by this runner
   * @param progress told of progress after every group of tasks and at the end
   * @param negotiationsPerTask how many negotiations a task runs at most, at least 1
   */
  public SparkRunner(SparkSession session, ProgressListener progress, int negotiationsPerTask) {
    if (negotiationsPerTask < 1) {
      throw new IllegalArgumentException(
          "negotiations per task " + negotiationsPerTask + "; expected at least 1");
    }
    this.session = session;
    this.progress = progress;
    this.negotiationsPerTask = negotiationsPerTask;
  }

  /** A runner with {@link #DEFAULT_NEGOTIATIONS_PER_TASK}. */
  public SparkRunner(SparkSession session, ProgressListener progress) {
    this(session, progress, DEFAULT_NEGOTIATIONS_PER_TASK);
  }

  /**
   * Stops the run (Ctrl-C): no Spark job starts after this; the rows of the jobs already running
   * are written as they arrive, unless Spark itself stops first (as it does when its process is
   * interrupted), and {@code --resume} continues where the written rows end.
   */
  public void stop() {
    stopped = true;
  }

  /**
   * Runs the negotiations of {@code folder}'s plan that have no row yet and appends their rows to
   * its results.csv, in plan order.
   *
   * @throws IllegalStateException if a Spark job fails (an executor lost for good, a class missing
   *     on the cluster), with Spark's reason; the rows written before stay
   */
  public LocalRunner.Outcome run(ResultsFolder folder) {
    Plan plan = folder.plan();
    BitSet finished = new BitSet();
    if (folder.finishedCount() > 0) {
      for (long i = 0; i < plan.size(); i++) {
        if (folder.isFinished(i)) {
          finished.set(Math.toIntExact(i));
        }
      }
    }
    try (RowSink sink = folder.results()) {
      return run(plan, finished, sink, folder.codec());
    }
  }

  private LocalRunner.Outcome run(Plan plan, BitSet finished, RowSink sink, ResultCsv codec) {
    long start = System.nanoTime();
    long alreadyDone = finished.cardinality();
    long total = plan.size();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(session.sparkContext());
    int cores = Math.max(1, context.defaultParallelism());
    long wanted =
        Math.max(
            (long) cores * TASKS_PER_CORE_AT_LEAST,
            (total + negotiationsPerTask - 1) / negotiationsPerTask);
    List<PlanSlice> slices = PlanSlice.of(plan, (int) Math.min(Integer.MAX_VALUE, wanted));
    var work = context.broadcast(new SliceTask.Work(plan, finished));
    JavaRDD<String> rows = context.parallelize(slices, slices.size()).map(new SliceTask(work));
    int group = cores * 2;
    String jobGroup = "parley-tournament-" + UUID.randomUUID();
    ExecutorService fetchers =
        Executors.newFixedThreadPool(
            JOBS_IN_FLIGHT,
            r -> {
              Thread t = new Thread(r, "parley-spark-fetch");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<List<String>[]>> inFlight = new ArrayDeque<>();
    long written = 0;
    int next = 0;
    try {
      while (true) {
        while (!stopped && inFlight.size() < JOBS_IN_FLIGHT && next < slices.size()) {
          int[] ids = IntStream.range(next, Math.min(slices.size(), next + group)).toArray();
          next += ids.length;
          inFlight.add(
              fetchers.submit(
                  () -> {
                    context.setJobGroup(
                        jobGroup, "parley tournament " + plan.config().name(), true);
                    return rows.collectPartitions(ids);
                  }));
        }
        Future<List<String>[]> head = inFlight.poll();
        if (head == null) {
          break;
        }
        for (List<String> partition : await(head)) {
          for (String text : partition) {
            written += write(text, sink, codec);
          }
        }
        progress.progress(alreadyDone + written, total, System.nanoTime() - start);
      }
    } catch (RuntimeException e) {
      context.cancelJobGroup(jobGroup);
      throw e;
    } finally {
      fetchers.shutdownNow();
      work.destroy();
    }
    progress.progress(alreadyDone + written, total, System.nanoTime() - start);
    return new LocalRunner.Outcome(
        written, alreadyDone + written, total, !stopped && next == slices.size());
  }

  private static List<String>[] await(Future<List<String>[]> job) {
    try {
      return job.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException(
          "a Spark job of the tournament failed: " + cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Spark", e);
    }
  }

  private static long write(String lines, RowSink sink, ResultCsv codec) {
    long count = 0;
    int from = 0;
    while (from < lines.length()) {
      int end = lines.indexOf('\n', from);
      sink.accept(codec.parse(lines.substring(from, end)));
      count++;
      from = end + 1;
    }
    return count;
  }
}
