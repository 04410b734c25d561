package io.parley.live.rooms;

import io.parley.live.events.LiveEvent.AgreementRecorded;
import io.parley.live.events.Participant;
import io.parley.live.state.Agreement;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Times;
import io.parley.outcome.Issue;
import io.parley.scenario.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agreement as a person reads it (issue 16): the negotiation's title, the parties and the
 * mediators by name, every agreed term in plain words under its issue's name, when it was recorded
 * (ISO 8601 in the negotiation's time zone), the hash of the event log before the agreement, and
 * each party's signature with its time. The printable page, the PDF and the {@code sheet} of the
 * agreement document all come from this one record.
 *
 * @param title the negotiation's name
 * @param version the agreed text version
 * @param parties the parties to the agreement, in scenario order
 * @param mediators the mediators, in scenario order
 * @param terms every agreed term, issue by issue
 * @param recordedAt when it was recorded, ISO 8601 with the offset of {@code zone}
 * @param zone the negotiation's time zone (an IANA id)
 * @param logHash the event log's head hash before the agreement
 * @param signatures the signatures so far, in signing order
 */
public record AgreementSheet(
    String title,
    int version,
    List<Person> parties,
    List<Person> mediators,
    List<Term> terms,
    String recordedAt,
    String zone,
    String logHash,
    List<Signature> signatures) {

  public AgreementSheet {
    parties = List.copyOf(parties);
    mediators = List.copyOf(mediators);
    terms = List.copyOf(terms);
    signatures = List.copyOf(signatures);
  }

  /** A participant by id and name. */
  public record Person(String id, String name) {}

  /**
   * One agreed term.
   *
   * @param issue the issue's id
   * @param issueName the issue's name
   * @param label the agreed value's label
   * @param words the agreed value in plain words
   */
  public record Term(String issue, String issueName, String label, String words) {}

  /**
   * A party's signature.
   *
   * @param party the party's id
   * @param name the party's name
   * @param signedAt when it signed, ISO 8601 with the offset of the negotiation's time zone
   */
  public record Signature(String party, String name, String signedAt) {}

  /** The sheet of {@code agreement} in {@code state}. */
  public static AgreementSheet of(Negotiation state, Agreement agreement) {
    AgreementRecorded recorded = agreement.recorded();
    ZoneId zone = state.day().zone();
    List<Person> parties = new ArrayList<>();
    for (String id : recorded.parties()) {
      parties.add(new Person(id, name(state, id)));
    }
    List<Person> mediators = new ArrayList<>();
    for (Participant participant : state.participants()) {
      if (participant.role() == Role.MEDIATOR) {
        mediators.add(new Person(participant.id(), participant.name()));
      }
    }
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < state.space().issueCount(); i++) {
      Issue issue = state.space().issue(i);
      String label = issue.labelAt(recorded.outcome().valueIndex(i));
      terms.add(new Term(issue.id(), issue.name(), label, plainWords(label)));
    }
    List<Signature> signatures = new ArrayList<>();
    for (Map.Entry<String, Instant> signature : state.day().signatures().entrySet()) {
      signatures.add(
          new Signature(
              signature.getKey(),
              name(state, signature.getKey()),
              Times.iso(signature.getValue(), zone)));
    }
    return new AgreementSheet(
        state.name(),
        recorded.version(),
        parties,
        mediators,
        terms,
        Times.iso(agreement.recordedAt(), zone),
        zone.getId(),
        recorded.logHash(),
        signatures);
  }

  /**
   * A value's label in plain words: a label written as a slug ({@code full_withdrawal}, {@code
   * phased-to-permanent}) becomes words ({@code Full withdrawal}); any other label is kept.
   */
  static String plainWords(String label) {
    if (!label.matches("[a-z0-9]+([_-][a-z0-9]+)*") || label.matches("-?[0-9]+")) {
      return label;
    }
    String words = label.replace('_', ' ').replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static String name(Negotiation state, String id) {
    return state.participant(id).map(Participant::name).orElse(id);
  }
}
