package io.parley.store;

/**
 * A log that fails verification when it is read or appended to: an event changed, deleted, inserted
 * or reordered, or its head moved, since it was stored. The log is left as it is, for whoever
 * investigates; {@link #check} says where it breaks.
 */
public final class TamperedLogException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final transient ChainCheck check;

  public TamperedLogException(ChainCheck check) {
    super(
        "the log of negotiation "
            + check.negotiation()
            + " fails verification at event "
            + check.firstBroken().orElse(0L)
            + ": "
            + check.problem());
    this.check = check;
  }

  /** Where and how the log breaks. */
  public ChainCheck check() {
    return check;
  }
}
