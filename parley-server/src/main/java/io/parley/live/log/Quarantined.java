package io.parley.live.log;

import io.parley.live.state.Negotiation;
import java.util.List;
import java.util.Optional;

/**
 * What the server does not serve because the store failed verification, for the organiser.
 *
 * @param negotiations the quarantined negotiations, by id
 * @param ledgerProblems problems of the store's ledger of negotiations that name no negotiation
 */
public record Quarantined(List<Negotiation> negotiations, List<String> ledgerProblems) {
  public Quarantined {
    negotiations = List.copyOf(negotiations);
    ledgerProblems = List.copyOf(ledgerProblems);
  }

  /**
   * One quarantined negotiation.
   *
   * @param id its id
   * @param problem why it is quarantined, in plain words
   * @param event the first event of its log that fails verification, when one does
   */
  public record Negotiation(String id, String problem, Optional<Long> event) {}
}
