package io.parley.tournament.output;

import io.parley.tournament.result.ResultCsv;
import io.parley.tournament.result.ResultRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends rows to results.csv through {@link ResultCsv}, writing the header first when the file is
 * new. Flushes at most every 200 ms (and on close), so that an interrupted tournament keeps every
 * row but the last moment's, and a kill leaves at most one partial last line, which {@link
 * ResultsFolder#resume} cuts off.
 */
public final class CsvResultWriter implements RowSink {
  private static final long FLUSH_NANOS = 200_000_000L;

  private final Path file;
  private final ResultCsv codec;
  private final BufferedWriter writer;
  private long lastFlush = System.nanoTime();

  /**
   * Opens {@code file} for appending (creating it with a header when it does not exist).
   *
   * @throws UncheckedIOException if it cannot be opened
   */
  public CsvResultWriter(Path file, ResultCsv codec) {
    this.file = file;
    this.codec = codec;
    try {
      boolean fresh = !Files.exists(file) || Files.size(file) == 0;
      this.writer =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      if (fresh) {
        writer.write(codec.header());
        writer.write('\n');
        writer.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + " for writing", e);
    }
  }

  @Override
  public void accept(ResultRow row) {
    try {
      writer.write(codec.format(row));
      writer.write('\n');
      long now = System.nanoTime();
      if (now - lastFlush > FLUSH_NANOS) {
        writer.flush();
        lastFlush = now;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}
