package io.parley.protocol;

import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mediated single negotiating text, with shuttle sessions.
 *
 * <p>In a plenary round the lead mediator drafts (or revises) one complete package and puts it to
 * every attending party; each party privately accepts, rejects or proposes amendments — its
 * response goes to the mediators only. In a shuttle round a broker meets each attending party
 * alone: it revises the text with what it has heard so far, carries it to that party, and takes its
 * private response. A party absent from a session neither sees nor answers the texts of that
 * session.
 *
 * <p>Versions: each round's first draft is a new version, numbered from 1, even when its text is
 * the text of the round before; within one round (a shuttle round's visits) a draft keeps the
 * version while its text is unchanged and starts a new one when it changes. A party answers a
 * version at most once, and the text is agreed as soon as every party has accepted its current
 * version. So an acceptance from an earlier round never counts, and no round from which a party is
 * absent ends in agreement: every party must accept the round's own text, as in the live server's
 * rules, where a version released to some parties only cannot be recorded as agreed.
 *
 * <p>Stepped, the mechanism may {@linkplain Mechanism#awaiting() wait} on a seat whose moves come
 * from outside the run ({@link ExternalNegotiator}, {@link ExternalMediator}): a draft or a review
 * that waits is asked again at the next step, and a broker's visit drafted before a waiting review
 * is not drafted again.
 *
 * <p>The {@link ProtocolKind#SHUTTLE shuttle protocol} is this mechanism with every session a
 * shuttle: parties never hear from each other, only from mediators.
 */
public final class SingleTextMechanism extends MechanismBase {
  private enum Phase {
    OPEN,
    DRAFT,
    REVIEW
  }

  private final List<String> parties;
  private final List<String> mediatorIds;
  private int round = 1;
  private Phase phase = Phase.OPEN;
  private int cursor;

  /** Whether the broker's visit to the party at {@code cursor} is drafted (a shuttle round). */
  private boolean visited;

  private Outcome text;
  private int version;

  /** The round whose draft started the current version. */
  private int versionRound;

  private final Map<String, Action> responses = new LinkedHashMap<>();

  /** The parties that accepted the current version. */
  private final Set<String> accepted = new HashSet<>();

  /** A mechanism for {@code setup}, whose protocol must be single-text or shuttle. */
  public SingleTextMechanism(NegotiationSetup setup) {
    super(setup);
    this.parties = setup.parties();
    this.mediatorIds = setup.mediatorIds();
  }

  @Override
  protected void advance() {
    if (round > setup.timeline().rounds()) {
      endWithoutAgreement(EndReason.DEADLINE, "", deadlineDetail());
      return;
    }
    Session session = setup.timeline().sessionOf(round);
    boolean shuttle =
        session.mode() == SessionMode.SHUTTLE || setup.protocol() == ProtocolKind.SHUTTLE;
    switch (phase) {
      case OPEN:
        phase = shuttle ? Phase.REVIEW : Phase.DRAFT;
        cursor = 0;
        if (setup.timeline().opensSession(round)) {
          emit(round, Event.MECHANISM, everyone(), SessionEvents.opened(session, parties));
          return;
        }
        advance();
        return;
      case DRAFT:
        draft(setup.leadMediator(), attending(session), Optional.empty());
        phase = Phase.REVIEW;
        return;
      case REVIEW:
        List<String> attending = attending(session);
        if (cursor >= attending.size()) {
          // Nobody attends this round: closing it makes no event unless it adjourns a session,
          // so the next round (its deadline, opening or draft) makes this step's event.
          if (!closeRound()) {
            advance();
          }
          return;
        }
        String party = attending.get(cursor);
        if (shuttle && !visited) {
          draft(brokerOf(session), List.of(party), Optional.of(session.venue()));
          // A review that waits for an external move resumes without drafting the visit again.
          visited = true;
        }
        review(party, shuttle ? brokerOf(session) : setup.leadMediator());
        visited = false;
        cursor++;
        if (!state().isEnded() && cursor >= attending.size()) {
          closeRound();
        }
        return;
      default:
        throw new AssertionError(phase);
    }
  }

  private String brokerOf(Session session) {
    return session.broker().isEmpty() ? setup.leadMediator() : session.broker();
  }

  private List<String> attending(Session session) {
    List<String> attending = new ArrayList<>();
    for (String party : parties) {
      if (!session.absent().contains(party)) {
        attending.add(party);
      }
    }
    return attending;
  }

  private List<String> mediatorsAnd(List<String> others) {
    List<String> recipients = new ArrayList<>(mediatorIds);
    recipients.addAll(others);
    return recipients;
  }

  private double progressNow() {
    int reviewers = Math.max(1, parties.size());
    return progress(round - 1 + Math.min(1.0, (cursor + 1.0) / reviewers));
  }

  /**
   * Drafts and puts the text to {@code audience}; {@code visit} is the place of a broker's visit.
   */
  private void draft(String mediator, List<String> audience, Optional<String> visit) {
    DraftRequest request =
        new DraftRequest(round, progressNow(), Optional.ofNullable(text), responses);
    Outcome drafted = askDraft(mediator, request);
    if (versionRound != round || !drafted.equals(text)) {
      text = drafted;
      version++;
      versionRound = round;
      accepted.clear();
    }
    if (visit.isPresent()) {
      emit(
          round,
          mediator,
          mediatorsAnd(audience),
          new Payload.Visited(audience.get(0), visit.get(), version));
    }
    emit(round, mediator, mediatorsAnd(audience), new Payload.TextDrafted(version, text));
  }

  private void review(String party, String from) {
    Action action = ask(party, new Request.Review(round, progressNow(), version, text, from));
    List<String> recipients = mediatorsAnd(List.of(party));
    if (action instanceof Action.Accept) {
      emit(round, party, recipients, new Payload.Accepted(text));
      accepted.add(party);
    } else if (action instanceof Action.Reject reject) {
      emit(round, party, recipients, new Payload.Rejected(version, reject.reason()));
    } else if (action instanceof Action.Amend amend) {
      for (Amendment amendment : amend.amendments()) {
        if (amendment.issue() < 0 || amendment.issue() >= space.issueCount()) {
          throw invalid(
              party, "amended issue position " + amendment.issue() + ", which is not in the space");
        }
        if (amendment.value() < 0 || amendment.value() >= space.issue(amendment.issue()).size()) {
          throw invalid(
              party,
              "amended issue '"
                  + space.issue(amendment.issue()).id()
                  + "' to value index "
                  + amendment.value()
                  + ", which it does not have");
        }
      }
      emit(round, party, recipients, new Payload.Amended(version, amend.amendments()));
    } else if (action instanceof Action.WalkAway walkAway) {
      walkAway(round, party, walkAway);
      return;
    } else {
      throw disallowed(party, action, "a text review", "accept, reject, amend or walk-away");
    }
    responses.put(party, action);
    if (accepted.containsAll(parties)) {
      endWithAgreement(round, text);
    }
  }

  /** Moves to the next round; returns true if that emitted an event (an adjournment). */
  private boolean closeRound() {
    round++;
    phase = Phase.OPEN;
    cursor = 0;
    return adjournAfter(round - 1);
  }

  private String deadlineDetail() {
    var sb =
        new StringBuilder(
            "the deadline of "
                + setup.timeline().rounds()
                + " rounds passed without a text every party accepts");
    if (text != null) {
      sb.append("; the last responses to the text (version ").append(version).append("):");
      for (String party : parties) {
        Action response = responses.get(party);
        sb.append(' ').append(party).append(' ');
        if (response == null) {
          sb.append("never responded");
        } else if (response instanceof Action.Accept) {
          sb.append(accepted.contains(party) ? "accepted" : "accepted an earlier version");
        } else if (response instanceof Action.Reject reject) {
          sb.append("rejected it")
              .append(reject.reason().isEmpty() ? "" : " (" + reject.reason() + ")");
        } else if (response instanceof Action.Amend amend) {
          List<String> changes = new ArrayList<>();
          for (Amendment amendment : amend.amendments()) {
            changes.add(amendment.describe(space));
          }
          sb.append("asked for ").append(String.join(", ", changes));
        }
        sb.append(';');
      }
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }
}
