package io.parley.ratification;

import io.parley.outcome.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The ratifiers of one party and the rule their votes follow.
 *
 * @param party the negotiating party whose agreements they ratify
 * @param rule how their votes add up
 * @param ratifiers at most {@link #MAX_RATIFIERS}, in file order
 */
public record Constituency(String party, RatificationRule rule, List<Ratifier> ratifiers) {
  /** The most ratifiers one party may have. */
  public static final int MAX_RATIFIERS = 16;

  /**
   * @throws IllegalArgumentException if there are no ratifiers or too many, or the rule cannot be
   *     met by all of them accepting
   */
  public Constituency {
    ratifiers = List.copyOf(ratifiers);
    if (ratifiers.isEmpty() || ratifiers.size() > MAX_RATIFIERS) {
      throw new IllegalArgumentException(
          party + " has " + ratifiers.size() + " ratifiers; expected 1 to " + MAX_RATIFIERS);
    }
    if (!rule.canBeMet(ratifiers)) {
      throw new IllegalArgumentException(
          "the rule " + rule.describe() + " of " + party + "'s ratifiers cannot be met");
    }
  }

  /** The bit mask of the ratifiers who accept {@code outcome}. */
  public long votes(Outcome outcome) {
    long accepting = 0;
    for (int k = 0; k < ratifiers.size(); k++) {
      if (ratifiers.get(k).accepts(outcome)) {
        accepting |= 1L << k;
      }
    }
    return accepting;
  }

  /** Whether the constituency ratifies {@code outcome}. */
  public boolean ratifies(Outcome outcome) {
    return rule.ratifies(ratifiers, votes(outcome));
  }

  /**
   * The minimal winning coalitions: the sets of ratifiers (bit masks) whose acceptance alone meets
   * the rule and none of whose proper subsets does.
   */
  public List<Long> minimalWinningCoalitions() {
    List<Long> minimal = new ArrayList<>();
    long all = 1L << ratifiers.size();
    for (int size = 1; size <= ratifiers.size(); size++) {
      for (long set = 1; set < all; set++) {
        long candidate = set;
        if (Long.bitCount(set) == size
            && rule.ratifies(ratifiers, set)
            && minimal.stream().noneMatch(m -> (m & candidate) == m)) {
          minimal.add(set);
        }
      }
    }
    return minimal;
  }
}
