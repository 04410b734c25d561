package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tamper evidence on a database behind {@link JdbcEventStore}: every {@link Tampering} is found by
 * {@link EventStore#verify} or {@link EventStore#verifyLedger}, and by reading the log, while the
 * negotiations it did not touch stay intact; keys rotate; old logs are sealed. One subclass per
 * database.
 */
abstract class TamperEvidenceContract {
  static final String TARGET = "lagos-2";
  static final String OTHER = "cairo-1";
  static final String UNTOUCHED = "lima-3";

  LogKeys keys;
  JdbcEventStore store;

  /** Where the store under test lives: a fresh, empty place for each test. */
  abstract StoreLocation location();

  @BeforeEach
  void openStore() {
    keys = LogKeys.generate(new SplittableRandom(5));
    store = open(keys);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  JdbcEventStore open(LogKeys with) {
    return EventStores.open(
        location(),
        new SteppingClock(Instant.parse("2025-06-01T09:00:00Z"), Duration.ofSeconds(1)),
        with);
  }

  /** Three negotiations, in this order: cairo-1 (6 events), lagos-2 (5), lima-3 (4). */
  void fill() {
    append(OTHER, 6);
    append(TARGET, 5);
    append(UNTOUCHED, 4);
  }

  void append(String negotiation, int count) {
    for (int i = 1; i <= count; i++) {
      boolean confides = i == 3;
      store.append(
          negotiation,
          new NewEvent(
              negotiation + "-e" + i,
              confides ? Tampering.CONFIDED : "message-sent",
              "buyer",
              List.of("buyer", "mediator"),
              confides
                  ? "{\"weights\":{\"price\":0.6,\"delivery\":0.4},\"reservation\":0.35}"
                  : "{\"text\":\"message " + i + "\"}"));
    }
  }

  @ParameterizedTest
  @EnumSource(Tampering.class)
  void everyTampering_isFound_andSparesTheNegotiationsItDidNotTouch(Tampering tampering) {
    fill();

    tampering.apply(location().jdbcUrl(), TARGET, OTHER);

    assertFound(tampering, store);
    // As the server's start-time check sees it: a store opened afresh.
    store.close();
    store = open(keys);
    assertFound(tampering, store);
  }

  private static void assertFound(Tampering tampering, JdbcEventStore store) {
    LedgerCheck ledger = store.verifyLedger();
    if (tampering.deletesTarget()) {
      assertThat(store.negotiations()).containsExactly(OTHER, UNTOUCHED);
      assertThat(ledger.intact()).isFalse();
      assertThat(ledger.problems())
          .anySatisfy(
              problem -> {
                assertThat(problem.negotiation()).contains(TARGET);
                assertThat(problem.problem()).contains("deleted from the store");
              });
    } else {
      assertThat(ledger.intact()).as("the ledger: %s", ledger).isTrue();
      ChainCheck target = store.verify(TARGET);
      assertThat(target.intact()).as("%s found by verify", tampering).isFalse();
      assertThat(target.firstBroken()).isPresent();
      assertThatThrownBy(() -> store.read(TARGET))
          .as("%s found by reading", tampering)
          .isInstanceOf(TamperedLogException.class)
          .hasMessageContaining(TARGET);
    }
    assertThat(store.verify(UNTOUCHED).intact()).isTrue();
    assertThat(store.read(UNTOUCHED)).hasSize(4);
    assertThat(store.verify(OTHER).intact()).isEqualTo(!tampering.breaksOther());
  }

  @Test
  void eachTampering_isNamedInPlainWords() {
    fill();
    Tampering.TRUNCATE_WITH_HEAD_MOVED_BACK.apply(location().jdbcUrl(), TARGET, OTHER);
    Tampering.FULL_REHASH_WITHOUT_THE_KEY.apply(location().jdbcUrl(), OTHER, TARGET);

    assertThat(store.verify(TARGET).problem())
        .isEqualTo("the log's head: its seal does not match (written by someone without the key)");
    assertThat(store.verify(OTHER).firstBroken()).contains(2L);
    assertThat(store.verify(OTHER).problem()).contains("does not match the event's content");
  }

  @Test
  void deletingTheLastNegotiation_isFoundByTheLedgersSealedHead() throws SQLException {
    fill();
    Tampering.DELETE_NEGOTIATION.apply(location().jdbcUrl(), UNTOUCHED, OTHER);

    LedgerCheck ledger = store.verifyLedger();

    assertThat(ledger.negotiations()).isEqualTo(3);
    assertThat(ledger.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.negotiation()).contains(UNTOUCHED);
              assertThat(problem.problem())
                  .isEqualTo(
                      "negotiation lima-3 at ledger position 3 is missing: deleted from the"
                          + " store");
            });
    // The ledger's head cannot be moved back either: its seal needs the key.
    sql(
        "UPDATE ledger SET negotiations = 2, last_negotiation = ?, last_link = "
            + "(SELECT ledger_link FROM negotiations WHERE id = ?)",
        TARGET,
        TARGET);
    assertThat(store.verifyLedger().problems())
        .extracting(LedgerCheck.Problem::problem)
        .containsExactly(
            "the ledger's head: its seal does not match (written by someone without the key)");
  }

  @Test
  void aTamperedLedger_refusesNewNegotiations_andServesTheOthers() throws SQLException {
    fill();
    Tampering.DELETE_NEGOTIATION.apply(location().jdbcUrl(), UNTOUCHED, OTHER);
    sql(
        "UPDATE ledger SET negotiations = 2, last_negotiation = ?, last_link = "
            + "(SELECT ledger_link FROM negotiations WHERE id = ?)",
        TARGET,
        TARGET);

    assertThatThrownBy(() -> append("new-4", 1))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("the ledger's head")
        .hasMessageContaining("no negotiation can be created");
    append(OTHER, 1);
    assertThat(store.read(OTHER)).hasSize(6);
    assertThat(store.negotiations()).containsExactly(OTHER, TARGET);
  }

  @Test
  void appendingAfterAForgedHead_isRefused_andStoresNothing() {
    fill();
    Tampering.TRUNCATE_WITH_HEAD_MOVED_BACK.apply(location().jdbcUrl(), TARGET, OTHER);

    assertThatThrownBy(
            () ->
                store.append(
                    TARGET, new NewEvent("late", "message-sent", "buyer", List.of(), "{}")))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("the log's head: its seal does not match");
    assertThat(store.verify(TARGET).events()).isEqualTo(4);
  }

  @Test
  void readAfter_findsAnEventInsertedAfterTheLast() {
    fill();
    assertThat(store.readAfter(TARGET, 2)).hasSize(3);
    Tampering.INSERT.apply(location().jdbcUrl(), TARGET, OTHER);

    assertThatThrownBy(() -> store.readAfter(TARGET, 2))
        .isInstanceOfSatisfying(
            TamperedLogException.class, e -> assertThat(e.check().firstBroken()).contains(6L));
  }

  @Test
  void rotatedKeys_verifyOldEventsByTheirKeyId_andNewOnesWithTheNewKey() {
    append(TARGET, 2);
    store.close();
    LogKeys rotated =
        new LogKeys(
            LogKeys.generate(new SplittableRandom(6)).current(),
            List.of(LogKeys.generate(new SplittableRandom(6)).current(), keys.current()));
    store = open(rotated);

    store.append(TARGET, new NewEvent("after-rotation", "message-sent", "buyer", List.of(), "{}"));

    assertThat(store.read(TARGET))
        .extracting(event -> event.keyId().orElseThrow())
        .containsExactly(keys.current().id(), keys.current().id(), rotated.current().id());
    assertThat(store.verify(TARGET).intact()).isTrue();
    assertThat(store.verifyLedger().intact()).isTrue();
    // Without the old key, the old events cannot be verified: that is reported, not accepted.
    store.close();
    store = open(LogKeys.of(rotated.current()));
    ChainCheck withoutOldKey = store.verify(TARGET);
    assertThat(withoutOldKey.firstBroken()).contains(1L);
    assertThat(withoutOldKey.problem())
        .contains("sealed with the log key " + keys.current().id())
        .contains("not among the keys given");
  }

  @Test
  void anotherKey_verifiesNothing() {
    fill();
    store.close();

    store = open(LogKeys.generate(new SplittableRandom(99)));

    assertThat(store.verifyAll()).noneMatch(ChainCheck::intact);
    assertThat(store.verifyLedger().intact()).isFalse();
  }

  @Test
  void aLogOfSchemaVersion1_isSealedWhenOpened_andItsOldEventsStayProtected() throws Exception {
    store.close();
    store = null;
    LegacyStore.create(location(), "old-1", 4);

    store = open(keys);

    assertThat(store.verify("old-1").intact()).isTrue();
    assertThat(store.verifyLedger().intact()).isTrue();
    StoredEvent next =
        store.append("old-1", new NewEvent("new-5", "message-sent", "buyer", List.of(), "{}"));
    assertThat(next.keyId()).contains(keys.current().id());
    assertThat(store.read("old-1")).hasSize(5);
    // An edit to an old, unkeyed event, rehashed with plain SHA-256 as version 1 did, still shows:
    // the keyed hash of event 5 covers event 4's hash.
    LegacyStore.editAndRehash(location(), "old-1", 2);
    ChainCheck check = store.verify("old-1");
    assertThat(check.firstBroken()).contains(5L);
  }

  void sql(String sql, Object... arguments) throws SQLException {
    try (Connection connection = DriverManager.getConnection(location().jdbcUrl());
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < arguments.length; i++) {
        statement.setObject(i + 1, arguments[i]);
      }
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }
}
