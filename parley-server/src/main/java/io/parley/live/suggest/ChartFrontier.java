package io.parley.live.suggest;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.ParetoFrontier;
import io.parley.analysis.ParetoPoint;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The Pareto frontier the mediators' chart draws, computed by the analysis's own exact algorithm
 * ({@link ParetoFrontier}) within a budget an HTTP request can afford, and cached per basis (the
 * scenario with the confided preferences), so that redrawing the chart after each draft costs
 * nothing.
 *
 * <p>Whether a zone of agreement exists is decided from the frontier: an outcome every party values
 * at or above its reservation is dominated by (or is) a frontier point, which then is in the zone
 * too; so the zone exists exactly when a frontier point is in it. When the frontier is beyond the
 * budget the answer is {@link Zone#UNKNOWN}, never "empty".
 */
public record ChartFrontier(List<double[]> points, Zone zone, Optional<String> note) {
  /**
   * The most candidates one merge of the frontier may examine when answering a request: about 16
   * bytes per two-party candidate, so at most some 32 MB, and a few hundred milliseconds.
   */
  static final long MAX_CANDIDATES = 2_000_000L;

  /** How many bases are kept. */
  static final int CACHE_SIZE = 64;

  /**
   * The frontiers by basis, each as the one computation of it: a request that finds a frontier
   * being computed waits for that computation instead of starting its own (14 cold parallel calls
   * on one negotiation used to compute the same frontier 14 times).
   */
  private static final Map<List<Object>, FutureTask<ChartFrontier>> CACHE =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(
                Map.Entry<List<Object>, FutureTask<ChartFrontier>> eldest) {
              return size() > CACHE_SIZE;
            }
          });

  /** Whether the chart's basis has a zone of agreement. */
  public enum Zone {
    /** Some feasible outcome gives every party at least its reservation. */
    EXISTS,
    /** No feasible outcome does (proved on the exact frontier). */
    EMPTY,
    /** The frontier is beyond what one request may compute. */
    UNKNOWN;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ChartFrontier {
    points = List.copyOf(points);
  }

  /**
   * The frontier of {@code basis} (the scenario with each party's preferences as the chart uses),
   * cached under {@code scenario} and {@code confided}, from which the basis is made: the same
   * scenario and confidences give the same frontier whatever texts were drafted since.
   */
  static ChartFrontier of(Scenario scenario, Object confided, Scenario basis) {
    List<Object> key = List.of(scenario, confided);
    FutureTask<ChartFrontier> fresh = new FutureTask<>(() -> compute(basis, MAX_CANDIDATES));
    FutureTask<ChartFrontier> task = CACHE.putIfAbsent(key, fresh);
    if (task == null) {
      task = fresh;
      task.run();
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      CACHE.remove(key, task);
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException("computing the chart's frontier failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the chart's frontier", e);
    }
  }

  /** Computes the frontier of {@code basis} with a budget of {@code maxCandidates} per merge. */
  static ChartFrontier compute(Scenario basis, long maxCandidates) {
    AgreementSpace space;
    ParetoFrontier frontier;
    try {
      space = AgreementSpace.of(basis);
      frontier = ParetoFrontier.of(space, maxCandidates);
    } catch (AnalysisLimitException e) {
      return new ChartFrontier(
          List.of(),
          Zone.UNKNOWN,
          Optional.of(
              "the Pareto frontier is too large to draw within one request; whether a zone of"
                  + " agreement exists is not known"));
    }
    List<double[]> points = new ArrayList<>();
    for (ParetoPoint point : frontier.points()) {
      points.add(point.utilities().stream().mapToDouble(Double::doubleValue).toArray());
    }
    boolean zone = false;
    for (int k = 0; k < frontier.size() && !zone; k++) {
      zone = frontier.inZopa(k);
    }
    if (!space.hasFeasibleOutcome()) {
      return new ChartFrontier(
          points, Zone.EMPTY, Optional.of("no outcome respects every party's red lines"));
    }
    return new ChartFrontier(
        points,
        zone ? Zone.EXISTS : Zone.EMPTY,
        zone
            ? Optional.empty()
            : Optional.of("no outcome gives every party at least its reservation"));
  }
}
