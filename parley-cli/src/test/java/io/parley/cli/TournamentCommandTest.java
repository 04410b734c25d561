package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley tournament}: the examples, resume, and exit code 2 with a clear error on bad input.
 */
class TournamentCommandTest {
  @TempDir Path dir;

  private static Path examples() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("examples/tournaments/small.yaml"))) {
        return d.resolve("examples/tournaments");
      }
    }
    throw new IllegalStateException("examples/tournaments not found above the working directory");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private Path scenario() throws IOException {
    return Files.copy(examples().resolve("../job-offer.yaml"), dir.resolve("job-offer.yaml"));
  }

  @Test
  void smallExample_dryRun_printsTheCount() {
    Run run =
        Run.of(
            "tournament",
            examples().resolve("small.yaml").toString(),
            "--out",
            dir.resolve("o").toString(),
            "--dry-run");
    assertThat(run.exitCode()).isZero();
    // 7 competitors, 2 roles in job-offer, 3 in supplier; 1 repetition
    assertThat(run.out()).contains((49 + 343) + " negotiations planned");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void run_writesEveryFile_andResumeAddsNothing() throws IOException {
    scenario();
    Path config =
        write(
            "t.yaml",
            "scenarios: [job-offer.yaml]\ncompetitors: [boulware, conceder, random]\nseed: 3\n");
    Path out = dir.resolve("out");
    Run run = Run.of("tournament", config.toString(), "--out", out.toString(), "--parallel", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Ran 9 negotiations");
    for (String f :
        List.of("plan.json", "results.csv", "results.parquet", "scores.csv", "report.html")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    List<String> before = Files.readAllLines(out.resolve("results.csv"));
    assertThat(before).hasSize(10);
    Run again = Run.of("tournament", config.toString(), "--out", out.toString(), "--resume");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("Ran 0 negotiations (9 planned)");
    List<String> after = Files.readAllLines(out.resolve("results.csv"));
    assertThat(after).isEqualTo(before);
    Set<String> keys = new HashSet<>();
    after.stream().skip(1).forEach(l -> assertThat(keys.add(l.split(",")[1])).isTrue());
  }

  @Test
  void badInput_exitsWithTwo_namingWhatAndWhere() throws IOException {
    scenario();
    Path out = dir.resolve("out");
    assertBad(
        write("a.yaml", "scenarios: [missing.yaml]\ncompetitors: [boulware]\n"),
        "a.yaml:1:",
        "missing.yaml does not exist");
    assertBad(
        write("b.yaml", "scenarios: [\"nothing/*.yaml\"]\ncompetitors: [boulware]\n"),
        "b.yaml:1:",
        "matches nothing");
    assertBad(
        write("c.yaml", "scenarios: [job-offer.yaml]\ncompetitors: [boulware, nobody]\n"),
        "c.yaml",
        "competitor 'nobody'");
    assertBad(
        write("d.yaml", "scenarios: [job-offer.yaml]\ncompetitors: [boulware]\nself_play: false\n"),
        "d.yaml",
        "only 1 competitors and self_play is false");
    assertBad(
        write("e.yaml", "scenarios: [job-offer.yaml]\ncompetitors: [boulware]\nrepetitions: 0\n"),
        "e.yaml:3:",
        "repetitions 0");
    assertThat(
            Run.of("tournament", dir.resolve("none.yaml").toString(), "--out", out.toString())
                .exitCode())
        .isEqualTo(2);
    Run parallel =
        Run.of(
            "tournament",
            write("f.yaml", "scenarios: [job-offer.yaml]\ncompetitors: [boulware]\n").toString(),
            "--out",
            out.toString(),
            "--parallel",
            "0");
    assertThat(parallel.exitCode()).isEqualTo(2);
    assertThat(parallel.err()).contains("--parallel 0");
  }

  @Test
  void resume_refusesAFolderOfAnotherConfig() throws IOException {
    scenario();
    Path out = dir.resolve("out");
    Path one = write("one.yaml", "scenarios: [job-offer.yaml]\ncompetitors: [boulware]\n");
    Path two = write("two.yaml", "scenarios: [job-offer.yaml]\ncompetitors: [conceder]\n");
    assertThat(Run.of("tournament", one.toString(), "--out", out.toString()).exitCode()).isZero();
    Run run = Run.of("tournament", two.toString(), "--out", out.toString(), "--resume");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("different tournament config");
    Run fresh = Run.of("tournament", one.toString(), "--out", out.toString());
    assertThat(fresh.exitCode()).isEqualTo(2);
    assertThat(fresh.err()).contains("--resume");
  }

  @Test
  void spark_withoutTheSparkRunner_isRefusedClearly() throws IOException {
    scenario();
    Path config = write("t.yaml", "scenarios: [job-offer.yaml]\ncompetitors: [boulware]\n");
    // Where the launcher looks for parley-spark's build: an empty folder, whatever is built.
    System.setProperty("parley.spark.dir", dir.resolve("no-spark-build").toString());
    Run run;
    try {
      run =
          Run.of(
              "tournament",
              config.toString(),
              "--out",
              dir.resolve("o").toString(),
              "--spark",
              "local[2]");
    } finally {
      System.clearProperty("parley.spark.dir");
    }
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--spark local[2]").contains("not built");
  }

  @Test
  void anacExample_plansAllAgentsOnTheTenDomains() {
    Path config = examples().resolve("anac.yaml");
    Optional<Path> domains =
        Optional.of(config.getParent().resolve("../../../shared/domains").normalize())
            .filter(Files::isDirectory);
    assumeTrue(domains.isPresent(), "../shared/domains beside the repository not found; skipping");
    Run run =
        Run.of("tournament", config.toString(), "--out", dir.resolve("o").toString(), "--dry-run");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("negotiations planned");
  }

  private void assertBad(Path config, String where, String what) {
    Run run = Run.of("tournament", config.toString(), "--out", dir.resolve("bad").toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(where).contains(what);
    assertThat(dir.resolve("bad")).doesNotExist();
  }
}
