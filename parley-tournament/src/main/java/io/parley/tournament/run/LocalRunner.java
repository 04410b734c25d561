package io.parley.tournament.run;

import io.parley.tournament.Plan;
import io.parley.tournament.PlannedNegotiation;
import io.parley.tournament.ScenarioCache;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.RowSink;
import io.parley.tournament.result.Failure;
import io.parley.tournament.result.ResultRow;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs a plan on this machine's cores: worker threads run {@link NegotiationRunner} on planned
 * negotiations while the calling thread hands the rows to a {@link RowSink} in plan order (a
 * bounded window of negotiations is in flight, so memory does not grow with the plan).
 *
 * <p>A negotiation still running after the config's negotiation timeout becomes a {@code hang}
 * failure row: its thread is interrupted (the engine stops between steps) and, if the agent ignores
 * that, abandoned and replaced, so the tournament goes on at full width. {@link #stop()} (Ctrl-C)
 * stops starting negotiations, lets those running finish and hands over every finished row.
 */
public final class LocalRunner {
  private static final int WINDOW_PER_THREAD = 64;
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final int threads;
  private final ProgressListener progress;
  private volatile boolean stopped;

  /**
   * @param threads worker threads, at least 1; {@link #defaultThreads()} uses every core
   * @param progress told of progress at most every 100 ms and at the end
   */
  public LocalRunner(int threads, ProgressListener progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("parallelism " + threads + "; expected at least 1");
    }
    this.threads = threads;
    this.progress = progress;
  }

  /** One worker per available processor. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Stops the run: no negotiation starts after this; running ones finish and are handed over. */
  public void stop() {
    stopped = true;
  }

  /** Whether {@link #stop()} was called. */
  public boolean isStopped() {
    return stopped;
  }

  /** What a run did. */
  public record Outcome(long written, long done, long total, boolean complete) {}

  /**
   * Runs the negotiations of {@code folder}'s plan that have no row yet and appends their rows to
   * its results.csv.
   */
  public Outcome run(ResultsFolder folder) {
    Plan plan = folder.plan();
    Iterator<PlannedNegotiation> pending = unfinished(plan, folder);
    try (RowSink sink = folder.results()) {
      return run(
          new NegotiationRunner(plan.config()), pending, sink, folder.finishedCount(), plan.size());
    }
  }

  /**
   * Runs {@code negotiations} (in the order given) and hands their rows to {@code sink} in that
   * order. Usable by any runner that has a slice of a plan (a Spark partition).
   *
   * @param alreadyDone negotiations finished before, for progress
   * @param total the plan's size, for progress
   */
  public Outcome run(
      NegotiationRunner runner,
      Iterator<PlannedNegotiation> negotiations,
      RowSink sink,
      long alreadyDone,
      long total) {
    return run(runner, runner::run, negotiations, sink, alreadyDone, total);
  }

  /** {@link #run(NegotiationRunner, Iterator, RowSink, long, long)} with another work function. */
  Outcome run(
      NegotiationRunner runner,
      Function<PlannedNegotiation, ResultRow> work,
      Iterator<PlannedNegotiation> negotiations,
      RowSink sink,
      long alreadyDone,
      long total) {
    long timeoutNanos = runner.config().negotiationTimeout().toNanos();
    AtomicInteger width = new AtomicInteger(threads);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "parley-tournament-" + width.get());
              t.setDaemon(true);
              return t;
            });
    long start = System.nanoTime();
    long lastReport = 0;
    long written = 0;
    ArrayDeque<Task> window = new ArrayDeque<>();
    int windowSize = threads * WINDOW_PER_THREAD;
    try {
      while (true) {
        while (!stopped && window.size() < windowSize && negotiations.hasNext()) {
          PlannedNegotiation planned = negotiations.next();
          Task task = new Task(planned);
          task.future = pool.submit(() -> task.run(work));
          window.add(task);
        }
        Task head = window.peek();
        if (head == null) {
          break;
        }
        ResultRow row = await(head, runner, pool, timeoutNanos);
        if (row != null) {
          window.poll();
          sink.accept(row);
          written++;
        } else if (head.future.isCancelled()) {
          window.poll();
        }
        if (stopped) {
          for (Task t : window) {
            if (t.started.get() == 0) {
              t.future.cancel(false);
            }
          }
        }
        long now = System.nanoTime();
        if (now - lastReport > POLL_NANOS) {
          progress.progress(alreadyDone + written, total, now - start);
          lastReport = now;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    progress.progress(alreadyDone + written, total, System.nanoTime() - start);
    boolean complete = !negotiations.hasNext() && !stopped;
    return new Outcome(written, alreadyDone + written, total, complete);
  }

  /** The head's row when ready, or null after a short wait (to report progress and check stop). */
  private static ResultRow await(
      Task task, NegotiationRunner runner, ThreadPoolExecutor pool, long timeoutNanos) {
    try {
      return task.future.get(POLL_NANOS, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      long started = task.started.get();
      if (started != 0 && System.nanoTime() - started > timeoutNanos) {
        task.future.cancel(true);
        // The worker may ignore the interrupt; replace it so the pool keeps its width.
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        return hang(task.planned, runner);
      }
      return null;
    } catch (CancellationException e) {
      return null;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String message =
          cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      return runner.failure(
          task.planned,
          ScenarioCache.get(task.planned.scenario()),
          new Failure("", "crash", message),
          System.nanoTime());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the tournament runner was interrupted", e);
    }
  }

  private static ResultRow hang(PlannedNegotiation planned, NegotiationRunner runner) {
    return runner
        .failure(
            planned,
            ScenarioCache.get(planned.scenario()),
            new Failure("", "hang", runner.hangMessage()),
            System.nanoTime())
        .withWallTime(runner.config().negotiationTimeout().toMillis());
  }

  private static Iterator<PlannedNegotiation> unfinished(Plan plan, ResultsFolder folder) {
    return new Iterator<>() {
      private long next = advance(0);

      private long advance(long from) {
        long i = from;
        while (i < plan.size() && folder.isFinished(i)) {
          i++;
        }
        return i;
      }

      @Override
      public boolean hasNext() {
        return next < plan.size();
      }

      @Override
      public PlannedNegotiation next() {
        PlannedNegotiation p = plan.get(next);
        next = advance(next + 1);
        return p;
      }
    };
  }

  private static final class Task {
    final PlannedNegotiation planned;
    final AtomicLong started = new AtomicLong();
    Future<ResultRow> future;

    Task(PlannedNegotiation planned) {
      this.planned = planned;
    }

    ResultRow run(Function<PlannedNegotiation, ResultRow> work) {
      started.set(System.nanoTime());
      return work.apply(planned);
    }
  }
}
