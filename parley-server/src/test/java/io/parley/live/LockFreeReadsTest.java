package io.parley.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.live.codec.Json;
import io.parley.live.codec.Requests;
import io.parley.live.codec.SeenEventJson;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Subscription;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.InvitationRequest;
import io.parley.live.rules.Move;
import io.parley.live.views.RoomView;
import io.parley.store.ChainCheck;
import io.parley.store.EventStore;
import io.parley.store.MemoryEventStore;
import io.parley.store.NewEvent;
import io.parley.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Reads answer from the last committed snapshot of a negotiation's log, without its lock ({@link
 * Log}): a read never waits for another client's commit and never shows an event the store has not
 * acknowledged; writers still go one at a time and keep the chain; feeds are delivered each on its
 * own turn, so one blocked reader does not hold up another's feed ({@link Feeds}).
 *
 * <p>The waits below are liveness bounds (a read that blocked on a commit would wait for ever),
 * generous enough for any machine; nothing here measures speed.
 */
class LockFreeReadsTest {
  private static final String KEY = "console-key-for-lock-free-reads";
  private static final long LIVENESS_SECONDS = 30;

  @Test
  void readsDuringACommit_neitherWaitForItNorSeeTheEvent() throws Exception {
    GatedStore store = new GatedStore();
    try (LiveNegotiations live = new LiveNegotiations(store, KEY, new SplittableRandom(7))) {
      Seats seats = Seats.open(live);
      List<SeenEvent> fed = new java.util.concurrent.CopyOnWriteArrayList<>();
      Subscription feed = live.subscribe(seats.egypt(), 0, fed::add);
      long before = live.events(seats.egypt(), 0).size();
      RoomView viewBefore = live.view(seats.egypt());

      CountDownLatch release = store.arm();
      ExecutorService writers = Executors.newFixedThreadPool(2);
      try {
        Future<SeenEvent> first =
            writers.submit(() -> message(live, seats.hamas(), "held in its commit"));
        assertThat(store.entered.await(LIVENESS_SECONDS, TimeUnit.SECONDS))
            .as("the move reached the store")
            .isTrue();
        // The event is in the store's hands, not yet acknowledged: every read answers at once,
        // from the state before it.
        CompletableFuture<Void> reads =
            CompletableFuture.runAsync(
                () -> {
                  assertThat(live.authenticate(seats.id(), seats.hamasToken()).participant())
                      .isEqualTo("hamas");
                  assertThat(live.events(seats.egypt(), 0)).hasSize((int) before);
                  assertThat(live.events(seats.hamas(), 0))
                      .noneMatch(
                          e -> Json.write(SeenEventJson.of(e)).contains("held in its commit"));
                  assertThat(live.view(seats.egypt())).isEqualTo(viewBefore);
                  List<SeenEvent> replayed = new ArrayList<>();
                  live.subscribe(seats.egypt(), 0, replayed::add).close();
                  assertThat(replayed).hasSize((int) before);
                });
        reads.get(LIVENESS_SECONDS, TimeUnit.SECONDS);
        // A second writer on the same negotiation waits for the first: it does not reach the store.
        Future<SeenEvent> second =
            writers.submit(() -> message(live, seats.israel(), "after the first"));
        Thread.sleep(200);
        assertThat(store.appends.get()).as("appends reaching the store").isEqualTo(1);
        assertThat(fed).hasSize((int) before);

        release.countDown();
        SeenEvent stored = first.get(LIVENESS_SECONDS, TimeUnit.SECONDS);
        SeenEvent next = second.get(LIVENESS_SECONDS, TimeUnit.SECONDS);
        assertThat(stored.seq()).isEqualTo(before + 1);
        assertThat(next.seq()).isEqualTo(before + 2);
        assertThat(live.events(seats.egypt(), before).stream().map(SeenEvent::seq))
            .containsExactly(before + 1, before + 2);
        awaitSize(fed, (int) before + 2);
        assertThat(fed.stream().map(SeenEvent::seq).toList())
            .isEqualTo(live.events(seats.egypt(), 0).stream().map(SeenEvent::seq).toList());
      } finally {
        release.countDown();
        writers.shutdownNow();
        feed.close();
      }
    }
  }

  @Test
  void concurrentWritersAndReaders_keepTheChain_andReadersSeeOnlyCommittedPrefixes()
      throws Exception {
    GatedStore store = new GatedStore();
    int writersCount = 4;
    int movesEach = 40;
    List<List<Long>> fed = new ArrayList<>();
    String id;
    List<SeenEvent> served;
    try (LiveNegotiations live = new LiveNegotiations(store, KEY, new SplittableRandom(11))) {
      Seats seats = Seats.open(live);
      id = seats.id();
      List<Subscription> feeds = new ArrayList<>();
      for (Viewer viewer : List.of(seats.egypt(), seats.hamas(), seats.israel())) {
        List<Long> seqs = new java.util.concurrent.CopyOnWriteArrayList<>();
        fed.add(seqs);
        feeds.add(live.subscribe(viewer, 0, event -> seqs.add(event.seq())));
      }
      AtomicBoolean writing = new AtomicBoolean(true);
      List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(writersCount + 2);
      List<Future<List<Long>>> writers = new ArrayList<>();
      for (int w = 0; w < writersCount; w++) {
        Viewer writer = w % 2 == 0 ? seats.hamas() : seats.israel();
        int n = w;
        writers.add(
            pool.submit(
                () -> {
                  List<Long> seqs = new ArrayList<>();
                  for (int i = 0; i < movesEach; i++) {
                    seqs.add(message(live, writer, "writer " + n + " move " + i).seq());
                  }
                  return seqs;
                }));
      }
      List<Future<Integer>> readers = new ArrayList<>();
      for (Viewer reader : List.of(seats.egypt(), seats.hamas())) {
        readers.add(
            pool.submit(
                () -> {
                  List<Long> last = List.of();
                  int reads = 0;
                  while (writing.get() || reads == 0) {
                    List<Long> seqs = live.events(reader, 0).stream().map(SeenEvent::seq).toList();
                    for (long seq : seqs) {
                      if (!store.acknowledged.contains(seq)) {
                        violations.add("read event " + seq + " before the store acknowledged it");
                      }
                    }
                    if (seqs.size() < last.size() || !seqs.subList(0, last.size()).equals(last)) {
                      violations.add("a read " + seqs + " does not extend the one before " + last);
                    }
                    last = seqs;
                    live.view(reader);
                    reads++;
                  }
                  return reads;
                }));
      }
      Set<Long> moves = ConcurrentHashMap.newKeySet();
      for (Future<List<Long>> writer : writers) {
        List<Long> seqs = writer.get(LIVENESS_SECONDS * 4, TimeUnit.SECONDS);
        assertThat(seqs).isSorted();
        moves.addAll(seqs);
      }
      writing.set(false);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(LIVENESS_SECONDS, TimeUnit.SECONDS)).isPositive();
      }
      pool.shutdown();
      assertThat(violations).isEmpty();
      assertThat(moves).as("one event per move").hasSize(writersCount * movesEach);
      served = live.events(seats.egypt(), 0);
      List<Viewer> viewers = List.of(seats.egypt(), seats.hamas(), seats.israel());
      for (int i = 0; i < viewers.size(); i++) {
        List<Long> visible = live.events(viewers.get(i), 0).stream().map(SeenEvent::seq).toList();
        awaitSize(fed.get(i), visible.size());
        assertThat(fed.get(i)).as("feed %s, each event once, in order", i).isEqualTo(visible);
      }
      feeds.forEach(Subscription::close);
    }
    ChainCheck check = store.verify(id);
    assertThat(check.intact()).as(check.toString()).isTrue();
    List<StoredEvent> stored = store.read(id);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(stored.get(i).sequence()).isEqualTo(i + 1L);
    }
    // What the server served is what a fresh server folds from the store.
    try (LiveNegotiations again = new LiveNegotiations(store, KEY, new SplittableRandom(12))) {
      Viewer egypt = Viewer.person(id, "egypt", io.parley.scenario.Role.MEDIATOR);
      assertThat(again.events(egypt, 0).stream().map(e -> Json.write(SeenEventJson.of(e))).toList())
          .isEqualTo(served.stream().map(e -> Json.write(SeenEventJson.of(e))).toList());
    }
  }

  @Test
  void aBlockedFeed_doesNotHoldUpAnotherFeed() throws Exception {
    try (LiveNegotiations live =
        new LiveNegotiations(new MemoryEventStore(), KEY, new SplittableRandom(5))) {
      Seats seats = Seats.open(live);
      long before = live.events(seats.egypt(), 0).size();
      CountDownLatch unblock = new CountDownLatch(1);
      CountDownLatch blocked = new CountDownLatch(1);
      Subscription stuck =
          live.subscribe(
              seats.egypt(),
              before,
              event -> {
                blocked.countDown();
                try {
                  unblock.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      BlockingQueue<SeenEvent> other = new LinkedBlockingQueue<>();
      Subscription flowing = live.subscribe(seats.egypt(), before, other::add);
      try {
        message(live, seats.hamas(), "first");
        assertThat(blocked.await(LIVENESS_SECONDS, TimeUnit.SECONDS)).isTrue();
        message(live, seats.hamas(), "second");
        AtomicInteger seen = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
          SeenEvent event = other.poll(LIVENESS_SECONDS, TimeUnit.SECONDS);
          assertThat(event).as("event %s on the other feed", i + 1).isNotNull();
          assertThat(event.seq()).isEqualTo(before + 1 + i);
          seen.incrementAndGet();
        }
        assertThat(seen.get()).isEqualTo(2);
      } finally {
        unblock.countDown();
        stuck.close();
        flowing.close();
      }
    }
  }

  private static SeenEvent message(LiveNegotiations live, Viewer party, String text) {
    return live.act(
        party,
        Requests.move(
            Move.SEND_MESSAGE, Optional.empty(), Json.parseObject("{\"text\":\"" + text + "\"}")));
  }

  private static void awaitSize(List<?> list, int size) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIVENESS_SECONDS);
    while (list.size() < size && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(list).hasSize(size);
  }

  /** A negotiation of the Cairo example with its lead mediator and two parties invited. */
  private record Seats(String id, Viewer egypt, Viewer hamas, Viewer israel, String hamasToken) {
    static Seats open(LiveNegotiations live) {
      LiveNegotiations.Created created =
          live.create(KEY, TestScenarios.example("cairo-2024-phased.yaml"), OptionalLong.of(1));
      Viewer egypt = live.authenticate(created.id(), created.token());
      String hamas = live.invite(egypt, InvitationRequest.of("hamas")).token();
      String israel = live.invite(egypt, InvitationRequest.of("israel")).token();
      return new Seats(
          created.id(),
          egypt,
          live.authenticate(created.id(), hamas),
          live.authenticate(created.id(), israel),
          hamas);
    }
  }

  /**
   * A store in memory that records which events it has acknowledged and, once armed, holds the next
   * append after storing it and before acknowledging it, as a commit in progress does.
   */
  private static final class GatedStore implements EventStore {
    private final MemoryEventStore inner = new MemoryEventStore();
    final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger appends = new AtomicInteger();
    final CountDownLatch entered = new CountDownLatch(1);
    private volatile CountDownLatch gate;

    CountDownLatch arm() {
      CountDownLatch latch = new CountDownLatch(1);
      appends.set(0);
      gate = latch;
      return latch;
    }

    @Override
    public StoredEvent append(String negotiation, NewEvent event) {
      appends.incrementAndGet();
      StoredEvent stored = inner.append(negotiation, event);
      CountDownLatch latch = gate;
      if (latch != null) {
        gate = null;
        entered.countDown();
        try {
          latch.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      acknowledged.add(stored.sequence());
      return stored;
    }

    @Override
    public List<StoredEvent> read(String negotiation) {
      return inner.read(negotiation);
    }

    @Override
    public List<StoredEvent> readAfter(String negotiation, long after) {
      return inner.readAfter(negotiation, after);
    }

    @Override
    public List<String> negotiations() {
      return inner.negotiations();
    }

    @Override
    public ChainCheck verify(String negotiation) {
      return inner.verify(negotiation);
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
