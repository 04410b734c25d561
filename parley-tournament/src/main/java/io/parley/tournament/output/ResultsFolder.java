package io.parley.tournament.output;

import io.parley.tournament.Plan;
import io.parley.tournament.result.ResultCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * The output folder of a tournament: plan.json (written before anything runs, with the config's
 * fingerprint), results.csv (appended as rows finish) and the files derived from it at the end .
 * Every runner writes through this class, so the files are the same whichever runner made the rows.
 */
public final class ResultsFolder {
  public static final String PLAN = "plan.json";
  public static final String RESULTS = "results.csv";

  private final Path folder;
  private final Plan plan;
  private final ResultCsv codec;
  private final BitSet finished;

  private ResultsFolder(Path folder, Plan plan, ResultCsv codec, BitSet finished) {
    this.folder = folder;
    this.plan = plan;
    this.codec = codec;
    this.finished = finished;
  }

  /**
   * Starts a fresh tournament in {@code folder} (created if needed) and writes plan.json.
   *
   * @throws ResultsFolderException if the folder already holds results (use {@link #resume})
   * @throws UncheckedIOException if it cannot be written
   */
  public static ResultsFolder create(Path folder, Plan plan) {
    if (Files.exists(folder.resolve(RESULTS))) {
      throw new ResultsFolderException(
          folder
              + " already holds "
              + RESULTS
              + "; pass --resume to continue that tournament, or choose another folder");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the results folder " + folder, e);
    }
    PlanJson.write(plan, folder.resolve(PLAN));
    return new ResultsFolder(folder, plan, new ResultCsv(plan.maxParties()), new BitSet());
  }

  /**
   * Continues the tournament in {@code folder}: checks that plan.json there has the fingerprint of
   * {@code plan}'s config, cuts off a partial last line of results.csv (a killed run) and remembers
   * which negotiations are finished. A folder without plan.json starts fresh.
   *
   * @throws ResultsFolderException if the folder belongs to another config, saying so
   */
  public static ResultsFolder resume(Path folder, Plan plan) {
    Path planFile = folder.resolve(PLAN);
    if (!Files.exists(planFile)) {
      return create(folder, plan);
    }
    String expected = plan.config().fingerprint();
    String found =
        PlanJson.fingerprint(planFile)
            .orElseThrow(() -> new ResultsFolderException(planFile + " has no config fingerprint"));
    if (!found.equals(expected)) {
      throw new ResultsFolderException(
          "cannot resume in "
              + folder
              + ": its results come from a different tournament config (fingerprint "
              + found.substring(0, 12)
              + "…, this config's is "
              + expected.substring(0, 12)
              + "…); choose another folder or the config it was made with");
    }
    ResultCsv codec = new ResultCsv(plan.maxParties());
    BitSet finished = new BitSet();
    Path results = folder.resolve(RESULTS);
    if (Files.exists(results)) {
      cutPartialLine(results);
      try (BufferedReader reader = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
        String header = reader.readLine();
        if (header != null && !header.equals(codec.header())) {
          throw new ResultsFolderException(results + " has another header than this plan writes");
        }
        String line;
        while ((line = reader.readLine()) != null) {
          int comma = line.indexOf(',');
          long index = Long.parseLong(line.substring(0, comma));
          if (index >= plan.size() || !ResultCsv.keyOf(line).equals(plan.get(index).key())) {
            throw new ResultsFolderException(
                results + ": row " + index + " is not this plan's negotiation " + index);
          }
          finished.set(Math.toIntExact(index));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + results, e);
      }
    }
    return new ResultsFolder(folder, plan, codec, finished);
  }

  private static void cutPartialLine(Path file) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long length = raf.length();
      long end = length;
      while (end > 0) {
        raf.seek(end - 1);
        if (raf.read() == '\n') {
          break;
        }
        end--;
      }
      if (end < length) {
        raf.setLength(end);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot repair " + file, e);
    }
  }

  public Path folder() {
    return folder;
  }

  public Plan plan() {
    return plan;
  }

  public ResultCsv codec() {
    return codec;
  }

  /** Whether negotiation {@code index} already has a row. */
  public boolean isFinished(long index) {
    return index < Integer.MAX_VALUE && finished.get((int) index);
  }

  /** How many negotiations already have a row. */
  public long finishedCount() {
    return finished.cardinality();
  }

  /** A sink appending rows to results.csv. */
  public RowSink results() {
    return new CsvResultWriter(folder.resolve(RESULTS), codec);
  }
}
