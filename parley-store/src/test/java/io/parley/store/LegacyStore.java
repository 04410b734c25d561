package io.parley.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * A store as schema version 1 wrote it: events chained by plain SHA-256, without key ids, seals or
 * ledger; for testing that opening it seals it.
 */
final class LegacyStore {
  private LegacyStore() {}

  /** Creates a store of schema version 1 at {@code location} holding one log of {@code count}. */
  static void create(StoreLocation location, String negotiation, int count) throws Exception {
    if (location.dataDirectory().isPresent()) {
      Files.createDirectories(location.dataDirectory().get());
    }
    Flyway.configure()
        .dataSource(location.jdbcUrl(), null, null)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
      String previous = EventHashes.GENESIS;
      Instant time = Instant.parse("2024-01-01T00:00:00Z");
      NegotiationTable.insertEmpty(connection, negotiation, time);
      for (int i = 1; i <= count; i++) {
        StoredEvent unhashed = event(negotiation, i, time.plusSeconds(i), previous, "");
        StoredEvent event =
            event(negotiation, i, unhashed.time(), previous, EventHashes.legacyHash(unhashed));
        insertVersion1(connection, event);
        previous = event.hash();
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              "UPDATE negotiations SET last_sequence = ?, last_hash = ? WHERE id = ?")) {
        statement.setLong(1, count);
        statement.setString(2, previous);
        statement.setString(3, negotiation);
        statement.executeUpdate();
      }
    }
  }

  /**
   * Edits event {@code from}'s payload and rehashes it and the unkeyed events after it with plain
   * SHA-256, as anyone could for version 1.
   */
  static void editAndRehash(StoreLocation location, String negotiation, long from)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
      List<StoredEvent> events = EventTable.range(connection, negotiation, 0, Long.MAX_VALUE);
      String previous = events.get((int) from - 2).hash();
      for (StoredEvent event : events.subList((int) from - 1, events.size())) {
        if (event.keyId().isPresent()) {
          break;
        }
        String payload = event.sequence() == from ? "{\"text\":\"forged\"}" : event.payload();
        StoredEvent edited =
            new StoredEvent(
                negotiation,
                event.sequence(),
                event.clientId(),
                event.time(),
                event.type(),
                event.actor(),
                event.recipients(),
                payload,
                previous,
                "",
                Optional.empty());
        String hash = EventHashes.legacyHash(edited);
        try (PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE events SET payload = ?, previous_hash = ?, hash = ?"
                    + " WHERE negotiation = ? AND sequence = ?")) {
          statement.setString(1, payload);
          statement.setString(2, previous);
          statement.setString(3, hash);
          statement.setString(4, negotiation);
          statement.setLong(5, event.sequence());
          statement.executeUpdate();
        }
        previous = hash;
      }
    }
  }

  private static StoredEvent event(
      String negotiation, long sequence, Instant time, String previous, String hash) {
    return new StoredEvent(
        negotiation,
        sequence,
        "old-" + sequence,
        time,
        "message-sent",
        "buyer",
        List.of("buyer"),
        "{\"text\":\"old " + sequence + "\"}",
        previous,
        hash,
        Optional.empty());
  }

  private static void insertVersion1(Connection connection, StoredEvent event) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO events (negotiation, sequence, client_id, time, type, actor, recipients,"
                + " payload, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      statement.setString(1, event.negotiation());
      statement.setLong(2, event.sequence());
      statement.setString(3, event.clientId());
      statement.setObject(4, OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC));
      statement.setString(5, event.type());
      statement.setString(6, event.actor());
      statement.setString(7, "[\"buyer\"]");
      statement.setString(8, event.payload());
      statement.setString(9, event.previousHash());
      statement.setString(10, event.hash());
      statement.executeUpdate();
    }
  }
}
