package io.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Writes a batch of appends in one transaction, committed once (group commit), and falls back to
 * one transaction per append when that fails, so that one append the database refuses fails only
 * its own caller.
 *
 * <p>In the batch's transaction, each negotiation the batch touches, in order of id (so that two
 * processes writing batches to one database cannot deadlock), is handled once: its head row is
 * locked ({@code SELECT ... FOR UPDATE}, inserting it first for a new log), the client ids already
 * stored are looked up, and its appends, in order of arrival, are chained in memory after the head,
 * an append whose client id is stored (earlier, or earlier in the batch) answered with that event;
 * the new events are inserted with one JDBC batch and the head advanced. Every append is answered
 * only after the commit.
 */
final class GroupCommit implements AppendQueue.BatchWriter {
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final Clock clock;
  private final LogKeys keys;
  private final AtomicInteger largestCommit = new AtomicInteger();

  GroupCommit(DataSource dataSource, Clock clock, LogKeys keys) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.keys = keys;
  }

  /** The most appends committed in one transaction so far (for tests). */
  int largestCommit() {
    return largestCommit.get();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Uses one pooled connection for the batch and its retries; if none can be had, every append
   * in the batch fails with that error (rather than each waiting for the pool in turn).
   */
  @Override
  public void write(List<PendingAppend> batch) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      write(connection, batch);
    } catch (SQLException | RuntimeException e) {
      // Completing a completed append does nothing: this fails only those left waiting.
      batch.forEach(append -> append.result().completeExceptionally(e));
    }
  }

  private void write(Connection connection, List<PendingAppend> batch) {
    try {
      complete(batch, commit(connection, batch));
    } catch (SQLException | RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).result().completeExceptionally(e);
        return;
      }
      // Which append failed is unknown: retry each alone. Retrying is safe even if the batch did
      // commit (a failure reported by the commit itself), as a stored client id is answered.
      for (PendingAppend append : batch) {
        try {
          complete(List.of(append), commit(connection, List.of(append)));
        } catch (SQLException | RuntimeException alone) {
          append.result().completeExceptionally(alone);
        }
      }
    }
  }

  private static void complete(List<PendingAppend> batch, List<StoredEvent> stored) {
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).result().complete(stored.get(i));
    }
  }

  /** Writes {@code batch} in one transaction; the stored events in the batch's order. */
  private List<StoredEvent> commit(Connection connection, List<PendingAppend> batch)
      throws SQLException {
    Map<String, List<PendingAppend>> byNegotiation = new TreeMap<>();
    for (PendingAppend append : batch) {
      byNegotiation.computeIfAbsent(append.negotiation(), id -> new ArrayList<>()).add(append);
    }
    Map<PendingAppend, StoredEvent> stored = new IdentityHashMap<>();
    try {
      // The ledger's head is locked before any negotiation's (when the batch may create one), so
      // that two processes writing to one database take their locks in one order.
      Optional<LedgerTable.Head> before = Optional.empty();
      if (NegotiationTable.existing(connection, byNegotiation.keySet()).size()
          < byNegotiation.size()) {
        before = Optional.of(Ledger.lock(connection, keys));
      }
      Optional<LedgerTable.Head> ledger = before;
      for (Map.Entry<String, List<PendingAppend>> log : byNegotiation.entrySet()) {
        ledger = append(connection, log.getKey(), log.getValue(), stored, ledger);
      }
      if (!ledger.equals(before)) {
        LedgerTable.update(connection, ledger.orElseThrow());
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      throw e;
    }
    largestCommit.accumulateAndGet(batch.size(), Math::max);
    return batch.stream().map(stored::get).toList();
  }

  /**
   * Appends {@code appends}, in order, to {@code negotiation}'s log, putting each in stored; enters
   * a new log in the ledger, whose head (locked by the caller when the batch may create a log) it
   * returns.
   */
  private Optional<LedgerTable.Head> append(
      Connection connection,
      String negotiation,
      List<PendingAppend> appends,
      Map<PendingAppend, StoredEvent> stored,
      Optional<LedgerTable.Head> ledger)
      throws SQLException {
    Optional<LogHead> existing = NegotiationTable.lock(connection, negotiation);
    LogHead head = existing.isPresent() ? existing.get() : createHead(connection, negotiation);
    if (head.sequence() > 0) {
      Optional<String> seal = LogVerifier.sealProblem(negotiation, head, keys);
      if (seal.isPresent()) {
        // Chaining after a head nobody sealed would seal over a truncation or a forgery.
        throw new TamperedLogException(
            new ChainCheck(
                negotiation,
                head.sequence(),
                Optional.of(head.sequence()),
                "the log's head: " + seal.get()));
      }
    } else {
      LedgerTable.Head locked = ledger.isPresent() ? ledger.get() : Ledger.lock(connection, keys);
      ledger = Optional.of(Ledger.enter(connection, locked, negotiation, keys.current()));
    }
    Set<String> clientIds = new LinkedHashSet<>();
    appends.forEach(append -> clientIds.add(append.event().clientId()));
    Map<String, StoredEvent> byClientId =
        EventTable.byClientIds(connection, negotiation, clientIds);
    List<StoredEvent> inserts = new ArrayList<>();
    for (PendingAppend append : appends) {
      StoredEvent event = byClientId.get(append.event().clientId());
      if (event == null) {
        long sequence = head.sequence() + 1;
        event =
            StoredEvent.chained(
                keys.current(), negotiation, sequence, now(), head.hash(), append.event());
        head = LogHead.after(event, keys.current());
        byClientId.put(event.clientId(), event);
        inserts.add(event);
      }
      stored.put(append, event);
    }
    if (!inserts.isEmpty()) {
      EventTable.insertAll(connection, inserts);
      NegotiationTable.advance(connection, negotiation, head);
    }
    return ledger;
  }

  /**
   * Creates the negotiation's head row and locks it; if another process created it meanwhile, locks
   * that one.
   */
  private LogHead createHead(Connection connection, String negotiation) throws SQLException {
    Savepoint beforeInsert = connection.setSavepoint();
    try {
      NegotiationTable.insertEmpty(connection, negotiation, now());
      connection.releaseSavepoint(beforeInsert);
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      // Another writer on this database (another process) created the row and committed.
      connection.rollback(beforeInsert);
    }
    return NegotiationTable.lock(connection, negotiation)
        .orElseThrow(
            () -> new SQLException("the head row of negotiation " + negotiation + " vanished"));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
