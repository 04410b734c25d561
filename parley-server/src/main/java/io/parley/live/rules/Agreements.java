package io.parley.live.rules;

import io.parley.live.LiveException;
import io.parley.live.events.EventDraft;
import io.parley.live.events.LiveEvent.AgreementRecorded;
import io.parley.live.events.Verdict;
import io.parley.live.rooms.Recipients;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule for recording the agreement: on a text version every party's latest answer accepts,
 * anchored in the log by the hash of the event before it (which commits to the whole history up to
 * the agreement). The document written from it is {@link io.parley.live.views.AgreementDocument}.
 */
public final class Agreements {
  private Agreements() {}

  /**
   * The agreement-recorded event for {@code version}.
   *
   * @param logHead the hash of the log's last event before the agreement
   * @throws LiveException NOT_FOUND for an unknown version, CONFLICT naming each party whose latest
   *     answer to it is not an acceptance
   */
  static EventDraft record(Negotiation state, int version, String logHead) {
    Text text =
        state
            .text(version)
            .orElseThrow(
                () ->
                    LiveException.notFound(
                        "text version "
                            + version
                            + " does not exist; versions are 1 to "
                            + state.texts().size()));
    List<String> missing = new ArrayList<>();
    for (String party : state.parties()) {
      var response = state.latestResponse(party, version);
      if (response.isEmpty()) {
        missing.add(party + " has not answered it");
      } else if (response.get().verdict() != Verdict.ACCEPT) {
        missing.add(party + "'s latest answer is " + response.get().verdict().wire());
      }
    }
    if (!missing.isEmpty()) {
      throw LiveException.conflict(
          "no agreement on version "
              + version
              + ": every party must accept it, but "
              + String.join("; ", missing));
    }
    return new EventDraft(
        new AgreementRecorded(version, text.outcome(), state.parties(), logHead),
        Recipients.everyone(state));
  }
}
