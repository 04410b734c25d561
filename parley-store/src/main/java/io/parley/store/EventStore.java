package io.parley.store;

import java.util.List;

/**
 * Durable, append-only, hash-chained event logs, one per negotiation.
 *
 * <p>Appends to one negotiation are totally ordered (sequence 1, 2, 3 ... without gaps, also under
 * concurrent appends from many threads or processes) and durable once {@link #append} returns. An
 * append whose client id the negotiation already holds returns the stored event and stores nothing.
 * Events are never changed or deleted; a store that can be changed behind its back (a database)
 * makes every change evident: its reads verify what they return and throw {@link
 * TamperedLogException} for a log that fails, and {@link #verify} and {@link #verifyLedger} report
 * what is wrong.
 */
public interface EventStore extends AutoCloseable {

  /**
   * Appends {@code event} to {@code negotiation}'s log (creating the log with its first event).
   *
   * @return the stored event, or the one stored earlier with the same client id
   */
  StoredEvent append(String negotiation, NewEvent event);

  /** Every event of {@code negotiation}, in sequence order; empty for an unknown negotiation. */
  List<StoredEvent> read(String negotiation);

  /** The events of {@code negotiation} after sequence {@code after}, in order. */
  List<StoredEvent> readAfter(String negotiation, long after);

  /** The ids of every negotiation with at least one event, in order of creation. */
  List<String> negotiations();

  /** Recomputes {@code negotiation}'s hash chain and reports the first broken link. */
  ChainCheck verify(String negotiation);

  /**
   * Checks the store's ledger of negotiations, which shows a negotiation deleted whole. A store
   * that cannot lose a negotiation behind its back (one in memory) has nothing to check.
   */
  default LedgerCheck verifyLedger() {
    return new LedgerCheck(negotiations().size(), java.util.List.of());
  }

  /** {@link #verify}s every negotiation's chain, in the order of {@link #negotiations()}. */
  default List<ChainCheck> verifyAll() {
    return negotiations().stream().map(this::verify).toList();
  }

  @Override
  void close();
}
