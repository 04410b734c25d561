package io.parley.tournament;

import io.parley.interop.ImportedScenario;
import io.parley.interop.ScenarioSource;
import io.parley.scenario.Scenario;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loaded scenarios and their analyses, once per JVM: a tournament negotiates each scenario
 * thousands of times, and loading or analysing it each time would cost more than the negotiation.
 * Thread-safe; entries are immutable and never evicted (a tournament has few scenarios).
 */
public final class ScenarioCache {
  private static final Map<ScenarioRef, LoadedScenario> CACHE = new ConcurrentHashMap<>();

  private ScenarioCache() {}

  /**
   * The scenario {@code ref} names, loaded on first use.
   *
   * @throws io.parley.scenario.ScenarioException if its files cannot be read
   */
  public static LoadedScenario get(ScenarioRef ref) {
    LoadedScenario loaded = CACHE.get(ref);
    if (loaded == null) {
      loaded = CACHE.computeIfAbsent(ref, ScenarioCache::load);
    }
    return loaded;
  }

  private static LoadedScenario load(ScenarioRef ref) {
    ImportedScenario imported = ScenarioSource.load(ref.paths());
    return new LoadedScenario(ref, imported.scenario());
  }

  /** A loaded scenario with its analysis, computed on first use. */
  public static final class LoadedScenario {
    private final ScenarioRef ref;
    private final Scenario scenario;
    private volatile ScenarioMeasures measures;

    LoadedScenario(ScenarioRef ref, Scenario scenario) {
      this.ref = ref;
      this.scenario = scenario;
    }

    public ScenarioRef ref() {
      return ref;
    }

    public Scenario scenario() {
      return scenario;
    }

    /** The scenario's analysis and the figures results are measured against; computed once. */
    public ScenarioMeasures measures() {
      ScenarioMeasures m = measures;
      if (m == null) {
        synchronized (this) {
          m = measures;
          if (m == null) {
            m = ScenarioMeasures.of(scenario);
            measures = m;
          }
        }
      }
      return m;
    }
  }
}
