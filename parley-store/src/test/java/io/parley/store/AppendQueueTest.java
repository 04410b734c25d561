package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batching queue alone, with a writer that answers without a database. */
class AppendQueueTest {
  private static final LogKey KEY = LogKeys.generate(new java.util.SplittableRandom(1)).current();
  private final CountDownLatch firstBatchMayEnd = new CountDownLatch(1);
  private final List<List<String>> batches = new CopyOnWriteArrayList<>();
  private AppendQueue queue;

  @AfterEach
  void close() {
    firstBatchMayEnd.countDown();
    if (queue != null) {
      queue.close();
    }
  }

  /** Records each batch's client ids; the first batch waits for firstBatchMayEnd. */
  private void write(List<PendingAppend> batch) {
    batches.add(batch.stream().map(append -> append.event().clientId()).toList());
    if (batches.size() == 1) {
      try {
        firstBatchMayEnd.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    batch.forEach(append -> append.result().complete(stored(append)));
  }

  private static StoredEvent stored(PendingAppend append) {
    return StoredEvent.chained(
        KEY, append.negotiation(), 1, Instant.EPOCH, EventHashes.GENESIS, append.event());
  }

  private CompletableFuture<StoredEvent> submitHeld(String clientId) {
    CompletableFuture<StoredEvent> result =
        queue.submit("cairo-1", EventStoreContract.event(clientId));
    HeldWriter.await("the writer to take " + clientId, () -> queue.taken() == 1);
    return result;
  }

  @Test
  void appendsWaitingWhileABatchIsWritten_formTheNextBatch_inOrderOfArrival() {
    queue = new AppendQueue(this::write, "test-writer", Duration.ofSeconds(30));
    CompletableFuture<StoredEvent> held = submitHeld("a");
    List<CompletableFuture<StoredEvent>> later =
        List.of("b", "c", "d").stream()
            .map(id -> queue.submit("cairo-1", EventStoreContract.event(id)))
            .toList();

    firstBatchMayEnd.countDown();

    assertThat(held.join().clientId()).isEqualTo("a");
    assertThat(later).allSatisfy(result -> assertThat(result.join()).isNotNull());
    assertThat(batches).containsExactly(List.of("a"), List.of("b", "c", "d"));
  }

  @Test
  void aBatch_takesAtMostMaxBatchAppends_andTheRestFormTheNext() {
    queue = new AppendQueue(this::write, "test-writer", Duration.ofSeconds(30));
    submitHeld("a");
    int more = AppendQueue.MAX_BATCH + 44;
    List<CompletableFuture<StoredEvent>> later = new ArrayList<>();
    for (int i = 0; i < more; i++) {
      later.add(queue.submit("cairo-1", EventStoreContract.event("e" + i)));
    }

    firstBatchMayEnd.countDown();
    later.forEach(CompletableFuture::join);

    assertThat(batches).extracting(List::size).containsExactly(1, AppendQueue.MAX_BATCH, 44);
    assertThat(batches.get(2).get(0)).isEqualTo("e" + AppendQueue.MAX_BATCH);
  }

  @Test
  void close_waitsForTheAppendsSubmittedBefore_andRefusesLaterOnes() throws Exception {
    queue = new AppendQueue(this::write, "test-writer", Duration.ofSeconds(30));
    CompletableFuture<StoredEvent> held = submitHeld("a");
    CompletableFuture<StoredEvent> waiting = queue.submit("cairo-1", EventStoreContract.event("b"));
    Thread closer = new Thread(queue::close);
    closer.start();
    HeldWriter.await("close to wait", () -> closer.getState() == Thread.State.TIMED_WAITING);

    CompletableFuture<StoredEvent> late = queue.submit("cairo-1", EventStoreContract.event("c"));
    firstBatchMayEnd.countDown();
    closer.join();

    assertThat(held.join().clientId()).isEqualTo("a");
    assertThat(waiting.join().clientId()).isEqualTo("b");
    assertThatThrownBy(late::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the store is closed");
  }

  @Test
  void close_withTheWriterStuck_failsTheWaitingAppendsAfterTheGracePeriod() {
    queue = new AppendQueue(this::write, "test-writer", Duration.ZERO);
    CompletableFuture<StoredEvent> held = submitHeld("a");
    CompletableFuture<StoredEvent> waiting = queue.submit("cairo-1", EventStoreContract.event("b"));

    queue.close();

    assertThatThrownBy(waiting::join)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the store was closed before the event was written");
    assertThat(held).isNotDone();
    firstBatchMayEnd.countDown();
    assertThat(held.join().clientId()).isEqualTo("a");
  }

  @Test
  void writerThatThrows_failsItsBatch_andTheQueueGoesOn() {
    RuntimeException broken = new IllegalStateException("broken writer");
    queue =
        new AppendQueue(
            batch -> {
              if (batch.get(0).event().clientId().equals("bad")) {
                throw broken;
              }
              batch.forEach(append -> append.result().complete(stored(append)));
            },
            "test-writer",
            Duration.ofSeconds(30));

    CompletableFuture<StoredEvent> bad = queue.submit("cairo-1", EventStoreContract.event("bad"));
    assertThatThrownBy(bad::join).cause().isSameAs(broken);

    assertThat(queue.submit("cairo-1", EventStoreContract.event("good")).join().clientId())
        .isEqualTo("good");
  }
}
