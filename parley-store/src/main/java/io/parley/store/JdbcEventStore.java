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

  JdbcEventStore(HikariDataSource dataSource, StoreLocation location, Clock clock) {
    this.dataSource = dataSource;
    this.location = location;
    this.groupCommit = new GroupCommit(dataSource, clock);
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
      throw failure(
          "append event " + event.clientId() + " to negotiation " + negotiation, e.getCause());
    }
  }

  /** The most appends committed in one transaction so far (for tests). */
  int largestCommit() {
    return groupCommit.largestCommit();
  }

  /** The queue of appends waiting for the writer (for tests). */
  AppendQueue queue() {
    return queue;
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
