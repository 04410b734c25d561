package io.parley.protocol;

import io.parley.run.RunConfiguration;
import io.parley.run.RunOptions;
import io.parley.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Not a JMH benchmark: the loops of {@link DefaultPathStepBenchmark} and {@link
 * DefaultPathNegotiationBenchmark} (the default path, budget and all, no event log) timed by the
 * calling thread's CPU time as well as the wall clock, for a machine shared with other work, where
 * the wall clock mostly measures the wait for a core. The step loop runs on the calling thread, so
 * its CPU time is the steps' own (the garbage collector's threads are not counted); whole
 * negotiations run on a run thread, so for them only the wall clock is given.
 *
 * <p>{@code java -cp parley-bench/target/benchmarks.jar io.parley.protocol.DefaultPathCpuLoop step
 * 1000 8}: mode {@code step} or {@code negotiate}, the number of outcomes (a power of 10), seconds.
 */
public final class DefaultPathCpuLoop {
  private DefaultPathCpuLoop() {}

  /** Runs the loop named by {@code args} and prints its rates. */
  public static void main(String[] args) {
    if (args.length != 3 || !(args[0].equals("step") || args[0].equals("negotiate"))) {
      System.err.println("usage: DefaultPathCpuLoop step|negotiate OUTCOMES SECONDS");
      System.exit(2);
    }
    Scenario scenario = BenchNegotiations.scenario(Long.parseLong(args[1]));
    long nanos = Long.parseLong(args[2]) * 1_000_000_000L;
    if (args[0].equals("step")) {
      step(scenario, nanos, args[1]);
    } else {
      negotiate(scenario, nanos, args[1]);
    }
  }

  private static void step(Scenario scenario, long nanos, String size) {
    RunOptions defaults = RunOptions.DEFAULTS;
    RunOptions options =
        new RunOptions(
            defaults.protocol(),
            defaults.negotiators(),
            defaults.mediatorStrategy(),
            defaults.leadMediator(),
            OptionalInt.of(StepBenchmark.DEADLINE_ROUNDS),
            defaults.seed(),
            defaults.callBudget(),
            Optional.empty());
    Mechanism mechanism =
        Mechanisms.create(RunConfiguration.builder(scenario, options).retainEvents(false).build());
    mechanism.step(); // the agents' start and the session's opening, as in the benchmark's setup
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long steps = 0;
    while (System.nanoTime() - wall0 < nanos) {
      for (int i = 0; i < 1000; i++) {
        mechanism.step();
      }
      steps += 1000;
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "step, %s outcomes: %d steps, %.0f steps/s wall clock, %.0f steps per CPU-second%n",
        size,
        steps,
        steps / wall,
        steps / cpu);
  }

  private static void negotiate(Scenario scenario, long nanos, String size) {
    long wall0 = System.nanoTime();
    long negotiations = 0;
    long[] events = {0};
    while (System.nanoTime() - wall0 < nanos) {
      Mechanisms.create(
              RunConfiguration.builder(scenario, RunOptions.DEFAULTS).retainEvents(false).build())
          .run(event -> events[0]++);
      negotiations++;
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "negotiate, %s outcomes: %d negotiations (%d events), %.1f negotiations/s wall clock%n",
        size,
        negotiations,
        events[0],
        negotiations / wall);
  }
}
