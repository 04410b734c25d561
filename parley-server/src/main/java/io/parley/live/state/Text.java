package io.parley.live.state;

import io.parley.outcome.Outcome;
import java.util.List;

/**
 * One version of the single negotiating text.
 *
 * @param version from 1
 * @param outcome the complete package
 * @param note the mediator's note (may be empty)
 * @param draftedBy who drafted it
 * @param releasedTo the participants it has been released to, in order of release
 * @param robot whether a robot seat drafted it
 */
public record Text(
    int version,
    Outcome outcome,
    String note,
    String draftedBy,
    List<String> releasedTo,
    boolean robot) {
  public Text {
    releasedTo = List.copyOf(releasedTo);
  }

  Text releasedTo(List<String> more) {
    var all = new java.util.ArrayList<>(releasedTo);
    for (String participant : more) {
      if (!all.contains(participant)) {
        all.add(participant);
      }
    }
    return new Text(version, outcome, note, draftedBy, all, robot);
  }
}
