package io.parley.tournament.output;

import io.parley.tournament.result.ResultRow;

/**
 * Where result rows are streamed, one at a time, in plan order; a sink never needs all rows at
 * once. Not thread-safe: one thread feeds a sink.
 */
public interface RowSink extends AutoCloseable {

  /**
   * Takes one row.
   *
   * @throws java.io.UncheckedIOException if the row cannot be written
   */
  void accept(ResultRow row);

  /** Finishes the output; no row may follow. */
  @Override
  void close();
}
