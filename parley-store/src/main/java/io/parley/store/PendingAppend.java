package io.parley.store;

import java.util.concurrent.CompletableFuture;

/**
 * One caller's append, waiting in the {@link AppendQueue} to be written.
 *
 * @param negotiation the negotiation's id, already checked by the store
 * @param event the event to append, already checked by the store
 * @param result completed with the stored event once the transaction holding it has committed (or
 *     with the event stored earlier under the same client id), or exceptionally with the cause of
 *     its failure
 */
record PendingAppend(String negotiation, NewEvent event, CompletableFuture<StoredEvent> result) {
  PendingAppend(String negotiation, NewEvent event) {
    this(negotiation, event, new CompletableFuture<>());
  }
}
