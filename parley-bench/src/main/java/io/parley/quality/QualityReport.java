package io.parley.quality;

import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.event.End;
import io.parley.generation.GenerationSpec;
import io.parley.generation.ScenarioGenerator;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.run.RunConfiguration;
import io.parley.run.RunSummary;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How often Parley's mediators and agents reach agreement where agreement exists, and how good the
 * agreements are: the quality report of issue 13, point 5.
 *
 * <p>Draws seeded random scenarios ({@link ScenarioGenerator}: 2–3 parties, a mediator, red lines,
 * at most 30,000 outcomes) in two bands — zone of agreement 0.1–5 % of the outcomes ("thin") and at
 * least 5 % ("wide") — and runs on each: every shipped mediator under the single negotiating text
 * with the default party robots, and alternating offers with every shipped negotiator in self-play
 * and with the default agents (no strategy flags). Prints a markdown table: agreement rate, mean
 * Euclidean distance of the outcome's utilities (the reservations when there is no deal) to the
 * Pareto frontier and to the Nash point.
 *
 * <p>Run from the bench jar (after {@code ./mvnw -B -pl parley-bench -am package -DskipTests}):
 *
 * <pre>java -cp parley-bench/target/benchmarks.jar io.parley.quality.QualityReport
 *     [--scenarios N] [--deadline ROUNDS] [--seed S] [--only LABEL-PREFIX]</pre>
 */
public final class QualityReport {
  /** Scenarios per band by default. */
  static final int SCENARIOS = 200;

  /** The first seed by default. */
  static final long SEED = 1;

  /** The bands of zone share the report measures. */
  static final List<Band> BANDS =
      List.of(new Band("thin (0.1–5 %)", 0.001, 0.05), new Band("wide (≥ 5 %)", 0.05, 1.0));

  /** A range of zone shares. */
  record Band(String label, double low, double high) {}

  private QualityReport() {}

  /**
   * Prints the report.
   *
   * @param args {@code --scenarios N} per band (default 200), {@code --deadline ROUNDS} (default:
   *     the CLI's), {@code --seed S} the first seed (default 1), {@code --only PREFIX} only the
   *     rows whose label starts so
   */
  public static void main(String[] args) {
    int scenarios = SCENARIOS;
    int deadline = RunConfiguration.DEFAULT_ROUNDS;
    long seed = SEED;
    String only = "";
    for (int k = 0; k < args.length; k += 2) {
      if (k + 1 >= args.length) {
        usage("option '" + args[k] + "' needs a value");
      }
      String value = args[k + 1];
      try {
        switch (args[k]) {
          case "--scenarios" -> scenarios = positive(args[k], Integer.parseInt(value));
          case "--deadline" -> deadline = positive(args[k], Integer.parseInt(value));
          case "--seed" -> seed = Long.parseLong(value);
          case "--only" -> only = value;
          default -> usage("unknown option '" + args[k] + "'");
        }
      } catch (NumberFormatException e) {
        usage("option " + args[k] + " takes a whole number, got '" + value + "'");
      }
    }
    List<Contender> contenders = new ArrayList<>();
    for (Contender contender : contenders()) {
      if (contender.label().startsWith(only)) {
        contenders.add(contender);
      }
    }
    print(measure(contenders, scenarios, deadline, seed), scenarios, deadline, seed, System.out);
  }

  private static int positive(String option, int value) {
    if (value < 1) {
      usage("option " + option + " must be at least 1, got " + value);
    }
    return value;
  }

  /** Prints {@code problem} and the usage to standard error and exits with status 2. */
  private static void usage(String problem) {
    System.err.println(
        problem
            + "\nusage: QualityReport [--scenarios N] [--deadline ROUNDS] [--seed S] [--only"
            + " PREFIX]");
    System.exit(2);
  }

  /** Every shipped mediator, every negotiator in self-play, and the default agents. */
  static List<Contender> contenders() {
    List<Contender> contenders = new ArrayList<>();
    for (String mediator : Strategies.mediatorNames()) {
      contenders.add(Contender.mediated(mediator));
    }
    contenders.add(Contender.defaults());
    for (String negotiator : Strategies.negotiatorNames()) {
      contenders.add(Contender.selfPlay(negotiator));
    }
    return contenders;
  }

  /** The scenarios of {@code band}: {@code count} consecutive seeds from {@code seed}. */
  static List<Scenario> scenarios(Band band, int count, long seed) {
    var generator =
        new ScenarioGenerator(GenerationSpec.defaults().withZone(band.low(), band.high()));
    return generator.generate(seed, count);
  }

  /** Runs every contender on every band's scenarios; one tally per contender and band. */
  static List<Tally> measure(List<Contender> contenders, int scenarios, int deadline, long seed) {
    List<Tally> tallies = new ArrayList<>();
    for (Band band : BANDS) {
      List<Tally> bandTallies = new ArrayList<>();
      for (Contender contender : contenders) {
        bandTallies.add(new Tally(contender, band));
      }
      for (Scenario scenario : scenarios(band, scenarios, seed)) {
        Analysis analysis = Analyzer.analyze(scenario);
        for (Tally tally : bandTallies) {
          tally.add(run(tally.contender(), scenario, analysis, deadline));
        }
      }
      tallies.addAll(bandTallies);
    }
    return tallies;
  }

  /** One run of {@code contender} on {@code scenario}. */
  static RunSummary run(Contender contender, Scenario scenario, Analysis analysis, int deadline) {
    var options = contender.options(scenario.negotiatingParties(), deadline, 0);
    Mechanism mechanism = Mechanisms.create(RunConfiguration.setup(scenario, options));
    mechanism.run();
    return RunSummary.of(scenario, Optional.of(analysis), mechanism.state(), mechanism.time());
  }

  static void print(List<Tally> tallies, int scenarios, int deadline, long seed, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Quality report: %d seeded random scenarios per band (seeds %d–%d; 2–3 parties, red lines,"
            + " at most 30,000 outcomes), deadline %d rounds, default party robots '%s',"
            + " default mediator '%s'.%n%n",
        scenarios,
        seed,
        seed + scenarios - 1,
        deadline,
        RunConfiguration.DEFAULT_NEGOTIATOR,
        RunConfiguration.DEFAULT_MEDIATOR);
    out.println(
        "| protocol and agents | zone | agreements | mean distance to Pareto frontier | mean"
            + " distance to Nash point |");
    out.println("|---|---|---:|---:|---:|");
    for (Tally tally : tallies) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %.1f %% | %.3f | %.3f |%n",
          tally.contender().label(),
          tally.band().label(),
          100.0 * tally.agreementRate(),
          tally.meanParetoDistance(),
          tally.meanNashDistance());
    }
  }

  /** The runs of one contender in one band. */
  static final class Tally {
    private final Contender contender;
    private final Band band;
    private int runs;
    private int agreements;
    private double paretoSum;
    private int paretoCount;
    private double nashSum;
    private int nashCount;

    Tally(Contender contender, Band band) {
      this.contender = contender;
      this.band = band;
    }

    Contender contender() {
      return contender;
    }

    Band band() {
      return band;
    }

    void add(RunSummary summary) {
      runs++;
      if (summary.end() instanceof End.Agreement) {
        agreements++;
      }
      if (summary.paretoDistance().isPresent()) {
        paretoSum += summary.paretoDistance().getAsDouble();
        paretoCount++;
      }
      if (summary.nashDistance().isPresent()) {
        nashSum += summary.nashDistance().getAsDouble();
        nashCount++;
      }
    }

    int runs() {
      return runs;
    }

    double agreementRate() {
      return runs == 0 ? 0 : (double) agreements / runs;
    }

    double meanParetoDistance() {
      return paretoCount == 0 ? Double.NaN : paretoSum / paretoCount;
    }

    double meanNashDistance() {
      return nashCount == 0 ? Double.NaN : nashSum / nashCount;
    }
  }
}
