package io.parley.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link EventStore} held in memory: thread-safe, hash-chained with {@link EventHashes}, and
 * gone when the process ends. A legitimate store for tests and for demonstrations run with {@code
 * --memory}; it keeps every promise of the interface except durability across restarts.
 */
public final class MemoryEventStore implements EventStore {
  private final Clock clock;
  private final LogKeys keys;
  private final Map<String, Log> logs = new LinkedHashMap<>();
  private boolean closed;

  private static final class Log {
    final List<StoredEvent> events = new ArrayList<>();
    final Map<String, StoredEvent> byClientId = new HashMap<>();
  }

  /** A store stamping events with {@code clock} and chaining them with {@code keys}. */
  public MemoryEventStore(Clock clock, LogKeys keys) {
    this.clock = clock;
    this.keys = keys;
  }

  /** A store stamping events with {@code clock}, chained with a fresh random key. */
  public MemoryEventStore(Clock clock) {
    this(clock, LogKeys.generate(new SecureRandom()));
  }

  /** A store stamping events with the system clock (UTC), chained with a fresh random key. */
  public MemoryEventStore() {
    this(Clock.systemUTC());
  }

  @Override
  public synchronized StoredEvent append(String negotiation, NewEvent event) {
    requireOpen();
    if (negotiation == null || negotiation.isBlank()) {
      throw new IllegalArgumentException("negotiation id is blank");
    }
    Log log = logs.computeIfAbsent(negotiation, id -> new Log());
    StoredEvent earlier = log.byClientId.get(event.clientId());
    if (earlier != null) {
      return earlier;
    }
    long sequence = log.events.size() + 1L;
    String previous =
        log.events.isEmpty() ? EventHashes.GENESIS : log.events.get(log.events.size() - 1).hash();
    Instant time = clock.instant();
    StoredEvent stored =
        StoredEvent.chained(keys.current(), negotiation, sequence, time, previous, event);
    log.events.add(stored);
    log.byClientId.put(event.clientId(), stored);
    return stored;
  }

  @Override
  public synchronized List<StoredEvent> read(String negotiation) {
    requireOpen();
    Log log = logs.get(negotiation);
    return log == null ? List.of() : List.copyOf(log.events);
  }

  @Override
  public synchronized List<StoredEvent> readAfter(String negotiation, long after) {
    requireOpen();
    Log log = logs.get(negotiation);
    if (log == null) {
      return List.of();
    }
    int from = (int) Math.max(0, Math.min(after, log.events.size()));
    return List.copyOf(log.events.subList(from, log.events.size()));
  }

  @Override
  public synchronized List<String> negotiations() {
    requireOpen();
    return List.copyOf(logs.keySet());
  }

  @Override
  public synchronized ChainCheck verify(String negotiation) {
    List<StoredEvent> events = read(negotiation);
    return LogVerifier.links(negotiation, events, 0, EventHashes.GENESIS, keys);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the memory event store is closed");
    }
  }
}
