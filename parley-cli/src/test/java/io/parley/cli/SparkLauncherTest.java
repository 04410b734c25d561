package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkLauncherTest {

  @Test
  void artifacts_missing_failWithWhereAndHowToBuild(@TempDir Path dir) {
    SparkLauncher launcher = new SparkLauncher(Map.of(), Optional.of(dir));

    assertThatThrownBy(() -> launcher.artifacts("local[2]"))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("--spark local[2] needs the Spark runner")
        .hasMessageContaining(dir.resolve("parley-spark.jar").toString())
        .hasMessageContaining("-pl parley-cli,parley-spark -am package");
  }

  @Test
  void artifacts_readTheClasspathFiles(@TempDir Path dir) throws IOException {
    build(dir);
    SparkLauncher launcher =
        new SparkLauncher(Map.of("PARLEY_SPARK_DIR", dir.toString()), Optional.empty());

    SparkLauncher.Artifacts artifacts = launcher.artifacts("local");

    assertThat(artifacts.jar()).isEqualTo(dir.resolve("parley-spark.jar"));
    assertThat(artifacts.appClasspath()).containsExactly("/m2/tournament.jar", "/m2/yaml.jar");
    assertThat(artifacts.sparkClasspath()).containsExactly("/m2/spark-core.jar");
  }

  @Test
  void javaCommand_putsEverythingOnTheClasspath_andShipsOnlyParleysJarsToExecutors(
      @TempDir Path dir) throws IOException {
    build(dir);
    SparkLauncher.Artifacts artifacts =
        new SparkLauncher(Map.of(), Optional.of(dir)).artifacts("local");

    List<String> command = SparkLauncher.javaCommand(artifacts, List.of("t.yaml", "--out", "o"));

    String jar = dir.resolve("parley-spark.jar").toString();
    assertThat(command)
        .contains(
            "-Dparley.spark.jars=" + jar + ",/m2/tournament.jar,/m2/yaml.jar",
            jar + ":/m2/tournament.jar:/m2/yaml.jar:/m2/spark-core.jar",
            SparkLauncher.MAIN);
    assertThat(command.subList(command.size() - 3, command.size()))
        .containsExactly("t.yaml", "--out", "o");
  }

  @Test
  void sparkSubmit_fromSparkHome_submitsWithParleysJars(@TempDir Path dir) throws IOException {
    build(dir);
    Path home = dir.resolve("spark");
    Path submit = Files.createDirectories(home.resolve("bin")).resolve("spark-submit");
    Files.writeString(submit, "#!/bin/sh\n");
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
    SparkLauncher launcher =
        new SparkLauncher(Map.of("SPARK_HOME", home.toString()), Optional.of(dir));

    assertThat(launcher.sparkSubmit()).contains(submit);
    List<String> command =
        SparkLauncher.submitCommand(
            submit, launcher.artifacts("local"), "spark://h:7077", List.of("t.yaml"));
    assertThat(command)
        .containsExactly(
            submit.toString(),
            "--master",
            "spark://h:7077",
            "--class",
            SparkLauncher.MAIN,
            "--jars",
            "/m2/tournament.jar,/m2/yaml.jar",
            dir.resolve("parley-spark.jar").toString(),
            "t.yaml");
  }

  @Test
  void sparkSubmit_noDistribution_isEmpty_andABadExplicitOneIsRefused(@TempDir Path dir) {
    assertThat(new SparkLauncher(Map.of(), Optional.of(dir)).sparkSubmit()).isEmpty();
    assertThat(
            new SparkLauncher(Map.of("SPARK_HOME", dir.toString()), Optional.of(dir)).sparkSubmit())
        .isEmpty();
    assertThatThrownBy(
            () ->
                new SparkLauncher(
                        Map.of("PARLEY_SPARK_SUBMIT", dir.resolve("nope").toString()),
                        Optional.of(dir))
                    .sparkSubmit())
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("PARLEY_SPARK_SUBMIT=" + dir.resolve("nope"));
  }

  @Test
  void tournament_sparkWithParallel_exits2(@TempDir Path dir) {
    Path config = Path.of("..", "examples", "tournaments", "small.yaml");
    Run run =
        Run.of(
            "tournament",
            config.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--spark",
            "local[2]",
            "--parallel",
            "2");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--parallel 2 is for the local runner");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static void build(Path dir) throws IOException {
    Files.writeString(dir.resolve("parley-spark.jar"), "");
    Files.writeString(dir.resolve("app.classpath"), "/m2/tournament.jar:/m2/yaml.jar\n");
    Files.writeString(dir.resolve("spark.classpath"), "/m2/spark-core.jar");
  }
}
