package io.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.tournament.Plan;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.TournamentOutputs;
import io.parley.tournament.run.LocalRunner;
import io.parley.tournament.run.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark runner on {@code local[2]} against the local runner: the same files, row for row. */
class SparkRunnerTest {
  private static SparkSession session;

  @BeforeAll
  static void startSpark() {
    session =
        SparkSessions.open(
            SparkMaster.parse("local[2]"), "parley-spark-test", Map.of(), Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopSpark() {
    if (session != null) {
      session.stop();
    }
  }

  @Test
  void run_local2_writesTheLocalRunnersRows_exceptWallTime(@TempDir Path dir) {
    Plan plan = SmallTournament.plan(dir.resolve("config"));
    Path local = runLocally(plan, dir.resolve("local"));
    ResultsFolder spark = ResultsFolder.create(dir.resolve("spark"), plan);

    // Few negotiations per task: many tasks, several groups of jobs in flight.
    LocalRunner.Outcome outcome = new SparkRunner(session, ProgressListener.NONE, 7).run(spark);

    assertThat(outcome.complete()).isTrue();
    assertThat(outcome.written()).isEqualTo(plan.size()).isEqualTo(160);
    List<String> expected = SmallTournament.withoutWallTime(local.resolve(ResultsFolder.RESULTS));
    assertThat(SmallTournament.withoutWallTime(spark.folder().resolve(ResultsFolder.RESULTS)))
        .hasSize(161)
        .containsExactlyElementsOf(expected);
    assertThat(spark.folder().resolve(ResultsFolder.PLAN))
        .hasSameTextualContentAs(local.resolve(ResultsFolder.PLAN));
    TournamentOutputs.write(spark);
    TournamentOutputs.write(ResultsFolder.resume(local, plan));
    for (String derived : List.of(TournamentOutputs.SCORES, TournamentOutputs.REPORT)) {
      assertThat(spark.folder().resolve(derived)).hasSameBinaryContentAs(local.resolve(derived));
    }
  }

  @Test
  void run_resume_runsOnlyTheMissingRows_andDuplicatesNone(@TempDir Path dir) throws IOException {
    Plan plan = SmallTournament.plan(dir.resolve("config"));
    Path local = runLocally(plan, dir.resolve("local"));
    Path partial = dir.resolve("partial");
    ResultsFolder.create(partial, plan);
    List<String> all = Files.readAllLines(local.resolve(ResultsFolder.RESULTS));
    // A run killed after 57 rows, in the middle of writing the 58th.
    String cut = String.join("\n", all.subList(0, 58)) + "\n" + all.get(58).substring(0, 20);
    Files.writeString(partial.resolve(ResultsFolder.RESULTS), cut, StandardCharsets.UTF_8);

    ResultsFolder resumed = ResultsFolder.resume(partial, plan);
    LocalRunner.Outcome outcome = new SparkRunner(session, ProgressListener.NONE).run(resumed);

    assertThat(outcome.written()).isEqualTo(plan.size() - 57);
    assertThat(outcome.done()).isEqualTo(plan.size());
    assertThat(SmallTournament.withoutWallTime(partial.resolve(ResultsFolder.RESULTS)))
        .containsExactlyElementsOf(
            SmallTournament.withoutWallTime(local.resolve(ResultsFolder.RESULTS)));
  }

  @Test
  void run_finishedFolder_writesNothing(@TempDir Path dir) {
    Plan plan = SmallTournament.plan(dir.resolve("config"));
    Path local = runLocally(plan, dir.resolve("local"));
    List<String> before = SmallTournament.withoutWallTime(local.resolve(ResultsFolder.RESULTS));

    LocalRunner.Outcome outcome =
        new SparkRunner(session, ProgressListener.NONE).run(ResultsFolder.resume(local, plan));

    assertThat(outcome.written()).isZero();
    assertThat(outcome.complete()).isTrue();
    assertThat(SmallTournament.withoutWallTime(local.resolve(ResultsFolder.RESULTS)))
        .isEqualTo(before);
  }

  @Test
  void run_reportsProgressUpToThePlanSize(@TempDir Path dir) {
    Plan plan = SmallTournament.plan(dir.resolve("config"));
    List<long[]> reports = new ArrayList<>();
    new SparkRunner(session, (done, total, nanos) -> reports.add(new long[] {done, total}), 20)
        .run(ResultsFolder.create(dir.resolve("spark"), plan));

    assertThat(reports).isNotEmpty();
    assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(plan.size()));
    assertThat(reports.stream().mapToLong(r -> r[0])).isSorted();
    assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(plan.size());
  }

  /** The reference: the local runner on two threads. */
  private static Path runLocally(Plan plan, Path folder) {
    new LocalRunner(2, ProgressListener.NONE).run(ResultsFolder.create(folder, plan));
    return folder;
  }
}
