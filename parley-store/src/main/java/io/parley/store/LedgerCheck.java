package io.parley.store;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking a store's ledger of negotiations, which shows a negotiation deleted from
 * the store, or renamed, or added behind the store's back.
 *
 * @param negotiations the number of negotiations the ledger's sealed head records
 * @param problems what is wrong, in the order found; empty when the ledger holds
 */
public record LedgerCheck(long negotiations, List<Problem> problems) {
  public LedgerCheck {
    problems = List.copyOf(problems);
  }

  /**
   * One thing wrong with the ledger.
   *
   * @param negotiation the negotiation it concerns, when known (the id of a deleted negotiation is
   *     known from the entry after it, or from the ledger's head)
   * @param problem what is wrong, in plain words
   */
  public record Problem(Optional<String> negotiation, String problem) {}

  /** Whether the ledger holds: no negotiation is missing, renamed or unregistered. */
  public boolean intact() {
    return problems.isEmpty();
  }
}
