package io.parley.store;

/**
 * The store's ledger of negotiations fails verification (its head deleted, or not sealed by a key
 * of the store): no negotiation can be created, so that a new entry never seals over a deleted
 * negotiation. Appends to existing negotiations go on. {@code parley verify-log} says what is
 * wrong; restoring the store from a backup that passes it repairs it.
 */
public final class TamperedLedgerException extends StoreException {
  private static final long serialVersionUID = 1L;

  public TamperedLedgerException(String problem) {
    super(problem + "; no negotiation can be created until it is restored (parley verify-log)");
  }

  private TamperedLedgerException(TamperedLedgerException cause) {
    super(cause.getMessage(), cause);
  }

  /** The same refusal, thrown again on the caller's thread. */
  TamperedLedgerException rethrown() {
    return new TamperedLedgerException(this);
  }
}
