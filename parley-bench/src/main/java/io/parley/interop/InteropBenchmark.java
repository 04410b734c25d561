package io.parley.interop;

import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing and analysing shared GENIUS / GeniusWeb domains ({@code ../shared/domains}, or the
 * directory named by the system property {@code parley.domains}): {@link #importDomain} reads the
 * domain and profiles, {@link #analyze} runs the full {@link Analyzer#analyze} on the imported
 * scenario. EnergyA_ANAC2012 is the 390,625-outcome case of docs/PERFORMANCE.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InteropBenchmark {
  @Param({"EnergyA_ANAC2012", "Travel_ANAC2010", "geniusweb_ANL2022_domain00"})
  public String domain;

  private Path directory;
  private Scenario scenario;

  @Setup
  public void setUp() {
    directory = domains().resolve(domain);
    scenario = ScenarioSource.load(directory).scenario();
  }

  private static Path domains() {
    String property = System.getProperty("parley.domains");
    if (property != null) {
      return Path.of(property);
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("domains");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/domains not found above the working directory; set -Dparley.domains=DIR");
  }

  /** Reads the domain and profile files. */
  @Benchmark
  public ImportedScenario importDomain() {
    return ScenarioSource.load(directory);
  }

  /** The full analysis: counts, zone of agreement, frontier, solutions. */
  @Benchmark
  public Analysis analyze() {
    return Analyzer.analyze(scenario);
  }
}
