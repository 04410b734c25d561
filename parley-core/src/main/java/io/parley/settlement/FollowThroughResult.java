package io.parley.settlement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What came of an agreement after the negotiation.
 *
 * @param events what happened, in order
 * @param ratified whether every constituency ratified (true when there are no ratifiers)
 * @param defector the party that defected, if one did
 * @param stepsDone how many steps were carried out (0 when not ratified or without a plan)
 * @param utilities party id to its utility after the follow-through: its reservation when
 *     ratification failed; else, with a plan, its utility of the status quo plus the values of the
 *     steps carried out minus any penalty imposed on it; else its utility of the agreement
 */
public record FollowThroughResult(
    List<FollowThroughEvent> events,
    boolean ratified,
    Optional<String> defector,
    int stepsDone,
    Map<String, Double> utilities) {
  public FollowThroughResult {
    events = List.copyOf(events);
    utilities = Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
  }
}
