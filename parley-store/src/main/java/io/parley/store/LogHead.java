package io.parley.store;

import java.util.Optional;

/**
 * The head of one negotiation's log as its row in {@code negotiations} records it.
 *
 * @param sequence the last event's sequence (0 before the first event)
 * @param hash the last event's hash ({@link EventHashes#GENESIS} before the first event)
 * @param seal the head's {@link Seals#head seal}; empty before the first event, and for a log of
 *     schema version 1 not yet sealed
 */
record LogHead(long sequence, String hash, Optional<String> seal) {
  /** The head after {@code event}, sealed with {@code key}. */
  static LogHead after(StoredEvent event, LogKey key) {
    return new LogHead(
        event.sequence(),
        event.hash(),
        Optional.of(Seals.head(key, event.negotiation(), event.sequence(), event.hash())));
  }
}
