package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MemoryEventStoreTest {
  private final LogKeys keys = LogKeys.generate(new SplittableRandom(7));
  private final MemoryEventStore store =
      new MemoryEventStore(
          Clock.fixed(Instant.parse("2024-05-04T10:00:00Z"), ZoneOffset.UTC), keys);

  private static NewEvent event(String clientId) {
    return new NewEvent(clientId, "message-sent", "egypt", List.of("mediator"), "{\"text\":\"x\"}");
  }

  @Test
  void append_numbersEventsFromOne_andChainsTheirHashes() {
    StoredEvent first = store.append("n1", event("a"));
    StoredEvent second = store.append("n1", event("b"));

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(EventHashes.GENESIS);
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(EventHashes.recompute(second, keys)).contains(second.hash());
    assertThat(store.verify("n1").intact()).isTrue();
  }

  @Test
  void append_sameClientIdTwice_storesOnce() {
    StoredEvent first = store.append("n1", event("a"));
    StoredEvent again = store.append("n1", event("a"));

    assertThat(again).isEqualTo(first);
    assertThat(store.read("n1")).hasSize(1);
  }

  @Test
  void logs_areSeparatePerNegotiation() {
    store.append("n1", event("a"));
    store.append("n2", event("a"));

    assertThat(store.read("n2")).hasSize(1);
    assertThat(store.read("n2").get(0).sequence()).isEqualTo(1);
    assertThat(store.negotiations()).containsExactly("n1", "n2");
    assertThat(store.read("unknown")).isEmpty();
  }

  @Test
  void readAfter_returnsTheEventsPastTheSequence() {
    for (int i = 0; i < 5; i++) {
      store.append("n1", event("c" + i));
    }
    assertThat(store.readAfter("n1", 3)).extracting(StoredEvent::sequence).containsExactly(4L, 5L);
    assertThat(store.readAfter("n1", 9)).isEmpty();
    assertThat(store.readAfter("n1", -2)).hasSize(5);
  }

  @Test
  void concurrentAppends_leaveNoGapsAndAnIntactChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<StoredEvent>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String id = "c" + i;
        futures.add(pool.submit(() -> store.append("n1", event(id))));
      }
      for (Future<StoredEvent> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store.read("n1"))
        .extracting(StoredEvent::sequence)
        .hasSize(400)
        .doesNotHaveDuplicates();
    assertThat(store.verify("n1").intact()).isTrue();
  }

  @Test
  void close_refusesFurtherUse() {
    store.close();
    assertThatThrownBy(() -> store.read("n1")).hasMessageContaining("closed");
  }
}
