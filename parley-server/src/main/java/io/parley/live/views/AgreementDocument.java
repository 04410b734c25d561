package io.parley.live.views;

import io.parley.live.events.LiveEvent.AgreementRecorded;
import io.parley.live.events.Participant;
import io.parley.live.rooms.AgreementSheet;
import io.parley.live.state.Agreement;
import io.parley.live.state.Negotiation;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreement document as the API serves it: the recorded agreement with the negotiation's id and
 * name and a plain-text rendering that lists every provision.
 *
 * @param negotiation the negotiation's id
 * @param version the text version agreed
 * @param outcome the agreed package, every issue a provision
 * @param space the negotiation's issues
 * @param parties the parties that agreed
 * @param recordedAt when the store accepted the agreement
 * @param logHash the hash of the log's last event before the agreement
 * @param text the plain-text document
 * @param sheet the agreement as a person reads it (issue 16): names, plain words, ISO 8601 dates
 */
public record AgreementDocument(
    String negotiation,
    String name,
    int version,
    Outcome outcome,
    OutcomeSpace space,
    List<String> parties,
    Instant recordedAt,
    String logHash,
    String text,
    AgreementSheet sheet) {
  public AgreementDocument {
    parties = List.copyOf(parties);
  }

  /** The document of the {@code agreement} recorded in {@code state}. */
  public static AgreementDocument of(Negotiation state, Agreement agreement) {
    AgreementRecorded recorded = agreement.recorded();
    String recordedAt = agreement.recordedAt().toString();
    OutcomeSpace space = state.space();
    StringBuilder text = new StringBuilder();
    text.append("Agreement: ").append(state.name()).append('\n');
    text.append("Text version ").append(recorded.version());
    text.append(", recorded ").append(recordedAt).append('\n');
    text.append("Parties: ");
    List<String> names = new ArrayList<>();
    for (String id : recorded.parties()) {
      names.add(state.participant(id).map(Participant::name).orElse(id));
    }
    text.append(String.join(", ", names)).append('\n');
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      text.append(i + 1)
          .append(". ")
          .append(issue.name())
          .append(": ")
          .append(issue.labelAt(recorded.outcome().valueIndex(i)))
          .append('\n');
    }
    text.append("Log hash before the agreement: ").append(recorded.logHash());
    return new AgreementDocument(
        state.id(),
        state.name(),
        recorded.version(),
        recorded.outcome(),
        space,
        recorded.parties(),
        agreement.recordedAt(),
        recorded.logHash(),
        text.toString(),
        AgreementSheet.of(state, agreement));
  }
}
