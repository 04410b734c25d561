package io.parley.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The event store over JDBC: an embedded H2 file database or PostgreSQL, through a HikariCP pool;
 * open one with {@link EventStores}. Safe for use by many threads, and by many processes sharing
 * one PostgreSQL database.
 *
 * <p>Appends are committed in groups: each caller's append waits in an {@link AppendQueue} while
 * the store's one writer thread commits every waiting append (up to {@value AppendQueue#MAX_BATCH})
 * in one transaction ({@link GroupCommit}), then answers each. Under load one commit carries many
 * appends, where the database would otherwise write one commit at a time; an append alone is
 * committed alone. If a group's transaction fails, each of its appends is retried in a transaction
 * of its own, so a failure reaches only the caller whose append failed.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li><b>Ordered:</b> a transaction locks the head row of each negotiation it appends to ({@code
 *       SELECT ... FOR UPDATE}; the first append inserts it, and of two racing first appends the
 *       loser waits for the winner's row) and chains that negotiation's appends in order of
 *       arrival, so appends to one negotiation, also from other processes sharing the database, are
 *       serialised and get sequences 1, 2, 3 ... without gaps.
 *   <li><b>Chained:</b> each event carries the hash of the one before ({@link EventHashes}), and
 *       the head row records the last sequence and hash, so {@link #verify} finds a changed,
 *       deleted or reordered event, including a deleted last event.
 *   <li><b>Idempotent:</b> an append whose client id the negotiation holds returns the stored event
 *       and writes nothing (the check runs under the lock, so concurrent retries store one event;
 *       two appends with one client id in one group store it once and both get that event).
 *   <li><b>Durable once acknowledged:</b> the transaction holding an append has committed before
 *       {@link #append} returns. On PostgreSQL (with its default {@code fsync=on}) a committed
 *       event survives a crash of the server or the machine. On H2 the store opens the file with
 *       {@code WRITE_DELAY=0}, so the commit is written to the file before {@code append} returns
 *       and survives the Java process being killed; H2 does not force each write to the disk, so an
 *       operating-system crash or power loss may lose the last moments of appends.
 *   <li><b>Exact times:</b> event times come from the injected clock, truncated to microseconds
 *       (what both databases store), so events read back equal what {@code append} returned.
 * </ul>
 *
 * <p>Database failures surface as {@link StoreException}s naming the operation, the negotiation and
 * the store's location; invalid arguments as {@link IllegalArgumentException}s.
 */
public final class JdbcEventStore implements EventStore {
  /** The longest negotiation id, event type and actor the store takes, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /** How long {@link #close} waits for the appends already submitted to be written. */
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

  private final HikariDataSource dataSource;
  private final StoreLocation location;
  private final GroupCommit groupCommit;
  private final AppendQueue queue;
  private final LogKeys keys;

  JdbcEventStore(HikariDataSource dataSource, StoreLocation location, Clock clock, LogKeys keys) {
    this.dataSource = dataSource;
    this.location = location;
    this.keys = keys;
    this.groupCommit = new GroupCommit(dataSource, clock, keys);
    this.queue = new AppendQueue(groupCommit, "parley-store-writer", CLOSE_GRACE);
  }

  /** Where this store lives. */
  public StoreLocation location() {
    return location;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the negotiation id, type or actor is blank or longer than
   *     {@value #MAX_NAME_LENGTH} characters, or the payload is null
   * @throws TamperedLogException if the log's head is not sealed by a key of this store (it was
   *     moved or forged): nothing is appended after it
   * @throws TamperedLedgerException if the event would create a negotiation and the ledger of
   *     negotiations fails verification
   * @throws StoreException if the database fails; the event may then be stored or not, and
   *     appending it again with the same client id is safe
   */
  @Override
  public StoredEvent append(String negotiation, NewEvent event) {
    checkName("negotiation id", negotiation);
    checkName("event type", event.type());
    checkName("actor", event.actor());
    if (event.payload() == null) {
      throw new IllegalArgumentException("payload of event " + event.clientId() + " is null");
    }
    try {
      return queue.submit(negotiation, event).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof TamperedLogException tampered) {
        throw new TamperedLogException(tampered.check());
      }
      if (e.getCause() instanceof TamperedLedgerException tampered) {
        throw tampered.rethrown();
      }
      throw failure(
          "append event " + event.clientId() + " to negotiation " + negotiation, e.getCause());
    }
  }

  /** The keys this store seals and verifies with. */
  LogKeys keys() {
    return keys;
  }

  /** The most appends committed in one transaction so far (for tests). */
  int largestCommit() {
    return groupCommit.largestCommit();
  }

  /** The queue of appends waiting for the writer (for tests). */
  AppendQueue queue() {
    return queue;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The log is verified as it is read ({@link #verify}).
   *
   * @throws TamperedLogException if it fails verification
   */
  @Override
  public List<StoredEvent> read(String negotiation) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Checked checked = checked(connection, negotiation);
        if (!checked.check().intact()) {
          throw new TamperedLogException(checked.check());
        }
        return checked.events();
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw failure("read negotiation " + negotiation, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The events returned are verified as they are read: their links, each from the event at
   * {@code after} (read too), their keyed hashes, and that none lies beyond the log's sealed head.
   *
   * @throws IllegalArgumentException if {@code after} is negative
   * @throws TamperedLogException if they fail verification
   */
  @Override
  public List<StoredEvent> readAfter(String negotiation, long after) {
    if (after < 0) {
      throw new IllegalArgumentException("read after sequence " + after + ": must be 0 or more");
    }
    if (after == 0) {
      return read(negotiation);
    }
    try (Connection connection = dataSource.getConnection()) {
      List<StoredEvent> events;
      try {
        events = EventTable.range(connection, negotiation, after - 1, Long.MAX_VALUE);
      } catch (EventTable.UnreadableEventException e) {
        throw new TamperedLogException(
            new ChainCheck(negotiation, 0, Optional.of(e.sequence()), e.getMessage()));
      }
      if (events.isEmpty()) {
        return List.of();
      }
      StoredEvent anchor = events.get(0);
      List<StoredEvent> later = events.subList(1, events.size());
      ChainCheck check =
          anchor.sequence() != after
              ? new ChainCheck(
                  negotiation,
                  events.size(),
                  Optional.of(after),
                  "event " + after + " is missing (deleted after it was stored)")
              : LogVerifier.links(negotiation, events, after - 1, anchor.previousHash(), keys);
      if (check.intact()) {
        check = againstHead(connection, negotiation, events);
      }
      if (!check.intact()) {
        throw new TamperedLogException(check);
      }
      return List.copyOf(later);
    } catch (SQLException e) {
      throw failure("read negotiation " + negotiation + " after event " + after, e);
    }
  }

  /** Checks that {@code events}, just read, end no later than the sealed head (read after them). */
  private ChainCheck againstHead(
      Connection connection, String negotiation, List<StoredEvent> events) throws SQLException {
    StoredEvent last = events.get(events.size() - 1);
    Optional<LogHead> head = NegotiationTable.read(connection, negotiation);
    String problem = null;
    long at = last.sequence();
    if (head.isEmpty()) {
      problem = "the log's head is missing (deleted after it was written)";
    } else if (head.get().sequence() < last.sequence()) {
      at = head.get().sequence() + 1;
      problem =
          "event "
              + at
              + " lies beyond the log's head, which records "
              + head.get().sequence()
              + " events (inserted after the last, or the head moved back)";
    } else if (head.get().sequence() == last.sequence() && !head.get().hash().equals(last.hash())) {
      problem = "the hash of the last event differs from the hash the log's head records";
    } else {
      Optional<String> seal = LogVerifier.sealProblem(negotiation, head.get(), keys);
      if (seal.isPresent()) {
        problem = "the log's head: " + seal.get();
      }
    }
    return problem == null
        ? new ChainCheck(negotiation, events.size(), Optional.empty(), "")
        : new ChainCheck(negotiation, events.size(), Optional.of(at), problem);
  }

  @Override
  public List<String> negotiations() {
    try (Connection connection = dataSource.getConnection()) {
      return NegotiationTable.ids(connection);
    } catch (SQLException e) {
      throw failure("list the negotiations", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Locks the log's head while it reads the log, so appends wait and the log is checked whole:
   * every event, each link with {@link EventHashes} and the key its key id names, then that the log
   * ends where its head says (so a deleted last event, an event inserted after the last, or a head
   * moved or forged are found) and that the head's seal holds. An event whose row cannot be read
   * back is reported as the broken link. An unknown negotiation has an intact, empty chain; that a
   * negotiation was deleted is found by {@link #verifyLedger}.
   */
  @Override
  public ChainCheck verify(String negotiation) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        return checked(connection, negotiation).check();
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw failure("verify negotiation " + negotiation, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Checks every negotiation's place in the ledger and the ledger's sealed head ({@link
   * Ledger}).
   */
  @Override
  public LedgerCheck verifyLedger() {
    try (Connection connection = dataSource.getConnection()) {
      return Ledger.verify(connection, keys);
    } catch (SQLException e) {
      throw failure("verify the ledger of negotiations", e);
    }
  }

  /** A log read whole under its head's lock, and its check. */
  private record Checked(List<StoredEvent> events, ChainCheck check) {}

  private Checked checked(Connection connection, String negotiation) throws SQLException {
    Optional<LogHead> head = NegotiationTable.lock(connection, negotiation);
    if (head.isEmpty()) {
      return new Checked(List.of(), new ChainCheck(negotiation, 0, Optional.empty(), ""));
    }
    List<StoredEvent> events;
    try {
      events = EventTable.range(connection, negotiation, 0, Long.MAX_VALUE);
    } catch (EventTable.UnreadableEventException e) {
      return new Checked(
          List.of(),
          new ChainCheck(
              negotiation, head.get().sequence(), Optional.of(e.sequence()), e.getMessage()));
    }
    return new Checked(events, LogVerifier.check(negotiation, events, head.get(), keys));
  }

  /**
   * Takes no more appends, waits (at most 30 s) for the appends already submitted to be committed,
   * failing any left with a {@link StoreException}, then closes the connection pool; the embedded
   * database is closed with its last connection.
   */
  @Override
  public void close() {
    queue.close();
    dataSource.close();
  }

  private StoreException failure(String operation, Throwable e) {
    return new StoreException(
        "could not " + operation + " in " + location + ": " + e.getMessage(), e);
  }

  private static void checkName(String what, String value) {
    if (value == null || value.isBlank() || value.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          what
              + " must be 1 to "
              + MAX_NAME_LENGTH
              + " characters, not blank, was "
              + (value == null ? "null" : "'" + value + "'"));
    }
  }
}
