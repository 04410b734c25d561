package io.parley.spark;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;

/**
 * Opens the Spark session of a tournament, failing fast when the master cannot be used: Spark on
 * its own keeps retrying an unreachable standalone master for about a minute, and waits forever for
 * executors from a master without workers.
 */
public final class SparkSessions {
  /** How long the master's address may take to accept a TCP connection. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

  private SparkSessions() {}

  /**
   * A session on {@code master} with at least one executor. For a standalone master, within {@code
   * budget} in all: the master's address is probed, the session is built and the first executor is
   * awaited. A local master has no budget: it only waits for this JVM.
   *
   * @param master where to run
   * @param appName the application's name in Spark's UI and logs
   * @param settings further Spark settings ({@code spark.*} keys); {@code spark.ui.enabled} is
   *     false unless set here
   * @param budget the time allowed for all of it
   * @throws SparkMasterException if the master is unreachable, does not register the application,
   *     or gives it no executor within {@code budget}; nothing is left running then
   */
  public static SparkSession open(
      SparkMaster master, String appName, Map<String, String> settings, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    master.probe(min(PROBE_TIMEOUT, budget));
    SparkSession.Builder builder =
        SparkSession.builder()
            .master(master.url())
            .appName(appName)
            .config("spark.ui.enabled", "false");
    settings.forEach(builder::config);
    if (master.isLocal()) {
      // Nothing to wait for but this JVM, which may be slow to load Spark on a busy machine.
      return builder.getOrCreate();
    }
    ExecutorService starter =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "parley-spark-session");
              t.setDaemon(true);
              return t;
            });
    Future<SparkSession> started = starter.submit(builder::getOrCreate);
    starter.shutdown();
    SparkSession session;
    try {
      session = started.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // Not interrupted: Spark's start-up does not survive an interrupt cleanly; the thread is a
      // daemon and the caller exits.
      started.cancel(false);
      throw new SparkMasterException(
          "the Spark master "
              + master.url()
              + " accepted a connection but did not start the application within "
              + budget.toSeconds()
              + " s: is it a Spark "
              + org.apache.spark.package$.MODULE$.SPARK_VERSION()
              + " master?");
    } catch (ExecutionException e) {
      throw new SparkMasterException(
          "cannot start Spark on " + master.url() + ": " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SparkMasterException("interrupted while starting Spark on " + master.url(), e);
    }
    awaitExecutor(session, master, deadline, budget);
    return session;
  }

  private static void awaitExecutor(
      SparkSession session, SparkMaster master, long deadline, Duration budget) {
    // The driver counts itself among the executors Spark's status tracker lists.
    while (session.sparkContext().statusTracker().getExecutorInfos().length < 2) {
      if (System.nanoTime() > deadline) {
        session.stop();
        throw new SparkMasterException(
            "the Spark master "
                + master.url()
                + " gave the tournament no executor within "
                + budget.toSeconds()
                + " s: is a worker registered with it, with a free core and enough memory?");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        session.stop();
        throw new SparkMasterException("interrupted while waiting for a Spark executor", e);
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
