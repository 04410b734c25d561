package io.parley.store;

import java.time.Instant;
import java.util.List;

/**
 * An event as stored: its place in its negotiation's log and its link in the hash chain.
 *
 * @param negotiation the negotiation's id
 * @param sequence the position in the log, from 1, without gaps
 * @param time when the store accepted it (the store's injected clock)
 * @param previousHash the hash of the event before (64 zeros for the first)
 * @param hash SHA-256, hex, over the previous hash and every other field ({@link EventHashes})
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
    String hash) {
  public StoredEvent {
    recipients = List.copyOf(recipients);
  }

  /**
   * The event {@code event} becomes when stored at {@code sequence} of {@code negotiation}'s log
   * after the event whose hash is {@code previousHash}: its hash is computed by {@link
   * EventHashes#hash}.
   */
  public static StoredEvent chained(
      String negotiation, long sequence, Instant time, String previousHash, NewEvent event) {
    String hash =
        EventHashes.hash(
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
        hash);
  }
}
