package io.parley.spark;

import io.parley.scenario.ScenarioException;
import io.parley.tournament.Plan;
import io.parley.tournament.Tournament;
import io.parley.tournament.TournamentConfigReader;
import io.parley.tournament.output.PlanJson;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.ResultsFolderException;
import io.parley.tournament.output.TournamentOutputs;
import io.parley.tournament.run.LocalRunner;
import io.parley.tournament.run.StopOnShutdown;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark runner's process: {@code parley tournament CONFIG --out DIR --spark MASTER} starts it
 * (directly with {@code java}, or through {@code spark-submit}). A thin adapter over {@link
 * SparkRunner}; exit codes 0 done, 1 failed or stopped, 2 bad input (config, folder, master).
 *
 * <pre>
 * SparkTournamentMain CONFIG --out DIR --spark MASTER [--resume] [--negotiations-per-task N]
 *                     [--start-timeout SECONDS] [--conf KEY=VALUE]...
 * </pre>
 *
 * <p>Everything that can be checked before Spark starts is checked first, and the results folder is
 * written only once Spark has an executor, so a bad config or an unreachable master leaves the
 * folder as it was. Progress goes to standard output as {@code parley-progress DONE TOTAL
 * ELAPSED_NANOS} lines, which the command line turns into its progress bar; errors go to standard
 * error.
 */
public final class SparkTournamentMain {
  /** The prefix of the progress lines on standard output. */
  public static final String PROGRESS = "parley-progress ";

  /**
   * How long a reachable standalone master may take to start the application and give it an
   * executor, unless {@code --start-timeout} says otherwise. An unreachable master is reported
   * sooner, after a 5 s connection probe; this bound is for a master that answers but does not
   * serve (not a Spark master, no worker, no free core), and it is generous because a busy machine
   * can take a minute to start Spark's executors.
   */
  static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  /** Set when Spark's start-up was abandoned: its shutdown hooks could then wait for it. */
  private static volatile boolean abandonedStart;

  /**
   * Application jars executors need (comma-separated), set by the command line's launcher when it
   * starts this class with plain {@code java}; spark-submit sets {@code spark.jars} itself.
   */
  static final String JARS_PROPERTY = "parley.spark.jars";

  private SparkTournamentMain() {}

  /** The process entry point; exits with the code of {@link #run}. */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (abandonedStart) {
      System.out.flush();
      System.err.flush();
      Runtime.getRuntime().halt(code);
    }
    System.exit(code);
  }

  /** The parsed command line. */
  record Arguments(
      Path config,
      Path out,
      String master,
      boolean resume,
      int negotiationsPerTask,
      Duration startTimeout,
      Map<String, String> settings) {

    static Arguments parse(String[] args) {
      Path config = null;
      Path out = null;
      String master = null;
      boolean resume = false;
      int perTask = SparkRunner.DEFAULT_NEGOTIATIONS_PER_TASK;
      Duration startTimeout = START_TIMEOUT;
      Map<String, String> settings = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--out" -> out = Path.of(value(args, ++i, arg));
          case "--spark" -> master = value(args, ++i, arg);
          case "--resume" -> resume = true;
          case "--negotiations-per-task" -> perTask = positive(value(args, ++i, arg), arg);
          case "--start-timeout" ->
              startTimeout = Duration.ofSeconds(positive(value(args, ++i, arg), arg));
          case "--conf" -> {
            String kv = value(args, ++i, arg);
            int eq = kv.indexOf('=');
            if (eq < 1) {
              throw new IllegalArgumentException("--conf '" + kv + "': expected KEY=VALUE");
            }
            settings.put(kv.substring(0, eq), kv.substring(eq + 1));
          }
          default -> {
            if (arg.startsWith("-") || config != null) {
              throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            config = Path.of(arg);
          }
        }
      }
      if (config == null || out == null || master == null) {
        throw new IllegalArgumentException(
            "usage: CONFIG --out DIR --spark MASTER [--resume] [--negotiations-per-task N]"
                + " [--start-timeout SECONDS] [--conf KEY=VALUE]...");
      }
      return new Arguments(config, out, master, resume, perTask, startTimeout, settings);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int positive(String text, String option) {
      try {
        int n = Integer.parseInt(text);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(option + " '" + text + "': expected a whole number >= 1");
    }
  }

  /** Runs a tournament on Spark as the command line asks; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments arguments;
    Plan plan;
    SparkMaster master;
    try {
      arguments = Arguments.parse(args);
      master = SparkMaster.parse(arguments.master());
      plan = Tournament.plan(TournamentConfigReader.read(arguments.config()));
      checkFolder(arguments.out(), plan, arguments.resume());
    } catch (ScenarioException
        | IllegalArgumentException
        | ResultsFolderException
        | SparkMasterException e) {
      err.println("parley tournament: " + e.getMessage());
      return 2;
    }
    Map<String, String> settings = new LinkedHashMap<>();
    String jars = System.getProperty(JARS_PROPERTY, "");
    if (!master.isLocal() && !jars.isEmpty()) {
      settings.put("spark.jars", jars);
    }
    settings.putAll(arguments.settings());
    SparkSession session;
    try {
      session =
          SparkSessions.open(
              master,
              "parley tournament " + plan.config().name(),
              settings,
              arguments.startTimeout());
    } catch (SparkMasterException e) {
      abandonedStart = true;
      err.println("parley tournament: " + e.getMessage() + "; nothing was written");
      return 2;
    }
    try {
      return run(session, plan, arguments, out, err);
    } finally {
      session.stop();
    }
  }

  private static int run(
      SparkSession session, Plan plan, Arguments arguments, PrintStream out, PrintStream err) {
    ResultsFolder folder =
        arguments.resume()
            ? ResultsFolder.resume(arguments.out(), plan)
            : ResultsFolder.create(arguments.out(), plan);
    SparkRunner runner =
        new SparkRunner(
            session,
            (done, total, nanos) -> {
              out.println(PROGRESS + done + " " + total + " " + nanos);
              out.flush();
            },
            arguments.negotiationsPerTask());
    return StopOnShutdown.run(
        runner::stop,
        Duration.ofSeconds(60),
        "parley-spark-stop",
        () -> finish(runner, folder, arguments, out, err));
  }

  private static int finish(
      SparkRunner runner,
      ResultsFolder folder,
      Arguments arguments,
      PrintStream out,
      PrintStream err) {
    try {
      LocalRunner.Outcome outcome = runner.run(folder);
      if (!outcome.complete()) {
        err.println(
            "parley tournament: stopped after "
                + outcome.done()
                + " of "
                + outcome.total()
                + " negotiations; continue with --resume");
        return 1;
      }
      TournamentOutputs.write(folder);
      out.println(
          "Ran "
              + outcome.written()
              + " negotiations ("
              + outcome.total()
              + " planned) on Spark "
              + arguments.master()
              + "; wrote "
              + arguments.out().resolve(ResultsFolder.RESULTS)
              + ", "
              + TournamentOutputs.PARQUET
              + ", "
              + TournamentOutputs.SCORES
              + " and "
              + TournamentOutputs.REPORT);
      return 0;
    } catch (IllegalStateException e) {
      err.println("parley tournament: " + e.getMessage());
      return 1;
    }
  }

  /**
   * The checks {@link ResultsFolder#create} and {@link ResultsFolder#resume} make, made without
   * writing anything, so that they fail before Spark starts.
   */
  private static void checkFolder(Path out, Plan plan, boolean resume) {
    Path planFile = out.resolve(ResultsFolder.PLAN);
    if (!resume && Files.exists(out.resolve(ResultsFolder.RESULTS))) {
      throw new ResultsFolderException(
          out
              + " already holds "
              + ResultsFolder.RESULTS
              + "; pass --resume to continue that tournament, or choose another folder");
    }
    if (resume && Files.exists(planFile)) {
      String found = PlanJson.fingerprint(planFile).orElse("");
      if (!found.equals(plan.config().fingerprint())) {
        throw new ResultsFolderException(
            "cannot resume in " + out + ": its results come from a different tournament config");
      }
    }
  }
}
