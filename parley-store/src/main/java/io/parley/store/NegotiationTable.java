package io.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code negotiations} table: one row per log, holding its head. Statements only. */
final class NegotiationTable {
  private NegotiationTable() {}

  /** The head of {@code negotiation}'s log, locked until the transaction ends; empty if none. */
  static Optional<LogHead> lock(Connection connection, String negotiation) throws SQLException {
    return select(
        connection,
        "SELECT last_sequence, last_hash FROM negotiations WHERE id = ? FOR UPDATE",
        negotiation);
  }

  /** The head of {@code negotiation}'s log without locking it; empty if none. */
  static Optional<LogHead> read(Connection connection, String negotiation) throws SQLException {
    return select(
        connection, "SELECT last_sequence, last_hash FROM negotiations WHERE id = ?", negotiation);
  }

  /** Inserts an empty head for {@code negotiation}; fails with a unique violation if one exists. */
  static void insertEmpty(Connection connection, String negotiation, Instant createdAt)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO negotiations (id, created_at, last_sequence, last_hash)"
                + " VALUES (?, ?, 0, ?)")) {
      statement.setString(1, negotiation);
      statement.setObject(2, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
      statement.setString(3, EventHashes.GENESIS);
      statement.executeUpdate();
    }
  }

  /** Moves {@code negotiation}'s head to {@code head}. */
  static void advance(Connection connection, String negotiation, LogHead head) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE negotiations SET last_sequence = ?, last_hash = ? WHERE id = ?")) {
      statement.setLong(1, head.sequence());
      statement.setString(2, head.hash());
      statement.setString(3, negotiation);
      if (statement.executeUpdate() != 1) {
        throw new SQLException("the head row of negotiation " + negotiation + " vanished");
      }
    }
  }

  /** The ids of every negotiation with at least one event, in order of creation. */
  static List<String> ids(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id FROM negotiations WHERE last_sequence > 0 ORDER BY creation_order");
        ResultSet rows = statement.executeQuery()) {
      List<String> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
      return ids;
    }
  }

  private static Optional<LogHead> select(Connection connection, String sql, String negotiation)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, negotiation);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new LogHead(row.getLong(1), row.getString(2)));
      }
    }
  }
}
