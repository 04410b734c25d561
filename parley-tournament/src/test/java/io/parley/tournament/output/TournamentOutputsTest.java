package io.parley.tournament.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.tournament.Fixtures;
import io.parley.tournament.Plan;
import io.parley.tournament.Tournament;
import io.parley.tournament.TournamentConfigReader;
import io.parley.tournament.run.LocalRunner;
import io.parley.tournament.run.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TournamentOutputsTest {
  @TempDir Path dir;

  @Test
  void writesParquetScoresAndReport_fromResultsCsv() throws Exception {
    Plan plan = Tournament.plan(TournamentConfigReader.read(Fixtures.tournament(dir, "")));
    Path out = dir.resolve("out");
    ResultsFolder folder = ResultsFolder.create(out, plan);
    new LocalRunner(2, ProgressListener.NONE).run(folder);
    TournamentOutputs.write(folder);

    assertThat(PlanJson.fingerprint(out.resolve("plan.json")))
        .contains(plan.config().fingerprint());
    try (ParquetFileReader reader =
        ParquetFileReader.open(
            new LocalInputFile(out.resolve("results.parquet")),
            ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
      assertThat(reader.getRecordCount()).isEqualTo(plan.size());
      assertThat(reader.getFooter().getFileMetaData().getSchema().getFieldCount())
          .isEqualTo(new io.parley.tournament.result.ResultCsv(3).columns().size());
    }
    List<String> scores = Files.readAllLines(out.resolve("scores.csv"));
    assertThat(scores.get(0)).startsWith("rank,competitor,kind,negotiations,advantage,");
    // four competitors; each sits 2 * 4 times in the bilateral scenario, 3 * 16 in the trilateral
    assertThat(scores).hasSize(5);
    assertThat(scores.subList(1, 5)).allMatch(l -> l.split(",")[3].equals("56"));
    String report = Files.readString(out.resolve("report.html"));
    assertThat(report)
        .contains("<table class=\"sortable\"")
        .contains("Mean advantage per scenario")
        .contains("Mean advantage per role")
        .contains("against each opponent")
        .contains("<svg")
        .contains("Offers of a sample");
  }

  @Test
  void resume_refusesAFolderOfAnotherConfig_andCreate_refusesAFullFolder() {
    Plan plan = Tournament.plan(TournamentConfigReader.read(Fixtures.tournament(dir, "")));
    Path out = dir.resolve("out");
    ResultsFolder folder = ResultsFolder.create(out, plan);
    folder.results().close();
    Plan other =
        Tournament.plan(
            TournamentConfigReader.read(
                Fixtures.tournament(dir, "seed: 12\n".replace("seed", "repetitions"))));
    assertThatThrownBy(() -> ResultsFolder.resume(out, other))
        .isInstanceOf(ResultsFolderException.class)
        .hasMessageContaining("different tournament config");
    assertThatThrownBy(() -> ResultsFolder.create(out, plan))
        .isInstanceOf(ResultsFolderException.class)
        .hasMessageContaining("--resume");
  }
}
