package io.parley.tournament.output;

import io.parley.tournament.result.ResultCsv;
import io.parley.tournament.result.ResultRow;
import io.parley.tournament.score.ScoreBoard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The files derived from results.csv once a tournament's rows are in: results.parquet, scores.csv
 * and report.html. Each reads the rows streamed from results.csv, so any runner that filled
 * results.csv gets the same files, and memory does not grow with the number of negotiations.
 */
public final class TournamentOutputs {
  public static final String PARQUET = "results.parquet";
  public static final String SCORES = "scores.csv";
  public static final String REPORT = "report.html";

  private TournamentOutputs() {}

  /**
   * Writes the derived files of {@code folder}.
   *
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static void write(ResultsFolder folder) {
    Path dir = folder.folder();
    ScoreBoard scores = new ScoreBoard();
    List<RowSink> sinks = new ArrayList<>();
    sinks.add(scores);
    sinks.add(new ParquetResultWriter(dir.resolve(PARQUET), folder.codec().parties()));
    TournamentReportBuilder report = new TournamentReportBuilder(folder.plan());
    sinks.add(report);
    try {
      forEachRow(dir.resolve(ResultsFolder.RESULTS), row -> sinks.forEach(s -> s.accept(row)));
    } finally {
      sinks.forEach(RowSink::close);
    }
    scores.write(dir.resolve(SCORES));
    report.write(dir.resolve(REPORT), scores);
  }

  /**
   * Streams every row of a results.csv to {@code action}.
   *
   * @throws UncheckedIOException if it cannot be read
   * @throws IllegalArgumentException for a line that is not a row, naming the file and line
   */
  public static void forEachRow(Path results, Consumer<ResultRow> action) {
    try (BufferedReader reader = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null) {
        return;
      }
      ResultCsv codec = ResultCsv.ofHeader(header);
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        ResultRow row;
        try {
          row = codec.parse(line);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(results + ":" + number + ": " + e.getMessage(), e);
        }
        action.accept(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + results, e);
    }
  }
}
