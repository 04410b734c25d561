package io.parley.ratification;

import io.parley.outcome.Outcome;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The second level of a two-level game (Putnam 1988): each party's constituencies that must ratify
 * an agreement before it holds.
 *
 * @param constituencies one per party that has ratifiers, in file order
 */
public record Ratification(List<Constituency> constituencies) {

  /**
   * @throws IllegalArgumentException if two constituencies belong to one party or two ratifiers
   *     share an id
   */
  public Ratification {
    constituencies = List.copyOf(constituencies);
    var parties = new HashSet<String>();
    var ids = new HashSet<String>();
    for (Constituency c : constituencies) {
      if (!parties.add(c.party())) {
        throw new IllegalArgumentException(c.party() + " has two constituencies");
      }
      for (Ratifier r : c.ratifiers()) {
        if (!ids.add(r.id())) {
          throw new IllegalArgumentException("ratifier id '" + r.id() + "' is used twice");
        }
      }
    }
  }

  /** Whether every constituency ratifies {@code outcome}. */
  public boolean ratifies(Outcome outcome) {
    return constituencies.stream().allMatch(c -> c.ratifies(outcome));
  }

  /** The constituency of {@code party}, if it has one. */
  public Optional<Constituency> of(String party) {
    return constituencies.stream().filter(c -> c.party().equals(party)).findFirst();
  }
}
