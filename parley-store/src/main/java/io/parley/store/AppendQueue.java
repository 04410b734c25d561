package io.parley.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The appends waiting to be written, and the one writer thread that writes them in batches (group
 * commit). The writer takes every waiting append, at most {@link #MAX_BATCH}, in order of arrival,
 * hands them to its {@link BatchWriter}, and takes the next batch when that one is written; while
 * one batch is being committed, the next one gathers. Callers wait on the future {@link #submit}
 * returns.
 *
 * <p>{@link #close} takes no more appends, lets the writer write every append submitted before it,
 * and waits for that at most its grace period; appends still waiting after that fail with an {@link
 * IllegalStateException} saying so, and an append already being written is completed by the writer
 * when its transaction ends.
 */
final class AppendQueue implements AutoCloseable {
  /** The most appends written in one batch. */
  static final int MAX_BATCH = 256;

  /** Writes one batch of appends. */
  @FunctionalInterface
  interface BatchWriter {
    /**
     * Writes {@code batch}, in order, completing every append's result, normally or exceptionally.
     * An exception it throws fails the appends it left incomplete.
     */
    void write(List<PendingAppend> batch);
  }

  private final BatchWriter writer;
  private final Duration closeGrace;
  private final Thread thread;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final ArrayDeque<PendingAppend> waiting = new ArrayDeque<>();
  private boolean closed;
  private long taken;

  /**
   * Starts the writer thread, a daemon named {@code threadName}.
   *
   * @param closeGrace how long {@link #close} waits for the appends submitted before it
   */
  AppendQueue(BatchWriter writer, String threadName, Duration closeGrace) {
    this.writer = writer;
    this.closeGrace = closeGrace;
    this.thread = new Thread(this::run, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Queues an append for the writer.
   *
   * @return completed with the stored event once it is committed, or exceptionally with the cause
   *     of its failure (an {@link IllegalStateException} if the queue is closed)
   */
  CompletableFuture<StoredEvent> submit(String negotiation, NewEvent event) {
    PendingAppend append = new PendingAppend(negotiation, event);
    lock.lock();
    try {
      if (closed) {
        append.result().completeExceptionally(new IllegalStateException("the store is closed"));
      } else {
        waiting.add(append);
        arrived.signal();
      }
    } finally {
      lock.unlock();
    }
    return append.result();
  }

  /** How many appends wait for the writer to take them (not counting the batch being written). */
  int waiting() {
    lock.lock();
    try {
      return waiting.size();
    } finally {
      lock.unlock();
    }
  }

  /** How many appends the writer has taken so far. */
  long taken() {
    lock.lock();
    try {
      return taken;
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    while (true) {
      List<PendingAppend> batch;
      try {
        batch = nextBatch();
      } catch (InterruptedException e) {
        lock.lock();
        try {
          closed = true;
        } finally {
          lock.unlock();
        }
        failWaiting("the store's writer thread was interrupted before the event was written");
        return;
      }
      if (batch.isEmpty()) {
        return;
      }
      write(batch);
    }
  }

  /** The next batch, waiting for one; empty once the queue is closed and every append taken. */
  private List<PendingAppend> nextBatch() throws InterruptedException {
    lock.lock();
    try {
      while (waiting.isEmpty() && !closed) {
        arrived.await();
      }
      List<PendingAppend> batch = new ArrayList<>(Math.min(waiting.size(), MAX_BATCH));
      while (!waiting.isEmpty() && batch.size() < MAX_BATCH) {
        batch.add(waiting.poll());
      }
      taken += batch.size();
      return batch;
    } finally {
      lock.unlock();
    }
  }

  private void write(List<PendingAppend> batch) {
    try {
      writer.write(batch);
    } catch (RuntimeException | Error e) {
      // Keep the thread alive: a dead writer would leave every later append waiting for ever.
      batch.forEach(append -> append.result().completeExceptionally(e));
    }
    batch.forEach(
        append ->
            append
                .result()
                .completeExceptionally(
                    new IllegalStateException("the store's writer left the append unanswered")));
  }

  /**
   * Takes no more appends and waits, at most the grace period, for the writer to write those
   * submitted before; fails any still waiting after that.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
    try {
      thread.join(Math.max(1, closeGrace.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    failWaiting("the store was closed before the event was written");
  }

  private void failWaiting(String reason) {
    List<PendingAppend> left;
    lock.lock();
    try {
      left = new ArrayList<>(waiting);
      waiting.clear();
    } finally {
      lock.unlock();
    }
    left.forEach(
        append -> append.result().completeExceptionally(new IllegalStateException(reason)));
  }
}
