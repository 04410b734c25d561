package io.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code ledger} table: its one row is the sealed head of the ledger of negotiations ({@link
 * Seals}). Statements only.
 */
final class LedgerTable {
  private LedgerTable() {}

  /**
   * The ledger's head.
   *
   * @param negotiations how many negotiations the ledger holds
   * @param last the last one's id ("" while empty)
   * @param lastLink its link ({@link Seals#NO_LINK} while empty)
   * @param seal the seal over those three
   */
  record Head(long negotiations, String last, String lastLink, String seal) {
    /** The empty ledger's head, sealed with {@code key}. */
    static Head empty(LogKey key) {
      return sealed(key, 0, "", Seals.NO_LINK);
    }

    static Head sealed(LogKey key, long negotiations, String last, String lastLink) {
      return new Head(
          negotiations, last, lastLink, Seals.ledger(key, negotiations, last, lastLink));
    }
  }

  /** The ledger's head, locked until the transaction ends; empty if there is none. */
  static Optional<Head> lock(Connection connection) throws SQLException {
    return select(
        connection,
        "SELECT negotiations, last_negotiation, last_link, seal FROM ledger WHERE id = 1"
            + " FOR UPDATE");
  }

  /** The ledger's head without locking it; empty if there is none. */
  static Optional<Head> read(Connection connection) throws SQLException {
    return select(
        connection,
        "SELECT negotiations, last_negotiation, last_link, seal FROM ledger WHERE id = 1");
  }

  /** Creates the ledger's head; fails with a unique violation if it exists. */
  static void insert(Connection connection, Head head) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO ledger (id, negotiations, last_negotiation, last_link, seal)"
                + " VALUES (1, ?, ?, ?, ?)")) {
      set(statement, head);
      statement.executeUpdate();
    }
  }

  /** Replaces the ledger's head. */
  static void update(Connection connection, Head head) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE ledger SET negotiations = ?, last_negotiation = ?, last_link = ?, seal = ?"
                + " WHERE id = 1")) {
      set(statement, head);
      if (statement.executeUpdate() != 1) {
        throw new SQLException("the ledger's head row vanished");
      }
    }
  }

  private static void set(PreparedStatement statement, Head head) throws SQLException {
    statement.setLong(1, head.negotiations());
    statement.setString(2, head.last());
    statement.setString(3, head.lastLink());
    statement.setString(4, head.seal());
  }

  private static Optional<Head> select(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Head(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
    }
  }
}
