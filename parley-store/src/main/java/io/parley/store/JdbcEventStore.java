package io.parley.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The event store over JDBC: an embedded H2 file database or PostgreSQL, through a HikariCP pool;
 * open one with {@link EventStores}. Safe for use by many threads, and by many processes sharing
 * one PostgreSQL database.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li><b>Ordered:</b> an append locks its negotiation's head row ({@code SELECT ... FOR UPDATE};
 *       the first append inserts it, and of two racing first appends the loser waits for the
 *       winner's row), so appends to one negotiation are serialised and get sequences 1, 2, 3 ...
 *       without gaps; appends to different negotiations do not wait for each other.
 *   <li><b>Chained:</b> each event carries the hash of the one before ({@link EventHashes}), and
 *       the head row records the last sequence and hash, so {@link #verify} finds a changed,
 *       deleted or reordered event, including a deleted last event.
 *   <li><b>Idempotent:</b> an append whose client id the negotiation holds returns the stored event
 *       and writes nothing (the check runs under the lock, so concurrent retries store one event).
 *   <li><b>Durable once acknowledged:</b> an append is one transaction, committed before {@link
 *       #append} returns. On PostgreSQL (with its default {@code fsync=on}) a committed event
 *       survives a crash of the server or the machine. On H2 the store opens the file with {@code
 *       WRITE_DELAY=0}, so the commit is written to the file before {@code append} returns and
 *       survives the Java process being killed; H2 does not force each write to the disk, so an
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

  private static final String UNIQUE_VIOLATION = "23505";

  private final HikariDataSource dataSource;
  private final StoreLocation location;
  private final Clock clock;

  JdbcEventStore(HikariDataSource dataSource, StoreLocation location, Clock clock) {
    this.dataSource = dataSource;
    this.location = location;
    this.clock = clock;
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
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        StoredEvent stored = appendLocked(connection, negotiation, event);
        connection.commit();
        return stored;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw failure("append event " + event.clientId() + " to negotiation " + negotiation, e);
    }
  }

  private StoredEvent appendLocked(Connection connection, String negotiation, NewEvent event)
      throws SQLException {
    LogHead head = lockHead(connection, negotiation);
    Optional<StoredEvent> earlier =
        EventTable.byClientId(connection, negotiation, event.clientId());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Instant time = now();
    long sequence = head.sequence() + 1;
    StoredEvent stored = StoredEvent.chained(negotiation, sequence, time, head.hash(), event);
    EventTable.insert(connection, stored);
    NegotiationTable.advance(connection, negotiation, new LogHead(sequence, stored.hash()));
    return stored;
  }

  /** Locks the negotiation's head row, creating it first if there is none. */
  private LogHead lockHead(Connection connection, String negotiation) throws SQLException {
    Optional<LogHead> head = NegotiationTable.lock(connection, negotiation);
    if (head.isPresent()) {
      return head.get();
    }
    Savepoint beforeInsert = connection.setSavepoint();
    try {
      NegotiationTable.insertEmpty(connection, negotiation, now());
      connection.releaseSavepoint(beforeInsert);
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      // Another first append created the row and committed; lock theirs.
      connection.rollback(beforeInsert);
    }
    return NegotiationTable.lock(connection, negotiation)
        .orElseThrow(
            () -> new SQLException("the head row of negotiation " + negotiation + " vanished"));
  }

  @Override
  public List<StoredEvent> read(String negotiation) {
    return readAfter(negotiation, 0);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code after} is negative
   */
  @Override
  public List<StoredEvent> readAfter(String negotiation, long after) {
    if (after < 0) {
      throw new IllegalArgumentException("read after sequence " + after + ": must be 0 or more");
    }
    try (Connection connection = dataSource.getConnection()) {
      return EventTable.range(connection, negotiation, after, Long.MAX_VALUE);
    } catch (SQLException e) {
      throw failure("read negotiation " + negotiation + " after event " + after, e);
    }
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
   * <p>Checks every event up to the head recorded when the check starts (events appended while it
   * runs are left for the next check): each link with {@link EventHashes#check}, then that the log
   * ends where its head says, so a deleted last event is found too. An event whose row cannot be
   * read back is reported as the broken link. An unknown negotiation has an intact, empty chain.
   */
  @Override
  public ChainCheck verify(String negotiation) {
    try (Connection connection = dataSource.getConnection()) {
      Optional<LogHead> head = NegotiationTable.read(connection, negotiation);
      if (head.isEmpty()) {
        return new ChainCheck(negotiation, 0, Optional.empty(), "");
      }
      List<StoredEvent> events;
      try {
        events = EventTable.range(connection, negotiation, 0, head.get().sequence());
      } catch (EventTable.UnreadableEventException e) {
        return new ChainCheck(
            negotiation, head.get().sequence(), Optional.of(e.sequence()), e.getMessage());
      }
      return checkAgainstHead(EventHashes.check(negotiation, events), events, head.get());
    } catch (SQLException e) {
      throw failure("verify negotiation " + negotiation, e);
    }
  }

  private static ChainCheck checkAgainstHead(
      ChainCheck links, List<StoredEvent> events, LogHead head) {
    if (!links.intact()) {
      return links;
    }
    long last = events.size();
    if (last < head.sequence()) {
      return new ChainCheck(
          links.negotiation(),
          last,
          Optional.of(last + 1),
          "event " + (last + 1) + " is missing: the log's head records " + head.sequence());
    }
    String lastHash = events.isEmpty() ? EventHashes.GENESIS : events.get(events.size() - 1).hash();
    if (!lastHash.equals(head.hash())) {
      return new ChainCheck(
          links.negotiation(),
          last,
          Optional.of(last),
          "hash "
              + lastHash
              + " of the last event differs from the hash the log's head records ("
              + head.hash()
              + ")");
    }
    return links;
  }

  /** Closes the connection pool; the embedded database is closed with its last connection. */
  @Override
  public void close() {
    dataSource.close();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private StoreException failure(String operation, SQLException e) {
    return new StoreException(
        "could not " + operation + " in " + location + ": " + e.getMessage(), e);
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
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
