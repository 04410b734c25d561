package io.parley.store;

/**
 * The head of one negotiation's log as its row in {@code negotiations} records it.
 *
 * @param sequence the last event's sequence (0 before the first event)
 * @param hash the last event's hash ({@link EventHashes#GENESIS} before the first event)
 */
record LogHead(long sequence, String hash) {}
