/**
 * Durable, append-only, hash-chained event logs, one per negotiation.
 *
 * <p>{@link io.parley.store.EventStore} is the contract; {@link io.parley.store.EventStores} opens
 * the one implementation, {@link io.parley.store.JdbcEventStore}, on the embedded H2 file database
 * in a data directory (the default) or on PostgreSQL by URL ({@link
 * io.parley.store.StoreLocation}). {@link io.parley.store.EventHashes} is the chain's one hash
 * rule, used when appending and when verifying.
 */
package io.parley.store;
