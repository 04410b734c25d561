package io.parley.live.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.live.LiveException;
import io.parley.live.TestScenarios;
import io.parley.live.consent.Consent;
import io.parley.live.consent.MediatorBasis;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.rules.Move;
import io.parley.outcome.Outcome;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.store.EventHashes;
import io.parley.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The server's copy of one negotiation's log: events are added in sequence, each following the
 * head; an event already held is answered, not added again; a snapshot is frozen at the event it
 * was taken after, whatever is committed later (also across the growth of the shared array); and
 * the confided preferences, client ids and fingerprints are read per snapshot.
 */
class LogTest {
  private static final String CAIRO_TEXT = TestScenarios.example("cairo-2024-phased.yaml");
  private static final Scenario CAIRO = ScenarioReader.parse("cairo", CAIRO_TEXT, false);
  private static final long SEED = 5;

  /**
   * The stored events of a Cairo negotiation: the creation, the lead's invitation and three more,
   * then {@code texts} drafted texts.
   */
  private static List<StoredEvent> stored(int texts) {
    try (TypedSession session = new TypedSession(CAIRO_TEXT, SEED)) {
      session.invite("hamas");
      session.invite("israel");
      session.invite("qatar");
      for (int t = 0; t < texts; t++) {
        session.act(session.lead(), Move.DRAFT_TEXT, new Command.DraftText(outcome(t), "t" + t));
      }
      return session.store().read(session.id());
    }
  }

  private static Outcome outcome(int t) {
    return Outcome.of(t % 4, t % 5, t % 3, t % 3, t % 2);
  }

  private static Log logOf(List<StoredEvent> events, int count) {
    Log log = new Log(events.get(0).negotiation());
    for (int k = 0; k < count; k++) {
      log.add(events.get(k));
    }
    return log;
  }

  @Test
  void anEmptyLog_hasTheGenesisHead_andNoState() {
    Log log = new Log("n1");
    assertThat(log.isEmpty()).isTrue();
    assertThat(log.head()).isEqualTo(EventHashes.GENESIS);
    assertThat(log.events()).isEmpty();
    assertThatThrownBy(log::state)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("negotiation n1 has no events");
  }

  @Test
  void add_foldsEachEventInOrder_andTheHeadIsTheLastEventsHash() {
    List<StoredEvent> events = stored(3);
    Log log = new Log(events.get(0).negotiation());
    for (int k = 0; k < events.size(); k++) {
      LoggedEvent added = log.add(events.get(k));
      assertThat(added.stored()).isEqualTo(events.get(k));
      assertThat(log.head()).isEqualTo(events.get(k).hash());
      assertThat(log.state().lastSeq()).isEqualTo(k + 1);
    }
    assertThat(log.events()).extracting(LoggedEvent::stored).isEqualTo(events);
    assertThat(log.state().texts()).hasSize(3);
    assertThat(log.state().texts().get(2).outcome()).isEqualTo(outcome(2));
    assertThat(log.state().texts().get(2).draftedBy()).isEqualTo("egypt");
  }

  @Test
  void aSnapshotTakenBeforeACommit_neverShowsTheLaterEvents_acrossTheArraysGrowth() {
    List<StoredEvent> events = stored(30); // 35 events: the shared array grows at 16 and 32
    for (int cut : new int[] {1, 5, 15, 16, 17, 32}) {
      Log log = logOf(events, cut);
      Log.Snapshot before = log.snapshot();
      for (int k = cut; k < events.size(); k++) {
        log.add(events.get(k));
      }
      assertThat(before.events()).extracting(LoggedEvent::stored).isEqualTo(events.subList(0, cut));
      assertThat(before.eventsAfter(0)).hasSize(cut);
      assertThat(before.eventsAfter(cut)).isEmpty();
      assertThat(before.eventsAfter(cut - 1))
          .extracting(LoggedEvent::seq)
          .containsExactly((long) cut);
      assertThat(before.state().lastSeq()).as("cut %d", cut).isEqualTo(cut);
      assertThat(before.head()).isEqualTo(events.get(cut - 1).hash());
      assertThat(before.state().texts()).hasSize(Math.max(0, cut - 5));
      assertThat(log.snapshot().events()).hasSize(events.size());
      assertThat(log.snapshot().state().texts()).hasSize(30);
    }
  }

  @Test
  void readersTakingSnapshotsWhileAWriterAdds_alwaysSeeOneCommittedPrefix() throws Exception {
    List<StoredEvent> events = stored(60);
    Log log = new Log(events.get(0).negotiation());
    log.add(events.get(0));
    AtomicBoolean writing = new AtomicBoolean(true);
    CompletableFuture<Integer> reader =
        CompletableFuture.supplyAsync(
            () -> {
              int checked = 0;
              while (writing.get() || checked == 0) {
                Log.Snapshot snapshot = log.snapshot();
                List<LoggedEvent> seen = snapshot.events();
                StoredEvent last = seen.get(seen.size() - 1).stored();
                assertThat(last).isEqualTo(events.get(seen.size() - 1));
                assertThat(snapshot.state().lastSeq()).isEqualTo(seen.size());
                assertThat(snapshot.head()).isEqualTo(last.hash());
                checked++;
              }
              return checked;
            });
    for (int k = 1; k < events.size(); k++) {
      log.add(events.get(k));
    }
    writing.set(false);
    assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
  }

  @Test
  void eventsAfter_clampsItsBound() {
    List<StoredEvent> events = stored(2);
    Log log = logOf(events, events.size());
    assertThat(log.eventsAfter(-7)).hasSize(events.size());
    assertThat(log.eventsAfter(events.size())).isEmpty();
    assertThat(log.eventsAfter(Long.MAX_VALUE)).isEmpty();
    assertThat(log.eventsAfter(5)).extracting(LoggedEvent::seq).containsExactly(6L, 7L);
  }

  @Test
  void anEventAlreadyHeld_isAnsweredAsHeld_andPublishesNothing() {
    List<StoredEvent> events = stored(2);
    Log log = logOf(events, 5);
    Log.Snapshot before = log.snapshot();
    LoggedEvent again = log.add(events.get(2));
    assertThat(again).isSameAs(log.events().get(2));
    assertThat(log.snapshot()).isSameAs(before);
  }

  @Test
  void anEventThatSkipsASequenceNumber_isRefused_andNothingChanges() {
    List<StoredEvent> events = stored(2);
    Log log = logOf(events, 3);
    Log.Snapshot before = log.snapshot();
    assertThatThrownBy(() -> log.add(events.get(4)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("negotiation " + log.id() + ": event 5 where 4 was due");
    assertThat(log.snapshot()).isSameAs(before);
  }

  @Test
  void anEventThatDoesNotFollowTheHead_isRefused_andNothingChanges() {
    List<StoredEvent> events = stored(2);
    Log log = logOf(events, 3);
    Log.Snapshot before = log.snapshot();
    StoredEvent next = events.get(3);
    StoredEvent forged = relinked(next, events.get(1).hash());
    assertThatThrownBy(() -> log.add(forged))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "negotiation "
                + log.id()
                + ": event 4 does not follow the event before it as this server stored it");
    assertThat(log.snapshot()).isSameAs(before);
    assertThat(log.add(next).stored()).isEqualTo(next);

    Log fresh = new Log(events.get(0).negotiation());
    assertThatThrownBy(() -> fresh.add(relinked(events.get(0), events.get(1).hash())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("event 1 does not follow");
    assertThat(fresh.isEmpty()).isTrue();
  }

  private static StoredEvent relinked(StoredEvent event, String previousHash) {
    return new StoredEvent(
        event.negotiation(),
        event.sequence(),
        event.clientId(),
        event.time(),
        event.type(),
        event.actor(),
        event.recipients(),
        event.payload(),
        previousHash,
        event.hash(),
        event.keyId());
  }

  @Test
  void catchUp_readsOnlyWhatTheStoreHoldsPastThisCopy() {
    try (TypedSession session = new TypedSession(CAIRO_TEXT, SEED)) {
      Log copy = new Log(session.id());
      copy.catchUp(session.store());
      assertThat(copy.events()).hasSize(2);
      Log.Snapshot caughtUp = copy.snapshot();
      copy.catchUp(session.store());
      assertThat(copy.snapshot()).as("nothing new, nothing published").isSameAs(caughtUp);
      session.invite("hamas");
      session.act(session.lead(), Move.DRAFT_TEXT, new Command.DraftText(outcome(1), ""));
      copy.catchUp(session.store());
      assertThat(copy.events())
          .extracting(LoggedEvent::stored)
          .isEqualTo(session.store().read(session.id()));
      assertThat(copy.state().texts()).hasSize(1);
      assertThat(caughtUp.events()).hasSize(2);
    }
  }

  @Test
  void scenarioAndSeed_areTheCreations() {
    Log log = logOf(stored(0), 1);
    Scenario scenario = log.scenario();
    assertThat(scenario.name()).isEqualTo(CAIRO.name());
    assertThat(scenario.space()).isEqualTo(CAIRO.space());
    assertThat(scenario.negotiatingParties()).isEqualTo(CAIRO.negotiatingParties());
    assertThat(log.scenario()).isSameAs(scenario);
    assertThat(log.seed()).isEqualTo(SEED);
  }

  @Test
  void clientIds_andFingerprints_areFoundByTheClientKey() {
    try (TypedSession session = new TypedSession(CAIRO_TEXT, SEED)) {
      Viewer hamas = session.invite("hamas");
      session.act(
          hamas,
          Move.SEND_MESSAGE,
          "c1",
          "0123456789abcdef",
          new Command.SendMessage(List.of(), "x"));
      Log log = new Log(session.id());
      log.catchUp(session.store());
      LoggedEvent message = log.events().get(log.events().size() - 1);
      assertThat(message.stored().clientId()).isEqualTo("hamas/c1#0123456789abcdef");
      assertThat(log.byClientId("hamas/c1")).containsSame(message);
      assertThat(log.fingerprint("hamas/c1")).contains("0123456789abcdef");
      assertThat(log.byClientId("system/create")).map(LoggedEvent::seq).contains(1L);
      assertThat(log.fingerprint("system/create")).isEmpty();
      assertThat(log.byClientId("hamas/c2")).isEmpty();
      assertThat(log.byClientId("israel/c1")).as("a client id is per participant").isEmpty();
    }
  }

  @Test
  void aRetriedMove_isStoredOnce_andAClientIdReusedForAnotherMove_isAConflict() {
    try (TypedSession session = new TypedSession(CAIRO_TEXT, SEED)) {
      Viewer hamas = session.invite("hamas");
      Command first = new Command.SendMessage(List.of(), "first");
      long seq = session.act(hamas, Move.SEND_MESSAGE, "c1", "00000000000000aa", first).seq();
      int stored = session.store().read(session.id()).size();
      assertThat(session.act(hamas, Move.SEND_MESSAGE, "c1", "00000000000000aa", first).seq())
          .isEqualTo(seq);
      assertThatThrownBy(
              () ->
                  session.act(
                      hamas,
                      Move.SEND_MESSAGE,
                      "c1",
                      "00000000000000bb",
                      new Command.SendMessage(List.of(), "second")))
          .isInstanceOfSatisfying(
              LiveException.class, e -> assertThat(e.kind()).isEqualTo(LiveException.Kind.CONFLICT))
          .hasMessageContaining(
              "clientId 'c1' was already used for a different request (event " + seq + ")");
      assertThat(session.store().read(session.id())).hasSize(stored);
    }
  }

  @Test
  void theConfidedPreferences_andTheMediatorsBasis_areThoseOfTheSnapshot() {
    LinearAdditiveUtility israel =
        (LinearAdditiveUtility) CAIRO.preferences().get("israel").utility();
    try (TypedSession session = new TypedSession(CAIRO_TEXT, SEED)) {
      Viewer hamas = session.invite("hamas");
      Log log = new Log(session.id());
      log.catchUp(session.store());
      Log.Snapshot none = log.snapshot();
      session.confide(hamas, israel, 0.5, Consent.UTILITIES, false);
      log.catchUp(session.store());
      Log.Snapshot first = log.snapshot();
      session.confide(hamas, israel, 0.7, Consent.FULL, true);
      log.catchUp(session.store());
      Log.Snapshot second = log.snapshot();

      assertThat(log.confided(none)).isEmpty();
      assertThat(log.mediatorBasis(none).source("hamas")).isEqualTo(MediatorBasis.Source.SCENARIO);
      assertThat(log.confided(first)).containsOnlyKeys("hamas");
      assertThat(log.confided(first).get("hamas").reservation()).isEqualTo(0.5);
      Outcome deal = Outcome.of(2, 3, 1, 2, 1);
      assertThat(log.confided(first).get("hamas").utility().utility(deal))
          .isEqualTo(israel.utility(deal));
      assertThat(log.mediatorBasis(first).source("hamas")).isEqualTo(MediatorBasis.Source.CONFIDED);
      assertThat(log.mediatorBasis(first).showsReservation("hamas")).isFalse();
      assertThat(log.confided(second).get("hamas").reservation()).isEqualTo(0.7);
      assertThat(log.mediatorBasis(second).showsReservation("hamas")).isTrue();
      assertThat(log.confided().get("hamas").reservation()).isEqualTo(0.7);
      assertThat(log.confided(first).get("hamas").reservation())
          .as("the earlier snapshot keeps its own")
          .isEqualTo(0.5);
      assertThat(log.context().confided()).isEqualTo(log.confided());
      assertThat(log.context().logHead()).isEqualTo(log.head());
    }
  }

  @Test
  void theEventsOfASnapshot_cannotBeChangedThroughTheList() {
    Log log = logOf(stored(1), 5);
    List<LoggedEvent> events = log.events();
    assertThatThrownBy(() -> events.add(events.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    List<LoggedEvent> copy = new ArrayList<>(events);
    assertThat(log.events()).isEqualTo(copy);
  }
}
