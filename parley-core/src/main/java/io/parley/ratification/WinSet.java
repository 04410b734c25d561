package io.parley.ratification;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One side's win-set: the outcomes its ratifiers would accept under its rule (Putnam 1988).
 *
 * @param party the negotiating party
 * @param rule the rule, as written in scenario files
 * @param ratifiers the ratifiers' ids
 * @param outcomes how many outcomes of the whole space the constituency ratifies; empty beyond the
 *     enumeration limit
 * @param inZone how many outcomes of the zone of agreement it ratifies; empty beyond the limit
 */
public record WinSet(
    String party,
    String rule,
    List<String> ratifiers,
    Optional<BigInteger> outcomes,
    Optional<BigInteger> inZone) {
  public WinSet {
    ratifiers = List.copyOf(ratifiers);
  }
}
