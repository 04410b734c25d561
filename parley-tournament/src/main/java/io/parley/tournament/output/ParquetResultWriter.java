package io.parley.tournament.output;

import io.parley.tournament.result.Failure;
import io.parley.tournament.result.ResultRow;
import io.parley.tournament.result.SeatResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes results.parquet: the columns of results.csv ({@link
 * io.parley.tournament.result.ResultCsv}) with Parquet types — strings as UTF-8 binaries, numbers
 * as int32/int64/double, {@code agreement} as a boolean, absent values as nulls.
 *
 * <p>Hadoop stays out: the file is written through parquet-java's {@link LocalOutputFile} with a
 * {@link PlainParquetConfiguration}, neither of which needs Hadoop classes, and pages are gzipped
 * by the JDK ({@link GzipCodecs}) instead of parquet-java's codec factory, which loads Hadoop's
 * codec classes. Hadoop's API jar is needed at compile time only (the builder's overloads name
 * Hadoop's {@code Path}).
 */
public final class ParquetResultWriter implements RowSink {
  private final Path file;
  private final int parties;
  private final SimpleGroupFactory groups;
  private final ParquetWriter<Group> writer;

  /**
   * Creates (or replaces) {@code file} for rows of up to {@code parties} seats.
   *
   * @throws UncheckedIOException if it cannot be created
   */
  public ParquetResultWriter(Path file, int parties) {
    this.file = file;
    this.parties = parties;
    MessageType schema = schema(parties);
    this.groups = new SimpleGroupFactory(schema);
    try {
      Files.deleteIfExists(file);
      this.writer =
          ExampleParquetWriter.builder(new LocalOutputFile(file))
              .withConf(new PlainParquetConfiguration())
              .withType(schema)
              .withCodecFactory(new GzipCodecs())
              .withCompressionCodec(CompressionCodecName.GZIP)
              .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
  }

  /** The schema of rows with up to {@code parties} seats. */
  public static MessageType schema(int parties) {
    var s = new StringBuilder("message result {\n");
    s.append("  required int64 index;\n");
    s.append("  required binary key (STRING);\n");
    s.append("  required binary scenario (STRING);\n");
    s.append("  required binary protocol (STRING);\n");
    s.append("  required binary mediator (STRING);\n");
    s.append("  required int32 repetition;\n");
    s.append("  required int64 seed;\n");
    for (int i = 1; i <= parties; i++) {
      s.append("  optional binary party_").append(i).append(" (STRING);\n");
      s.append("  optional binary agent_").append(i).append(" (STRING);\n");
      s.append("  optional double utility_").append(i).append(";\n");
      s.append("  optional double reservation_").append(i).append(";\n");
      s.append("  optional double advantage_").append(i).append(";\n");
    }
    s.append("  required boolean agreement;\n");
    s.append("  required binary outcome (STRING);\n");
    s.append("  required double welfare;\n");
    s.append("  optional double pareto_optimality;\n");
    s.append("  optional double nash_optimality;\n");
    s.append("  optional double kalai_optimality;\n");
    s.append("  required int32 rounds;\n");
    s.append("  required binary end (STRING);\n");
    s.append("  optional binary failure_seat (STRING);\n");
    s.append("  optional binary failure_kind (STRING);\n");
    s.append("  optional binary failure_message (STRING);\n");
    s.append("  required double wall_time_ms;\n");
    s.append("}\n");
    return MessageTypeParser.parseMessageType(s.toString());
  }

  @Override
  public void accept(ResultRow row) {
    Group g = groups.newGroup();
    g.add("index", row.index());
    g.add("key", row.key());
    g.add("scenario", row.scenario());
    g.add("protocol", row.protocol());
    g.add("mediator", row.mediator());
    g.add("repetition", row.repetition());
    g.add("seed", row.seed());
    for (int i = 0; i < Math.min(parties, row.seats().size()); i++) {
      SeatResult seat = row.seats().get(i);
      int n = i + 1;
      g.add("party_" + n, seat.party());
      g.add("agent_" + n, seat.agent());
      g.add("utility_" + n, seat.utility());
      g.add("reservation_" + n, seat.reservation());
      g.add("advantage_" + n, seat.advantage());
    }
    g.add("agreement", row.agreement());
    g.add("outcome", row.outcome());
    g.add("welfare", row.welfare());
    row.paretoOptimality().ifPresent(v -> g.add("pareto_optimality", v));
    row.nashOptimality().ifPresent(v -> g.add("nash_optimality", v));
    row.kalaiOptimality().ifPresent(v -> g.add("kalai_optimality", v));
    g.add("rounds", row.rounds());
    g.add("end", row.end());
    if (row.failure().isPresent()) {
      Failure f = row.failure().get();
      g.add("failure_seat", f.seat());
      g.add("failure_kind", f.kind());
      g.add("failure_message", f.message());
    }
    g.add("wall_time_ms", row.wallTimeMillis());
    try {
      writer.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish " + file, e);
    }
  }
}
