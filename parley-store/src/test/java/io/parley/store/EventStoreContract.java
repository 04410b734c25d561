package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database behind {@link JdbcEventStore} must show; one subclass per database.
 */
abstract class EventStoreContract {
  static final Instant START = Instant.parse("2025-03-01T10:15:30.123456789Z");

  SteppingClock clock;
  LogKeys keys;
  JdbcEventStore store;

  /** Where the store under test lives: a fresh, empty place for each test. */
  abstract StoreLocation location();

  @BeforeEach
  void openStore() {
    clock = new SteppingClock(START, Duration.ofMillis(1500).plusNanos(1_001));
    SplittableRandom random = new SplittableRandom(20251205);
    // The embedded store keeps its key file in its data directory, as parley serve makes it.
    keys =
        location().embedded()
            ? LogKeys.resolve(location(), Map.of(), true, random)
            : LogKeys.generate(random);
    store = EventStores.open(location(), clock, keys);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  static NewEvent event(String clientId) {
    return new NewEvent(
        clientId,
        "text-drafted",
        "mediator",
        List.of("buyer", "seller"),
        "{\"text\":\"draft " + clientId + "\"}");
  }

  List<StoredEvent> appendAll(String negotiation, int count) {
    List<StoredEvent> stored = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      stored.add(store.append(negotiation, event(negotiation + "-e" + i)));
    }
    return stored;
  }

  /** Runs {@code sql} with {@code arguments} directly on the database, as a tamperer would. */
  void tamper(String sql, Object... arguments) throws SQLException {
    try (Connection connection = DriverManager.getConnection(location().jdbcUrl());
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < arguments.length; i++) {
        statement.setObject(i + 1, arguments[i]);
      }
      assertThat(statement.executeUpdate()).as("rows changed by " + sql).isEqualTo(1);
    }
  }

  @Test
  void append_firstEvent_startsTheChainAtGenesis() {
    StoredEvent first = store.append("cairo-1", event("c1"));

    assertThat(first.negotiation()).isEqualTo("cairo-1");
    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(EventHashes.GENESIS);
    assertThat(first.hash())
        .isEqualTo(EventHashes.recompute(first, keys).orElseThrow())
        .hasSize(64);
    assertThat(first.keyId()).contains(keys.current().id());
    assertThat(first.clientId()).isEqualTo("c1");
    assertThat(first.recipients()).containsExactly("buyer", "seller");
  }

  @Test
  void append_linksEachEventToTheOneBefore() {
    List<StoredEvent> stored = appendAll("cairo-1", 5);

    assertThat(stored).extracting(StoredEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    for (int i = 1; i < stored.size(); i++) {
      assertThat(stored.get(i).previousHash()).isEqualTo(stored.get(i - 1).hash());
    }
  }

  @Test
  void append_truncatesTheClockToMicrosecondsAndReadsBackExactly() {
    store.close();
    store = EventStores.open(location(), Clock.fixed(START, ZoneOffset.UTC), keys);

    StoredEvent first = store.append("cairo-1", event("c1"));

    assertThat(first.time()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123456Z"));
    assertThat(store.read("cairo-1")).containsExactly(first);
    assertThat(store.verify("cairo-1").intact()).isTrue();
  }

  @Test
  void read_returnsWhatAppendReturned_inSequenceOrder() {
    List<StoredEvent> stored = appendAll("cairo-1", 4);
    appendAll("lagos-2", 2);

    assertThat(store.read("cairo-1")).containsExactlyElementsOf(stored);
  }

  @Test
  void read_keepsUnicodeQuotesAndEmptyRecipientsExactly() {
    NewEvent odd =
        new NewEvent(
            "ü-1", "offer-made", "Zoë \"the buyer\"", List.of(), "{\"note\":\"価格 \\\"€\\\"\"}");
    NewEvent many = new NewEvent("ü-2", "t", "a", List.of("[x]", "y,\"z\"", "é"), "");

    StoredEvent first = store.append("négociation", odd);
    StoredEvent second = store.append("négociation", many);

    assertThat(store.read("négociation")).containsExactly(first, second);
    assertThat(store.verify("négociation").intact()).isTrue();
  }

  @Test
  void readAfter_returnsOnlyTheLaterEvents() {
    List<StoredEvent> stored = appendAll("cairo-1", 5);

    assertThat(store.readAfter("cairo-1", 3)).containsExactly(stored.get(3), stored.get(4));
    assertThat(store.readAfter("cairo-1", 0)).containsExactlyElementsOf(stored);
    assertThat(store.readAfter("cairo-1", 5)).isEmpty();
    assertThat(store.readAfter("cairo-1", 99)).isEmpty();
  }

  @Test
  void readAfter_negativeSequence_isRejected() {
    assertThatThrownBy(() -> store.readAfter("cairo-1", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void unknownNegotiation_hasNoEventsAndAnIntactEmptyChain() {
    assertThat(store.read("nowhere")).isEmpty();
    assertThat(store.readAfter("nowhere", 0)).isEmpty();
    ChainCheck check = store.verify("nowhere");
    assertThat(check.intact()).isTrue();
    assertThat(check.events()).isZero();
  }

  @Test
  void negotiations_areListedInOrderOfCreation() {
    store.append("zulu", event("a"));
    store.append("alpha", event("a"));
    store.append("mike", event("a"));
    store.append("zulu", event("b"));

    assertThat(store.negotiations()).containsExactly("zulu", "alpha", "mike");
  }

  @Test
  void append_sameClientIdAgain_returnsTheStoredEventAndStoresNothing() {
    StoredEvent first = store.append("cairo-1", event("c1"));
    store.append("cairo-1", event("c2"));

    StoredEvent retried =
        store.append("cairo-1", new NewEvent("c1", "other-type", "x", List.of(), "{}"));

    assertThat(retried).isEqualTo(first);
    assertThat(store.read("cairo-1")).hasSize(2);
    assertThat(store.append("cairo-1", event("c3")).sequence()).isEqualTo(3);
  }

  @Test
  void append_sameClientIdInAnotherNegotiation_isAnotherEvent() {
    StoredEvent inCairo = store.append("cairo-1", event("c1"));
    StoredEvent inLagos = store.append("lagos-2", event("c1"));

    assertThat(inLagos.sequence()).isEqualTo(1);
    assertThat(inLagos.hash()).isNotEqualTo(inCairo.hash());
  }

  @Test
  void append_invalidNames_areRejectedAndStoreNothing() {
    assertThatThrownBy(() -> store.append(" ", event("c1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negotiation id");
    String longType = "t".repeat(JdbcEventStore.MAX_NAME_LENGTH + 1);
    assertThatThrownBy(
            () -> store.append("cairo-1", new NewEvent("c1", longType, "a", List.of(), "{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event type");
    assertThatThrownBy(() -> store.append("cairo-1", new NewEvent("c1", "t", "a", List.of(), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payload");

    assertThat(store.negotiations()).isEmpty();
  }

  @Test
  void concurrentAppends_toOneAndToManyNegotiations_giveGaplessIntactChains() throws Exception {
    int threads = 8;
    int appendsPerThread = 40;
    List<Callable<Void>> tasks = new ArrayList<>();
    CyclicBarrier start = new CyclicBarrier(threads);
    for (int t = 0; t < threads; t++) {
      String own = "own-" + t;
      String thread = "t" + t;
      tasks.add(
          () -> {
            start.await();
            for (int i = 0; i < appendsPerThread; i++) {
              store.append("shared", event(thread + "-" + i));
              store.append(own, event(thread + "-" + i));
            }
            return null;
          });
    }
    runAll(tasks);

    List<StoredEvent> shared = store.read("shared");
    assertThat(shared)
        .extracting(StoredEvent::sequence)
        .containsExactlyElementsOf(
            LongStream.rangeClosed(1, threads * appendsPerThread).boxed().toList());
    Set<String> clientIds = new HashSet<>();
    shared.forEach(e -> clientIds.add(e.clientId()));
    assertThat(clientIds).hasSize(threads * appendsPerThread);
    assertThat(store.negotiations()).hasSize(threads + 1);
    assertThat(store.verifyAll()).allSatisfy(check -> assertThat(check.intact()).isTrue());
    for (int t = 0; t < threads; t++) {
      assertThat(store.read("own-" + t)).hasSize(appendsPerThread);
    }
    assertThat(store.largestCommit()).as("most appends committed together").isGreaterThan(1);
  }

  @Test
  void concurrentFirstAppends_toANewNegotiation_allLandInOneChain() throws Exception {
    int threads = 8;
    for (int round = 0; round < 10; round++) {
      String negotiation = "new-" + round;
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String clientId = "first-" + t;
        tasks.add(
            () -> {
              start.await();
              store.append(negotiation, event(clientId));
              return null;
            });
      }
      runAll(tasks);

      assertThat(store.read(negotiation))
          .extracting(StoredEvent::sequence)
          .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
      assertThat(store.verify(negotiation).intact()).isTrue();
    }
  }

  @Test
  void concurrentRetries_ofOneClientId_storeOneEvent() throws Exception {
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<StoredEvent>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(
          () -> {
            start.await();
            return store.append("cairo-1", event("same"));
          });
    }
    List<StoredEvent> results = runAll(tasks);

    assertThat(new HashSet<>(results)).hasSize(1);
    assertThat(store.read("cairo-1")).hasSize(1);
  }

  @Test
  void appendsWaitingTogether_areCommittedAsOne_andARepeatedClientIdIsStoredOnce()
      throws Exception {
    List<CompletableFuture<StoredEvent>> results = new ArrayList<>();
    try (HeldWriter held = new HeldWriter(store, location().jdbcUrl())) {
      results.add(appendWhileHeld(held, 1, "cairo-1", event("c1")));
      results.add(
          appendWhileHeld(held, 2, "cairo-1", new NewEvent("c1", "other", "x", List.of(), "{}")));
      results.add(appendWhileHeld(held, 3, "lagos-2", event("c1")));
      results.add(appendWhileHeld(held, 4, "cairo-1", event("c2")));
      held.release();
      assertThat(held.heldAppend().sequence()).isEqualTo(2);
    }
    List<StoredEvent> stored = results.stream().map(CompletableFuture::join).toList();

    assertThat(store.largestCommit()).isEqualTo(4);
    assertThat(stored.get(1)).isEqualTo(stored.get(0));
    assertThat(stored.get(0).type()).isEqualTo("text-drafted");
    assertThat(stored.get(3).sequence()).isEqualTo(2);
    assertThat(stored.get(3).previousHash()).isEqualTo(stored.get(0).hash());
    assertThat(store.read("cairo-1")).containsExactly(stored.get(0), stored.get(3));
    assertThat(store.read("lagos-2")).containsExactly(stored.get(2));
    assertThat(store.verifyAll()).allSatisfy(check -> assertThat(check.intact()).isTrue());
  }

  @Test
  void appendRefusedByTheDatabase_inABatch_failsOnlyItsOwnCaller() throws Exception {
    execute("ALTER TABLE events ADD CONSTRAINT no_poisoner CHECK (actor <> 'poisoner')");
    CompletableFuture<StoredEvent> first;
    CompletableFuture<StoredEvent> poisoned;
    CompletableFuture<StoredEvent> second;
    CompletableFuture<StoredEvent> elsewhere;
    try (HeldWriter held = new HeldWriter(store, location().jdbcUrl())) {
      first = appendWhileHeld(held, 1, "cairo-1", event("c1"));
      poisoned =
          appendWhileHeld(
              held, 2, "cairo-1", new NewEvent("c-bad", "t", "poisoner", List.of(), "{}"));
      second = appendWhileHeld(held, 3, "cairo-1", event("c2"));
      elsewhere = appendWhileHeld(held, 4, "lagos-2", event("c1"));
      held.release();
    }

    assertThatThrownBy(poisoned::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("append event c-bad to negotiation cairo-1");
    assertThat(first.join().sequence()).isEqualTo(1);
    assertThat(second.join().sequence()).isEqualTo(2);
    assertThat(second.join().previousHash()).isEqualTo(first.join().hash());
    assertThat(elsewhere.join().sequence()).isEqualTo(1);
    assertThat(store.read("cairo-1")).containsExactly(first.join(), second.join());
    assertThat(store.verifyAll()).allSatisfy(check -> assertThat(check.intact()).isTrue());
  }

  @Test
  void close_withAppendsWaiting_commitsThemFirst_andRefusesLaterAppends() throws Exception {
    CompletableFuture<StoredEvent> first;
    CompletableFuture<StoredEvent> second;
    try (HeldWriter held = new HeldWriter(store, location().jdbcUrl())) {
      first = appendWhileHeld(held, 1, "cairo-1", event("c1"));
      second = appendWhileHeld(held, 2, "cairo-1", event("c2"));
      Thread closer = new Thread(store::close);
      closer.start();
      HeldWriter.await(
          "close to wait for the writer", () -> closer.getState() == Thread.State.TIMED_WAITING);

      assertThatThrownBy(() -> store.append("cairo-1", event("c3")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("append event c3 to negotiation cairo-1")
          .hasMessageContaining("the store is closed");
      held.release();
      closer.join();
    }

    assertThat(first.join().sequence()).isEqualTo(1);
    assertThat(second.join().sequence()).isEqualTo(2);
    store = EventStores.open(location(), clock, keys);
    assertThat(store.read("cairo-1")).containsExactly(first.join(), second.join());
  }

  /** Appends from a thread of its own once {@code waiting - 1} appends wait for the writer. */
  CompletableFuture<StoredEvent> appendWhileHeld(
      HeldWriter held, int waiting, String negotiation, NewEvent event) {
    CompletableFuture<StoredEvent> result =
        CompletableFuture.supplyAsync(
            () -> store.append(negotiation, event), task -> new Thread(task).start());
    held.awaitWaiting(waiting);
    return result;
  }

  /** Runs {@code sql} (such as a schema change) directly on the database. */
  void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(location().jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void reopening_keepsEveryEventAndTheChainGoesOn() {
    List<StoredEvent> before = appendAll("cairo-1", 3);
    appendAll("lagos-2", 2);
    store.close();

    store = EventStores.open(location(), clock, keys);

    assertThat(store.read("cairo-1")).containsExactlyElementsOf(before);
    assertThat(store.negotiations()).containsExactly("cairo-1", "lagos-2");
    StoredEvent next = store.append("cairo-1", event("after-reopen"));
    assertThat(next.sequence()).isEqualTo(4);
    assertThat(next.previousHash()).isEqualTo(before.get(2).hash());
    assertThat(store.append("cairo-1", event("cairo-1-e2"))).isEqualTo(before.get(1));
    assertThat(store.verify("cairo-1").intact()).isTrue();
  }

  @Test
  void verify_untouchedLog_isIntactAndCountsItsEvents() {
    appendAll("cairo-1", 6);

    ChainCheck check = store.verify("cairo-1");

    assertThat(check).isEqualTo(new ChainCheck("cairo-1", 6, Optional.empty(), ""));
  }

  @Test
  void verify_changedPayload_namesThatEvent() throws SQLException {
    appendAll("cairo-1", 6);
    tamper(
        "UPDATE events SET payload = ? WHERE negotiation = ? AND sequence = ?",
        "{\"text\":\"forged\"}",
        "cairo-1",
        4);

    ChainCheck check = store.verify("cairo-1");

    assertThat(check.firstBroken()).contains(4L);
    assertThat(check.problem()).contains("does not match the event's content");
  }

  @Test
  void verify_changedHash_namesThatEvent() throws SQLException {
    List<StoredEvent> stored = appendAll("cairo-1", 6);
    tamper(
        "UPDATE events SET hash = ? WHERE negotiation = ? AND sequence = ?",
        stored.get(0).hash(),
        "cairo-1",
        3);

    ChainCheck check = store.verify("cairo-1");

    assertThat(check.firstBroken()).contains(3L);
    assertThat(check.intact()).isFalse();
  }

  @Test
  void verify_deletedEventInTheMiddle_namesTheGap() throws SQLException {
    appendAll("cairo-1", 6);
    tamper("DELETE FROM events WHERE negotiation = ? AND sequence = ?", "cairo-1", 3);

    ChainCheck check = store.verify("cairo-1");

    assertThat(check.firstBroken()).contains(4L);
    assertThat(check.problem()).contains("sequence 4 where 3 was expected");
  }

  @Test
  void verify_deletedLastEvent_isFoundThroughTheHead() throws SQLException {
    appendAll("cairo-1", 6);
    tamper("DELETE FROM events WHERE negotiation = ? AND sequence = ?", "cairo-1", 6);

    ChainCheck check = store.verify("cairo-1");

    assertThat(check.firstBroken()).contains(6L);
    assertThat(check.problem()).contains("event 6 is missing");
  }

  @Test
  void verify_unreadableRecipients_namesThatEvent() throws SQLException {
    appendAll("cairo-1", 3);
    tamper(
        "UPDATE events SET recipients = ? WHERE negotiation = ? AND sequence = ?",
        "not json",
        "cairo-1",
        2);

    ChainCheck check = store.verify("cairo-1");

    assertThat(check.firstBroken()).contains(2L);
    assertThat(check.problem()).contains("recipients");
  }

  @Test
  void verifyAll_reportsEachNegotiation_andOnlyTheTamperedOneBroken() throws SQLException {
    appendAll("cairo-1", 3);
    appendAll("lagos-2", 3);
    appendAll("lima-3", 1);
    tamper(
        "UPDATE events SET actor = ? WHERE negotiation = ? AND sequence = ?",
        "forger",
        "lagos-2",
        2);

    List<ChainCheck> checks = store.verifyAll();

    assertThat(checks)
        .extracting(ChainCheck::negotiation)
        .containsExactly("cairo-1", "lagos-2", "lima-3");
    assertThat(checks).extracting(ChainCheck::intact).containsExactly(true, false, true);
    assertThat(checks.get(1).firstBroken()).contains(2L);
  }

  /** Runs {@code tasks}, each on a thread of its own, and returns their results in order. */
  private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> result : pool.invokeAll(tasks)) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }
}
