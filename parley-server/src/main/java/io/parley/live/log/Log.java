package io.parley.live.log;

import io.parley.live.events.EventType;
import io.parley.live.rooms.Visibility;
import io.parley.live.rules.Rulebook;
import io.parley.live.state.Negotiation;
import io.parley.live.suggest.ConfidedPreferences;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.store.EventHashes;
import io.parley.store.EventStore;
import io.parley.store.StoredEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's copy of one negotiation's log, kept in step with the store, and the state folded
 * from it in full. Its monitor is the negotiation's lock: every validate-then-append holds it, so
 * moves on one negotiation are checked and stored one at a time.
 */
public final class Log {
  private final String id;
  private final List<LoggedEvent> events = new ArrayList<>();
  private final Map<String, LoggedEvent> byClientId = new HashMap<>();
  private final Map<String, String> fingerprints = new HashMap<>();
  private Negotiation state;
  private Scenario scenario;
  private Map<String, Preferences> confided;

  public Log(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Reads whatever the store holds past what this copy has (another process may append too). */
  public synchronized void catchUp(EventStore store) {
    long last = events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
    for (StoredEvent stored : store.readAfter(id, last)) {
      add(stored);
    }
  }

  /** Adds the event the store just acknowledged. */
  public synchronized LoggedEvent add(StoredEvent stored) {
    long expected = events.size() + 1L;
    if (stored.sequence() < expected) {
      return events.get((int) stored.sequence() - 1);
    }
    if (stored.sequence() != expected) {
      throw new IllegalStateException(
          "negotiation " + id + ": event " + stored.sequence() + " where " + expected + " was due");
    }
    if (!stored.previousHash().equals(head())) {
      throw new IllegalStateException(
          "negotiation "
              + id
              + ": event "
              + stored.sequence()
              + " does not follow the event before it as this server stored it");
    }
    LoggedEvent event = LoggedEvent.of(stored, state == null ? null : state.space());
    events.add(event);
    String clientKey = RequestFingerprint.clientKey(stored.clientId());
    byClientId.put(clientKey, event);
    RequestFingerprint.fingerprint(stored.clientId())
        .ifPresent(fingerprint -> fingerprints.put(clientKey, fingerprint));
    if (event.type() == EventType.PREFERENCES_CONFIDED) {
      confided = null;
    }
    if (state == null) {
      state = Negotiation.fold(id, List.of(Visibility.full(event)));
    } else {
      state = state.apply(Visibility.full(event));
    }
    return event;
  }

  public synchronized boolean isEmpty() {
    return events.isEmpty();
  }

  /** Every event so far, in order. */
  public synchronized List<LoggedEvent> events() {
    return List.copyOf(events);
  }

  /** The events after sequence {@code after}, in order. */
  public synchronized List<LoggedEvent> eventsAfter(long after) {
    int from = (int) Math.max(0, Math.min(after, events.size()));
    return List.copyOf(events.subList(from, events.size()));
  }

  /**
   * The event stored under client key {@code clientId} ({@code participant/clientId}), whether or
   * not its stored key carries a request fingerprint ({@link RequestFingerprint}).
   */
  public synchronized Optional<LoggedEvent> byClientId(String clientId) {
    return Optional.ofNullable(byClientId.get(clientId));
  }

  /** The request fingerprint stored with client key {@code clientId}, if it has one. */
  public synchronized Optional<String> fingerprint(String clientId) {
    return Optional.ofNullable(fingerprints.get(clientId));
  }

  /** The state folded from every event in full; only the server decides with it. */
  public synchronized Negotiation state() {
    if (state == null) {
      throw new IllegalStateException("negotiation " + id + " has no events");
    }
    return state;
  }

  /** The hash of the last event. */
  synchronized String head() {
    return events.isEmpty() ? EventHashes.GENESIS : events.get(events.size() - 1).stored().hash();
  }

  /** The scenario the negotiation was created from (the server's copy). */
  public synchronized Scenario scenario() {
    if (scenario == null) {
      var secret = state().secret().orElseThrow();
      scenario =
          ScenarioReader.parse(
              "negotiation " + id, secret.scenario(), secret.format().equals("json"));
    }
    return scenario;
  }

  /** The robots' seed, fixed at creation. */
  public synchronized long seed() {
    return state().secret().orElseThrow().seed();
  }

  /**
   * Party to the preferences it confided (the latest confided, read). Read once per confiding, not
   * on every move: every check of a move asks for it ({@link #context}).
   */
  synchronized Map<String, Preferences> confided() {
    if (confided == null) {
      Map<String, Preferences> read = new LinkedHashMap<>();
      for (var entry : state().confided().entrySet()) {
        entry
            .getValue()
            .ifPresent(
                json ->
                    read.put(
                        entry.getKey(),
                        ConfidedPreferences.read(state.issues(), entry.getKey(), json)));
      }
      confided = Collections.unmodifiableMap(read);
    }
    return confided;
  }

  // consent: begin
  /**
   * What the mediators' views may be computed from: each party's latest confiding with its consent
   * ({@link io.parley.live.consent.MediatorBasis}).
   */
  public synchronized io.parley.live.consent.MediatorBasis mediatorBasis() {
    Map<String, io.parley.live.consent.Confiding> confidings = new LinkedHashMap<>();
    Map<String, Preferences> read = confided();
    for (var entry : state().confided().entrySet()) {
      entry
          .getValue()
          .ifPresent(
              json ->
                  confidings.put(
                      entry.getKey(),
                      new io.parley.live.consent.Confiding(
                          read.get(entry.getKey()),
                          ConfidedPreferences.consent(json),
                          ConfidedPreferences.sharesReservation(json),
                          json)));
    }
    return io.parley.live.consent.MediatorBasis.of(scenario(), confidings);
  }

  // consent: end

  /** The rules' context now. */
  public synchronized Rulebook.Context context() {
    return new Rulebook.Context(scenario(), confided(), head());
  }
}
