package io.parley.strategy;

import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.HashMap;
import java.util.Map;

/**
 * Splits the difference, provision by provision, using only what the parties say — never their
 * preferences. The classic mediator's compromise ("meet halfway"; Raiffa, The Art and Science of
 * Negotiation, Harvard University Press, 1982), applied to the single negotiating text.
 *
 * <ul>
 *   <li>First text: every issue at its middle value, index {@code (size − 1) / 2} in the issue's
 *       order.
 *   <li>Revision: for each issue, the mean of the current value index and the value index each
 *       party's latest amendment of that issue asks for, rounded toward the requests (so a single
 *       request always moves the text); issues nobody amended keep their value. Acceptances and
 *       rejections change nothing.
 * </ul>
 *
 * <p>Each draft costs {@code O(issues + amendments)}.
 */
public final class SplitTheDifferenceMediator implements Mediator {
  private OutcomeSpace space;

  @Override
  public void start(MediatorContext context) {
    this.space = context.space();
  }

  @Override
  public Outcome draft(DraftRequest request) {
    if (space == null) {
      throw new IllegalStateException("SplitTheDifferenceMediator was asked before start()");
    }
    return request.current().isPresent()
        ? revise(request.current().get(), request.responses())
        : middle(space);
  }

  /** Every issue at its middle value. */
  public static Outcome middle(OutcomeSpace space) {
    int[] values = new int[space.issueCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (space.issue(i).size() - 1) / 2;
    }
    return new Outcome(values);
  }

  /** {@code current} with each amended issue moved to the mean of its value and the requests. */
  static Outcome revise(Outcome current, Map<String, Action> responses) {
    int n = current.issueCount();
    long[] sums = new long[n];
    int[] counts = new int[n];
    for (Action response : responses.values()) {
      if (!(response instanceof Action.Amend amend)) {
        continue;
      }
      Map<Integer, Integer> requested = new HashMap<>();
      for (Amendment amendment : amend.amendments()) {
        requested.put(amendment.issue(), amendment.value());
      }
      requested.forEach(
          (issue, value) -> {
            sums[issue] += value;
            counts[issue]++;
          });
    }
    int[] values = current.valueIndices();
    for (int i = 0; i < n; i++) {
      if (counts[i] > 0) {
        values[i] = meanTowardRequests(values[i], sums[i], counts[i]);
      }
    }
    return new Outcome(values);
  }

  /** The mean of {@code value} and {@code count} requests summing to {@code sum}, rounded away. */
  private static int meanTowardRequests(int value, long sum, int count) {
    long total = value + sum;
    long n = count + 1L;
    if (total > value * n) {
      return (int) -Math.floorDiv(-total, n);
    }
    return (int) Math.floorDiv(total, n);
  }
}
