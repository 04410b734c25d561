package io.parley.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event as stored: its place in its negotiation's log and its link in the hash chain.
 *
 * @param negotiation the negotiation's id
 * @param sequence the position in the log, from 1, without gaps
 * @param time when the store accepted it (the store's injected clock)
 * @param previousHash the hash of the event before (64 zeros for the first)
 * @param hash HMAC-SHA-256, hex, over the previous hash and every other field ({@link
 *     EventHashes}), keyed by the key {@code keyId} names
 * @param keyId the id of the {@link LogKey} that computed the hash; empty for an event stored
 *     before keys were introduced, whose hash is the plain SHA-256 of schema version 1
 */
public record StoredEvent(
    String negotiation,
    long sequence,
    String clientId,
    Instant time,
    String type,
    String actor,
    List<String> recipients,
    String payload,
    String previousHash,
    String hash,
    Optional<String> keyId) {
  public StoredEvent {
    recipients = List.copyOf(recipients);
  }

  /**
   * The event {@code event} becomes when stored at {@code sequence} of {@code negotiation}'s log
   * after the event whose hash is {@code previousHash}: its hash is computed by {@link
   * EventHashes#hash} with {@code key}.
   */
  public static StoredEvent chained(
      LogKey key,
      String negotiation,
      long sequence,
      Instant time,
      String previousHash,
      NewEvent event) {
    String hash =
        EventHashes.hash(
            key,
            previousHash,
            negotiation,
            sequence,
            event.clientId(),
            time,
            event.type(),
            event.actor(),
            event.recipients(),
            event.payload());
    return new StoredEvent(
        negotiation,
        sequence,
        event.clientId(),
        time,
        event.type(),
        event.actor(),
        event.recipients(),
        event.payload(),
        previousHash,
        hash,
        Optional.of(key.id()));
  }
}
