package io.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code negotiations} table: one row per log, holding its head. Statements only. */
final class NegotiationTable {
  private NegotiationTable() {}

  /** A negotiation's entry in the ledger ({@link Seals}); empty fields while not registered. */
  record Entry(
      String id, Optional<Long> position, Optional<String> previous, Optional<String> link) {}

  /** The head of {@code negotiation}'s log, locked until the transaction ends; empty if none. */
  static Optional<LogHead> lock(Connection connection, String negotiation) throws SQLException {
    return select(
        connection,
        "SELECT last_sequence, last_hash, head_seal FROM negotiations WHERE id = ? FOR UPDATE",
        negotiation);
  }

  /** The head of {@code negotiation}'s log without locking it; empty if none. */
  static Optional<LogHead> read(Connection connection, String negotiation) throws SQLException {
    return select(
        connection,
        "SELECT last_sequence, last_hash, head_seal FROM negotiations WHERE id = ?",
        negotiation);
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

  /** Moves {@code negotiation}'s head to {@code head}, with its seal. */
  static void advance(Connection connection, String negotiation, LogHead head) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE negotiations SET last_sequence = ?, last_hash = ?, head_seal = ?"
                + " WHERE id = ?")) {
      statement.setLong(1, head.sequence());
      statement.setString(2, head.hash());
      statement.setString(3, head.seal().orElse(null));
      statement.setString(4, negotiation);
      if (statement.executeUpdate() != 1) {
        throw new SQLException("the head row of negotiation " + negotiation + " vanished");
      }
    }
  }

  /** Records {@code entry} as {@code entry.id()}'s place in the ledger. */
  static void register(Connection connection, Entry entry) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE negotiations SET ledger_position = ?, ledger_previous = ?, ledger_link = ?"
                + " WHERE id = ?")) {
      statement.setLong(1, entry.position().orElseThrow());
      statement.setString(2, entry.previous().orElseThrow());
      statement.setString(3, entry.link().orElseThrow());
      statement.setString(4, entry.id());
      if (statement.executeUpdate() != 1) {
        throw new SQLException("the head row of negotiation " + entry.id() + " vanished");
      }
    }
  }

  /** Which of {@code negotiations} have a head row, with one query. */
  static Set<String> existing(Connection connection, Collection<String> negotiations)
      throws SQLException {
    String marks = String.join(", ", Collections.nCopies(negotiations.size(), "?"));
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT id FROM negotiations WHERE id IN (" + marks + ")")) {
      int index = 1;
      for (String negotiation : negotiations) {
        statement.setString(index++, negotiation);
      }
      try (ResultSet rows = statement.executeQuery()) {
        Set<String> ids = new HashSet<>();
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
        return ids;
      }
    }
  }

  /** The ids of every negotiation with at least one event, in order of creation. */
  static List<String> ids(Connection connection) throws SQLException {
    return strings(
        connection, "SELECT id FROM negotiations WHERE last_sequence > 0 ORDER BY creation_order");
  }

  /** The ids of the logs of schema version 1 not sealed yet, in order of creation. */
  static List<String> unsealed(Connection connection) throws SQLException {
    return strings(
        connection,
        "SELECT id FROM negotiations WHERE head_seal IS NULL AND ledger_position IS NULL"
            + " AND last_sequence > 0 ORDER BY creation_order");
  }

  /** Whether any log has been sealed (so the ledger must exist). */
  static boolean anySealed(Connection connection) throws SQLException {
    return !strings(
            connection,
            "SELECT id FROM negotiations WHERE head_seal IS NOT NULL OR ledger_position IS NOT NULL")
        .isEmpty();
  }

  /** Every negotiation's ledger entry, registered ones in ledger order, then the others. */
  static List<Entry> entries(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id, ledger_position, ledger_previous, ledger_link FROM negotiations"
                    + " ORDER BY CASE WHEN ledger_position IS NULL THEN 1 ELSE 0 END,"
                    + " ledger_position, creation_order");
        ResultSet rows = statement.executeQuery()) {
      List<Entry> entries = new ArrayList<>();
      while (rows.next()) {
        long position = rows.getLong(2);
        entries.add(
            new Entry(
                rows.getString(1),
                rows.wasNull() ? Optional.empty() : Optional.of(position),
                Optional.ofNullable(rows.getString(3)),
                Optional.ofNullable(rows.getString(4))));
      }
      return entries;
    }
  }

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
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
        return Optional.of(
            new LogHead(row.getLong(1), row.getString(2), Optional.ofNullable(row.getString(3))));
      }
    }
  }
}
