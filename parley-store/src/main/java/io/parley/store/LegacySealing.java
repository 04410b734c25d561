package io.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Brings a store up to keyed tamper evidence when it is opened for writing: creates the ledger's
 * head in a store that has none, and seals each log of schema version 1 (plain SHA-256 hashes, no
 * head seal) whose chain is intact, entering it in the ledger. Its old events keep their unkeyed
 * hashes; the head seal, and the keyed hash of the next event appended, cover the last of them, so
 * an edit to them still shows. A log whose old chain is already broken is left unsealed, for {@code
 * parley verify-log} to report. Runs in one transaction holding the ledger's lock, so two processes
 * opening one database seal each log once.
 */
final class LegacySealing {
  private static final String UNIQUE_VIOLATION = "23505";

  private LegacySealing() {}

  static void run(DataSource dataSource, LogKeys keys) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        seal(connection, keys);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static void seal(Connection connection, LogKeys keys) throws SQLException {
    Optional<LedgerTable.Head> existing = LedgerTable.lock(connection);
    if (existing.isEmpty()) {
      if (NegotiationTable.anySealed(connection)) {
        // The ledger's head was deleted: creating a new one would hide that. Left for verify-log.
        return;
      }
      Savepoint beforeInsert = connection.setSavepoint();
      try {
        LedgerTable.insert(connection, LedgerTable.Head.empty(keys.current()));
        connection.releaseSavepoint(beforeInsert);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        connection.rollback(beforeInsert);
      }
    }
    List<String> unsealed = NegotiationTable.unsealed(connection);
    if (unsealed.isEmpty()) {
      return;
    }
    LedgerTable.Head before;
    try {
      before = Ledger.lock(connection, keys);
    } catch (TamperedLedgerException e) {
      return;
    }
    LedgerTable.Head ledger = before;
    for (String negotiation : unsealed) {
      LogHead head = NegotiationTable.lock(connection, negotiation).orElseThrow();
      List<StoredEvent> events;
      try {
        events = EventTable.range(connection, negotiation, 0, Long.MAX_VALUE);
      } catch (EventTable.UnreadableEventException e) {
        continue;
      }
      boolean intact =
          LogVerifier.links(negotiation, events, 0, EventHashes.GENESIS, keys).intact()
              && events.size() == head.sequence()
              && !events.isEmpty()
              && events.get(events.size() - 1).hash().equals(head.hash());
      if (intact) {
        NegotiationTable.advance(
            connection,
            negotiation,
            new LogHead(
                head.sequence(),
                head.hash(),
                Optional.of(
                    Seals.head(keys.current(), negotiation, head.sequence(), head.hash()))));
        ledger = Ledger.enter(connection, ledger, negotiation, keys.current());
      }
    }
    if (!ledger.equals(before)) {
      LedgerTable.update(connection, ledger);
    }
  }
}
