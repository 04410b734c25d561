package io.parley.analysis;

import java.util.List;

/**
 * Why there is no zone of possible agreement, and what would open one.
 *
 * @param summary the diagnosis in one or two plain sentences
 * @param conflicts the minimal sets of constraints that cannot hold together
 * @param relaxations the smallest sets of changes that open a zone, smallest first
 * @param complete whether every conflict and relaxation (up to the size searched) was found; false
 *     when a search budget ran out
 */
public record Deadlock(
    String summary, List<Conflict> conflicts, List<Relaxation> relaxations, boolean complete) {
  public Deadlock {
    conflicts = List.copyOf(conflicts);
    relaxations = List.copyOf(relaxations);
  }
}
