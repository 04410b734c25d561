package io.parley.negotiator;

import io.parley.outcome.Outcome;
import java.util.Map;
import java.util.Optional;

/**
 * The mediator's turn to draft or revise the single negotiating text.
 *
 * @param round the round, from 1
 * @param progress progress towards the deadline, in [0, 1]
 * @param current the text now on the table (empty before the first draft)
 * @param responses each party's latest response to {@code current}: {@link Action.Accept}, {@link
 *     Action.Reject} or {@link Action.Amend}; parties that have not responded are absent
 */
public record DraftRequest(
    int round, double progress, Optional<Outcome> current, Map<String, Action> responses) {
  public DraftRequest {
    responses = Map.copyOf(responses);
  }
}
