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
}
