package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Holds a store's writer thread inside a transaction, so that the appends submitted meanwhile wait
 * and are then written as one batch: another connection locks the head row of the negotiation
 * {@value #NEGOTIATION} ({@code SELECT ... FOR UPDATE}, as a second process appending would), and
 * an append to it makes the writer wait for that lock. {@link #release} lets it go on.
 */
final class HeldWriter implements AutoCloseable {
  static final String NEGOTIATION = "held";

  private final Connection connection;
  private final AppendQueue queue;
  private final CompletableFuture<StoredEvent> heldAppend;

  /** Holds {@code store}'s writer; the store lives at {@code jdbcUrl}. */
  HeldWriter(JdbcEventStore store, String jdbcUrl) throws SQLException {
    store.append(NEGOTIATION, EventStoreContract.event("held-1"));
    connection = DriverManager.getConnection(jdbcUrl);
    connection.setAutoCommit(false);
    try (PreparedStatement lock =
        connection.prepareStatement(
            "SELECT last_sequence FROM negotiations WHERE id = ? FOR UPDATE")) {
      lock.setString(1, NEGOTIATION);
      try (ResultSet row = lock.executeQuery()) {
        assertThat(row.next()).as("head row of " + NEGOTIATION).isTrue();
      }
    }
    queue = store.queue();
    long taken = queue.taken();
    heldAppend =
        CompletableFuture.supplyAsync(
            () -> store.append(NEGOTIATION, EventStoreContract.event("held-2")),
            task -> new Thread(task).start());
    await("the writer to take the held append", () -> queue.taken() == taken + 1);
  }

  /** Waits until exactly {@code count} appends wait for the writer (at most 30 s). */
  void awaitWaiting(int count) {
    await(count + " appends waiting", () -> queue.waiting() == count);
  }

  /** Waits until {@code condition} holds, at most 30 s. */
  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited 30 s for " + what);
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  /** Ends the transaction holding the lock; the writer then appends to {@value #NEGOTIATION}. */
  void release() throws SQLException {
    connection.commit();
  }

  /** The append the writer was held on, once released. */
  StoredEvent heldAppend() {
    return heldAppend.join();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
