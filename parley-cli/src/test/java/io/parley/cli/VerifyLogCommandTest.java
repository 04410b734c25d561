package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.store.EventStores;
import io.parley.store.JdbcEventStore;
import io.parley.store.NewEvent;
import io.parley.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley verify-log} over an embedded store in a temporary data directory. */
class VerifyLogCommandTest {
  @TempDir Path data;

  @BeforeEach
  void fillStore() {
    try (JdbcEventStore store = EventStores.open(Optional.empty(), data)) {
      append(store, "cairo-1", 42);
      append(store, "lagos-2", 1);
      append(store, "lima-3", 5);
    }
  }

  private static void append(JdbcEventStore store, String negotiation, int count) {
    for (int i = 1; i <= count; i++) {
      store.append(
          negotiation,
          new NewEvent("e" + i, "text-drafted", "mediator", List.of("buyer"), "{\"n\":" + i + "}"));
    }
  }

  private void tamper(String sql, Object... arguments) throws Exception {
    String url = StoreLocation.of(Optional.empty(), data).jdbcUrl();
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < arguments.length; i++) {
        statement.setObject(i + 1, arguments[i]);
      }
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void intactStore_printsOneLinePerNegotiationAndExitsZero() {
    Run run = Run.of("verify-log", "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "cairo-1: 42 events, chain intact",
            "lagos-2: 1 event, chain intact",
            "lima-3: 5 events, chain intact");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void namedNegotiations_areTheOnlyOnesChecked() {
    Run run = Run.of("verify-log", "--data", data.toString(), "lima-3", "cairo-1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly("lima-3: 5 events, chain intact", "cairo-1: 42 events, chain intact");
  }

  @Test
  void tamperedPayload_isReportedAtItsEventAndExitsOne() throws Exception {
    tamper(
        "UPDATE events SET payload = ? WHERE negotiation = ? AND sequence = ?",
        "{\"n\":999}",
        "cairo-1",
        17);

    Run run = Run.of("verify-log", "--data", data.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .hasSize(3)
        .element(0)
        .asString()
        .startsWith("cairo-1: broken at event 17: hash ")
        .endsWith("does not match the event's content (changed after it was stored)");
    assertThat(run.out().lines()).contains("lagos-2: 1 event, chain intact");
  }

  @Test
  void deletedLastEvent_isReported() throws Exception {
    tamper("DELETE FROM events WHERE negotiation = ? AND sequence = ?", "lima-3", 5);

    Run run = Run.of("verify-log", "--data", data.toString(), "lima-3");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly("lima-3: broken at event 5: event 5 is missing: the log's head records 5");
  }

  @Test
  void unknownNegotiation_isAUsageError() {
    Run run = Run.of("verify-log", "--data", data.toString(), "cairo-1", "nowhere");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("parley: unknown negotiation 'nowhere' in the H2 database ")
        .contains("it holds cairo-1, lagos-2, lima-3");
  }

  @Test
  void unsupportedUrl_isAUsageErrorNamingIt() {
    Run run = Run.of("verify-log", "--db", "jdbc:mysql://localhost/parley");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("parley: unsupported database URL 'jdbc:mysql://localhost/parley'")
        .contains("jdbc:postgresql:");
  }

  @Test
  void bothDataAndDb_isAUsageError() {
    Run run = Run.of("verify-log", "--data", data.toString(), "--db", "jdbc:postgresql://h/parley");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("parley: give --data DIR or --db URL, not both\n");
  }

  @Test
  void directoryWithoutStore_isAUsageErrorAndCreatesNothing() throws Exception {
    Path empty = Files.createDirectory(data.resolve("empty"));

    Run run = Run.of("verify-log", "--data", empty.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("parley: no event store in " + empty);
    try (var files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void unreachablePostgres_isAFailure() {
    Run run = Run.of("verify-log", "--db", "jdbc:postgresql://127.0.0.1:1/parley?connectTimeout=2");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("parley: could not connect to the PostgreSQL database");
  }

  @Test
  void emptyStore_saysSoAndExitsZero() throws Exception {
    Path other = data.resolve("other");
    EventStores.open(Optional.empty(), other).close();

    Run run = Run.of("verify-log", "--data", other.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("No negotiations in the H2 database ");
  }

  @Test
  void help_describesTheOptionsAndExitCodes() {
    Run run = Run.of("verify-log", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--data", "--db", "NEGOTIATION", "parley-data", "Exit codes:");
  }
}
