package io.parley.live.log;

import io.parley.live.events.EventType;
import io.parley.live.rooms.Visibility;
import io.parley.live.rules.Rulebook;
import io.parley.live.state.Negotiation;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.store.EventHashes;
import io.parley.store.EventStore;
import io.parley.store.StoredEvent;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's copy of one negotiation's log, kept in step with the store, and the state folded
 * from it in full.
 *
 * <p><b>Writers</b> hold its monitor: every validate-then-append holds it from the check through
 * the store's commit, so moves on one negotiation are checked and stored one at a time ({@link
 * #add} and {@link #catchUp} are the only changes, both under it).
 *
 * <p><b>Readers</b> never take it. After each event the store has committed, the writer publishes
 * an immutable {@link Snapshot} (the events so far and the state folded from them) with one
 * volatile write; every read method answers from the snapshot last published. So a read never waits
 * for someone else's commit, and never sees an event the store has not committed: an event enters a
 * snapshot only after {@link EventStore#append} (or a read of the store) returned it.
 */
public final class Log {
  private final String id;
  private final Map<String, LoggedEvent> byClientId = new HashMap<>();
  private final Map<String, String> fingerprints = new HashMap<>();
  private volatile Snapshot published = Snapshot.EMPTY;
  private volatile Scenario scenario;

  public Log(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * The events and state as of one committed event, immutable. The events live in an array shared
   * with later snapshots (copied when it grows); a snapshot reads only its first {@code size}
   * elements, which are never written again once published.
   */
  public static final class Snapshot {
    static final Snapshot EMPTY = new Snapshot(new LoggedEvent[0], 0, null, new ConfidedCache());

    private final LoggedEvent[] events;
    private final int size;
    private final Negotiation state;
    private final ConfidedCache confided;

    private Snapshot(LoggedEvent[] events, int size, Negotiation state, ConfidedCache confided) {
      this.events = events;
      this.size = size;
      this.state = state;
      this.confided = confided;
    }

    public boolean isEmpty() {
      return size == 0;
    }

    /** Every event so far, in order. */
    public List<LoggedEvent> events() {
      return List.of(Arrays.copyOf(events, size));
    }

    /** The events after sequence {@code after}, in order. */
    public List<LoggedEvent> eventsAfter(long after) {
      int from = (int) Math.max(0, Math.min(after, size));
      return List.of(Arrays.copyOfRange(events, from, size));
    }

    /** The state folded from every event in full; only the server decides with it. */
    public Negotiation state() {
      if (state == null) {
        throw new IllegalStateException("negotiation has no events");
      }
      return state;
    }

    /** The hash of the last event. */
    public String head() {
      return size == 0 ? EventHashes.GENESIS : events[size - 1].stored().hash();
    }
  }

  /**
   * Party to the preferences it confided, read once per confiding: shared by the snapshots between
   * two confidings (whose states confide the same), filled by whichever reader asks first. Two
   * readers filling it at once compute equal maps; either may stay.
   */
  private static final class ConfidedCache {
    private volatile Map<String, Preferences> read;
  }

  /** The last snapshot published: what every read answers from. */
  public Snapshot snapshot() {
    return published;
  }

  /** Reads whatever the store holds past what this copy has (another process may append too). */
  public synchronized void catchUp(EventStore store) {
    Snapshot now = published;
    long last = now.isEmpty() ? 0 : now.events[now.size - 1].seq();
    for (StoredEvent stored : store.readAfter(id, last)) {
      add(stored);
    }
  }

  /** Adds the event the store just acknowledged, and publishes the snapshot that holds it. */
  public synchronized LoggedEvent add(StoredEvent stored) {
    Snapshot now = published;
    long expected = now.size + 1L;
    if (stored.sequence() < expected) {
      return now.events[(int) stored.sequence() - 1];
    }
    if (stored.sequence() != expected) {
      throw new IllegalStateException(
          "negotiation " + id + ": event " + stored.sequence() + " where " + expected + " was due");
    }
    if (!stored.previousHash().equals(now.head())) {
      throw new IllegalStateException(
          "negotiation "
              + id
              + ": event "
              + stored.sequence()
              + " does not follow the event before it as this server stored it");
    }
    LoggedEvent event = LoggedEvent.of(stored, now.state == null ? null : now.state.space());
    Negotiation state =
        now.state == null
            ? Negotiation.fold(id, List.of(Visibility.full(event)))
            : now.state.apply(Visibility.full(event));
    String clientKey = RequestFingerprint.clientKey(stored.clientId());
    byClientId.put(clientKey, event);
    RequestFingerprint.fingerprint(stored.clientId())
        .ifPresent(fingerprint -> fingerprints.put(clientKey, fingerprint));
    LoggedEvent[] events = now.events;
    if (events.length == now.size) {
      events = Arrays.copyOf(events, Math.max(16, events.length * 2));
    }
    events[now.size] = event;
    ConfidedCache confided =
        now.isEmpty() || event.type() == EventType.PREFERENCES_CONFIDED
            ? new ConfidedCache()
            : now.confided;
    published = new Snapshot(events, now.size + 1, state, confided);
    return event;
  }

  public boolean isEmpty() {
    return published.isEmpty();
  }

  /** Every event so far, in order. */
  public List<LoggedEvent> events() {
    return published.events();
  }

  /** The events after sequence {@code after}, in order. */
  public List<LoggedEvent> eventsAfter(long after) {
    return published.eventsAfter(after);
  }

  /**
   * The event stored under client key {@code clientId} ({@code participant/clientId}), whether or
   * not its stored key carries a request fingerprint ({@link RequestFingerprint}). For writers,
   * under the log's monitor.
   */
  public synchronized Optional<LoggedEvent> byClientId(String clientId) {
    return Optional.ofNullable(byClientId.get(clientId));
  }

  /** The request fingerprint stored with client key {@code clientId}, if it has one. */
  public synchronized Optional<String> fingerprint(String clientId) {
    return Optional.ofNullable(fingerprints.get(clientId));
  }

  /** The state folded from every event in full; only the server decides with it. */
  public Negotiation state() {
    Snapshot now = published;
    if (now.isEmpty()) {
      throw new IllegalStateException("negotiation " + id + " has no events");
    }
    return now.state();
  }

  /** The hash of the last event. */
  public String head() {
    return published.head();
  }

  /** The scenario the negotiation was created from (the server's copy). */
  public Scenario scenario() {
    Scenario parsed = scenario;
    if (parsed == null) {
      // The secret is the creation's, the same in every snapshot: a race parses it twice, alike.
      var secret = state().secret().orElseThrow();
      parsed =
          ScenarioReader.parse(
              "negotiation " + id, secret.scenario(), secret.format().equals("json"));
      scenario = parsed;
    }
    return parsed;
  }

  /** The robots' seed, fixed at creation. */
  public long seed() {
    return state().secret().orElseThrow().seed();
  }

  /**
   * Party to the preferences it confided (the latest confided, read). Read once per confiding, not
   * on every move: every check of a move asks for it ({@link #context}).
   */
  public Map<String, Preferences> confided() {
    return confided(published);
  }

  /** As {@link #confided()}, as of {@code snapshot}. */
  public Map<String, Preferences> confided(Snapshot snapshot) {
    Map<String, Preferences> cached = snapshot.confided.read;
    if (cached == null) {
      Negotiation state = snapshot.state();
      Map<String, Preferences> read = new LinkedHashMap<>();
      for (var entry : state.confided().entrySet()) {
        entry.getValue().ifPresent(confiding -> read.put(entry.getKey(), confiding.preferences()));
      }
      cached = Collections.unmodifiableMap(read);
      snapshot.confided.read = cached;
    }
    return cached;
  }

  // consent: begin
  /**
   * What the mediators' views may be computed from: each party's latest confiding with its consent
   * ({@link io.parley.live.consent.MediatorBasis}).
   */
  public io.parley.live.consent.MediatorBasis mediatorBasis() {
    return mediatorBasis(published);
  }

  /** As {@link #mediatorBasis()}, as of {@code snapshot}. */
  public io.parley.live.consent.MediatorBasis mediatorBasis(Snapshot snapshot) {
    Map<String, io.parley.live.consent.Confiding> confidings = new LinkedHashMap<>();
    for (var entry : snapshot.state().confided().entrySet()) {
      entry.getValue().ifPresent(confiding -> confidings.put(entry.getKey(), confiding));
    }
    return io.parley.live.consent.MediatorBasis.of(scenario(), confidings);
  }

  // consent: end

  /** The rules' context now; for writers, under the log's monitor. */
  public synchronized Rulebook.Context context() {
    return new Rulebook.Context(scenario(), confided(), head());
  }
}
