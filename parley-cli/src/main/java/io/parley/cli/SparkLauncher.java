package io.parley.cli;

import io.parley.tournament.run.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ExitCode;

/**
 * Starts the Spark tournament runner (module parley-spark) as a child process, so that Spark never
 * enters this jar: with {@code java} and the classpath files parley-spark's build writes
 * (app.classpath and spark.classpath beside parley-spark.jar), or through {@code spark-submit} when
 * a Spark distribution is configured ({@code PARLEY_SPARK_SUBMIT}, else {@code
 * $SPARK_HOME/bin/spark-submit}). No Spark class is referenced here.
 *
 * <p>The child's standard error passes straight through; its {@code parley-progress} lines on
 * standard output feed this command's progress bar, and its other output is copied. Ctrl-C reaches
 * the child too (it stops cleanly, keeping finished rows); this process waits for it.
 */
final class SparkLauncher {
  /** The runner's main class in parley-spark. */
  static final String MAIN = "io.parley.spark.SparkTournamentMain";

  private static final String PROGRESS = "parley-progress ";
  private static final String BUILD =
      "./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl parley-cli,parley-spark -am package";

  /** The built runner: its jar and the two classpath files' entries. */
  record Artifacts(Path jar, List<String> appClasspath, List<String> sparkClasspath) {}

  private final Map<String, String> environment;
  private final Optional<Path> sparkDir;

  /**
   * @param environment where {@code PARLEY_SPARK_DIR}, {@code PARLEY_SPARK_SUBMIT} and {@code
   *     SPARK_HOME} are looked up
   * @param sparkDir parley-spark's build folder if given ({@code -Dparley.spark.dir}, set by
   *     ./parley); otherwise found from the environment or beside this jar's module
   */
  SparkLauncher(Map<String, String> environment, Optional<Path> sparkDir) {
    this.environment = environment;
    this.sparkDir = sparkDir;
  }

  /** The launcher of this process: its environment and {@code -Dparley.spark.dir}. */
  static SparkLauncher ofThisProcess() {
    return new SparkLauncher(
        System.getenv(), Optional.ofNullable(System.getProperty("parley.spark.dir")).map(Path::of));
  }

  /**
   * Runs the tournament of {@code config} on {@code master}, writing to {@code out}, and returns
   * the runner's exit code (0 done, 1 failed or stopped, 2 bad input or unusable master).
   *
   * @throws CommandFailure if parley-spark is not built, or the process cannot start
   */
  int launch(
      Path config,
      Path out,
      String master,
      boolean resume,
      ProgressListener progress,
      PrintWriter stdout) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                config.toAbsolutePath().toString(),
                "--out",
                out.toAbsolutePath().toString(),
                "--spark",
                master));
    if (resume) {
      arguments.add("--resume");
    }
    Artifacts artifacts = artifacts(master);
    List<String> command =
        sparkSubmit()
            .map(submit -> submitCommand(submit, artifacts, master, arguments))
            .orElseGet(() -> javaCommand(artifacts, arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      throw new CommandFailure(
          ExitCode.SOFTWARE,
          "cannot start the Spark runner (" + command.get(0) + "): " + e.getMessage());
    }
    Thread waitForChild =
        new Thread(
            () -> {
              child.destroy();
              try {
                child.waitFor(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parley-spark-child");
    Runtime.getRuntime().addShutdownHook(waitForChild);
    try {
      relay(child, progress, stdout);
      return child.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      return ExitCode.SOFTWARE;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(waitForChild);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running and waits for the child.
      }
    }
  }

  private static void relay(Process child, ProgressListener progress, PrintWriter stdout) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith(PROGRESS)) {
          String[] f = line.substring(PROGRESS.length()).trim().split(" ");
          if (f.length == 3) {
            progress.progress(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
            continue;
          }
        }
        stdout.println(line);
        stdout.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Spark runner's output", e);
    }
  }

  /** {@code java -cp JAR:APP:SPARK MAIN ARGS}, telling the runner which jars executors need. */
  static List<String> javaCommand(Artifacts artifacts, List<String> arguments) {
    List<String> classpath = new ArrayList<>();
    classpath.add(artifacts.jar().toString());
    classpath.addAll(artifacts.appClasspath());
    classpath.addAll(artifacts.sparkClasspath());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.awt.headless=true");
    command.add("-Dparley.spark.jars=" + String.join(",", executorJars(artifacts)));
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, classpath));
    command.add(MAIN);
    command.addAll(arguments);
    return command;
  }

  /** {@code spark-submit --master MASTER --class MAIN --jars APP JAR ARGS}. */
  static List<String> submitCommand(
      Path submit, Artifacts artifacts, String master, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(submit.toString());
    command.add("--master");
    command.add(master);
    command.add("--class");
    command.add(MAIN);
    if (!artifacts.appClasspath().isEmpty()) {
      command.add("--jars");
      command.add(String.join(",", artifacts.appClasspath()));
    }
    command.add(artifacts.jar().toString());
    command.addAll(arguments);
    return command;
  }

  private static List<String> executorJars(Artifacts artifacts) {
    List<String> jars = new ArrayList<>();
    jars.add(artifacts.jar().toString());
    jars.addAll(artifacts.appClasspath());
    return jars;
  }

  /** The spark-submit to use, if a Spark distribution is configured. */
  Optional<Path> sparkSubmit() {
    String explicit = environment.get("PARLEY_SPARK_SUBMIT");
    if (explicit != null && !explicit.isBlank()) {
      Path submit = Path.of(explicit);
      if (!Files.isExecutable(submit)) {
        throw new CommandFailure(
            ExitCode.USAGE, "PARLEY_SPARK_SUBMIT=" + explicit + " is not an executable file");
      }
      return Optional.of(submit);
    }
    String home = environment.get("SPARK_HOME");
    if (home != null && !home.isBlank()) {
      Path submit = Path.of(home, "bin", "spark-submit");
      if (Files.isExecutable(submit)) {
        return Optional.of(submit);
      }
    }
    return Optional.empty();
  }

  /**
   * The built runner, for {@code --spark master}.
   *
   * @throws CommandFailure (usage) if it is not built, saying where it looked and how to build it
   */
  Artifacts artifacts(String master) {
    Path dir = buildFolder();
    Path jar = dir.resolve("parley-spark.jar");
    Path app = dir.resolve("app.classpath");
    Path spark = dir.resolve("spark.classpath");
    for (Path needed : List.of(jar, app, spark)) {
      if (!Files.isRegularFile(needed)) {
        throw new CommandFailure(
            ExitCode.USAGE,
            "--spark "
                + master
                + " needs the Spark runner, which is not built ("
                + needed
                + " is missing); build it with "
                + BUILD
                + ", or run ./parley, which builds it when --spark is given");
      }
    }
    return new Artifacts(jar, entries(app), entries(spark));
  }

  private Path buildFolder() {
    if (sparkDir.isPresent()) {
      return sparkDir.get();
    }
    String fromEnvironment = environment.get("PARLEY_SPARK_DIR");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment);
    }
    // This class runs from parley-cli/target/parley.jar or parley-cli/target/classes.
    try {
      Path here =
          Path.of(SparkLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = here; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("parley-spark"))) {
          return p.resolve("parley-spark").resolve("target");
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to the message below
    }
    throw new CommandFailure(
        ExitCode.SOFTWARE,
        "--spark: cannot find the parley-spark module beside this jar; set PARLEY_SPARK_DIR to its"
            + " target folder");
  }

  private static List<String> entries(Path classpathFile) {
    try {
      String text = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
      return text.isEmpty()
          ? List.of()
          : Arrays.stream(text.split(java.io.File.pathSeparator)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + classpathFile, e);
    }
  }
}
