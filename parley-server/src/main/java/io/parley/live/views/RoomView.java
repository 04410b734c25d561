package io.parley.live.views;

import io.parley.live.consent.MediatorBasis;
import io.parley.live.events.Participant;
import io.parley.live.rooms.DayView;
import io.parley.live.rooms.Viewer;
import io.parley.live.rooms.Visibility;
import io.parley.live.state.Adjournment;
import io.parley.live.state.Message;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Response;
import io.parley.live.state.ScheduledSession;
import io.parley.live.state.Status;
import io.parley.live.state.Suggestion;
import io.parley.live.state.Text;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A participant's view of a negotiation (the API's {@code GET /api/negotiations/{id}}), built from
 * the state folded over the events the participant may see, so it holds nothing else.
 *
 * @param id the negotiation's id
 * @param you who is reading
 * @param endReason why the negotiation ended, when it has
 * @param parties every participant, with what the reader may know of its seat
 * @param space the negotiation's issues, in order
 * @param deadline the deadline in rounds (text versions)
 * @param texts the text versions the reader may see
 * @param responses the responses the reader may see
 * @param messages the messages the reader may see
 * @param suggestions the suggestions (or released packages) the reader may see
 * @param confiding what the reader is shown of confided preferences: every party's confiding and
 *     consent for a mediator, its own preferences and preview for a party
 * @param agreement the agreement document, once recorded
 * @param followThrough what followed the agreement: ratification, improvement, implementation
 * @param day the mediator's day: adjournment, deadline date, outside events, signatures, notes
 *     (mediators only) (issue 16)
 * @param roundsUsed the rounds of the deadline used: versions released to every party
 */
public record RoomView(
    String id,
    String name,
    String description,
    You you,
    Status status,
    Optional<String> endReason,
    List<Seat> parties,
    OutcomeSpace space,
    List<ScheduledSession> sessions,
    List<Adjournment> adjournments,
    int deadline,
    List<TextView> texts,
    List<Response> responses,
    List<Message> messages,
    List<Suggestion> suggestions,
    Confiding confiding,
    Optional<AgreementDocument> agreement,
    FollowThroughView followThrough,
    DayView day,
    int roundsUsed) {
  public RoomView {
    parties = List.copyOf(parties);
    sessions = List.copyOf(sessions);
    adjournments = List.copyOf(adjournments);
    texts = List.copyOf(texts);
    responses = List.copyOf(responses);
    messages = List.copyOf(messages);
    suggestions = List.copyOf(suggestions);
  }

  /**
   * The view of {@code state} for {@code viewer}. Mediators see the whole mediation: every text
   * with its releases and who drafted it, every response, invitations and seats, suggestions, which
   * parties confided, their consent, and the preferences of those that consented to full
   * preferences. A party sees its own room: the texts released to it, its own responses and
   * messages, released packages, the preferences it confided and a preview of its own utility for
   * each text under them.
   *
   * @param state the negotiation folded over the events {@link Visibility} lets {@code viewer} see
   * @param basis what the parties' consent lets the mediators see; read only for a mediator
   */
  public static RoomView of(Negotiation state, Viewer viewer, MediatorBasis basis) {
    boolean mediator = viewer.isMediator();
    List<Seat> seats = new ArrayList<>();
    for (Participant participant : state.participants()) {
      boolean known = mediator || participant.id().equals(viewer.participant());
      seats.add(
          new Seat(
              participant.id(),
              participant.name(),
              participant.role(),
              participant.id().equals(state.lead()),
              known
                  ? Optional.of(
                      state.invited().contains(participant.id())
                          || participant.id().equals(viewer.participant()))
                  : Optional.empty(),
              known ? Optional.ofNullable(state.seats().get(participant.id())) : Optional.empty()));
    }
    List<TextView> texts = new ArrayList<>();
    for (Text text : state.texts()) {
      texts.add(
          new TextView(
              text.version(),
              text.outcome(),
              text.note(),
              text.releasedTo(),
              mediator
                  ? Optional.of(new Drafting(text.draftedBy(), text.robot()))
                  : Optional.empty()));
    }
    Confiding confiding;
    if (mediator) {
      List<PartyFlag> confided = new ArrayList<>();
      for (String party : state.parties()) {
        confided.add(new PartyFlag(party, state.confided().containsKey(party)));
      }
      List<PartyText> consents = new ArrayList<>();
      basis.consents().forEach((party, consent) -> consents.add(new PartyText(party, consent)));
      List<PartyText> full = new ArrayList<>();
      basis.fullPreferences().forEach((party, body) -> full.add(new PartyText(party, body)));
      confiding = new MediatorConfiding(confided, consents, full);
    } else {
      var own = state.confided().getOrDefault(viewer.participant(), Optional.empty());
      confiding =
          new PartyConfiding(
              state.confided().containsKey(viewer.participant()),
              own.map(io.parley.live.consent.Confiding::body),
              preview(state, viewer));
    }
    return new RoomView(
        state.id(),
        state.name(),
        state.description(),
        new You(viewer.participant(), viewer.role(), viewer.participant().equals(state.lead())),
        state.status(),
        state.status() == Status.ENDED ? Optional.of(state.endReason()) : Optional.empty(),
        seats,
        state.space(),
        state.sessions(),
        state.adjournments(),
        state.deadline(),
        texts,
        state.responses(),
        state.messages(),
        state.suggestions(),
        confiding,
        state.agreement().map(agreement -> AgreementDocument.of(state, agreement)),
        FollowThroughView.of(state, viewer),
        DayView.of(state, viewer),
        state.roundsUsed());
  }

  /** Each version under the party's own confided preferences (none if it has not confided). */
  private static List<Preview> preview(Negotiation state, Viewer viewer) {
    var confided = state.confided().getOrDefault(viewer.participant(), Optional.empty());
    if (confided.isEmpty() || viewer.role() != Role.PARTY) {
      return List.of();
    }
    Preferences preferences = confided.get().preferences();
    List<Preview> preview = new ArrayList<>();
    for (Text text : state.texts()) {
      double utility = preferences.utility().utility(text.outcome());
      boolean keepsRedLines = preferences.allows(text.outcome().valueIndices());
      preview.add(
          new Preview(
              text.version(),
              utility,
              preferences.reservation(),
              keepsRedLines,
              keepsRedLines && utility >= preferences.reservation()));
    }
    return preview;
  }

  /** The reader: its participant id, role, and whether it is the lead mediator. */
  public record You(String participant, Role role, boolean lead) {}

  /**
   * A participant's seat.
   *
   * @param invited whether it has been invited; empty when the reader may not know (another party's
   *     seat, read by a party)
   * @param robot the strategy playing the seat; empty for a person or when the reader may not know
   */
  public record Seat(
      String id,
      String name,
      Role role,
      boolean lead,
      Optional<Boolean> invited,
      Optional<String> robot) {}

  /**
   * A text version as the reader may see it.
   *
   * @param drafting who drafted it and whether a robot did, shown to mediators only
   */
  public record TextView(
      int version,
      Outcome outcome,
      String note,
      List<String> releasedTo,
      Optional<Drafting> drafting) {
    public TextView {
      releasedTo = List.copyOf(releasedTo);
    }
  }

  /** Who drafted a text, and whether a robot seat did. */
  public record Drafting(String draftedBy, boolean robot) {}

  /** What the reader is shown of the parties' confided preferences. */
  public sealed interface Confiding permits MediatorConfiding, PartyConfiding {}

  /**
   * A mediator's: whether each party confided; each confiding party's consent; and the confided
   * preferences of each party that consented to full preferences (and of no other).
   *
   * @param confided every party, in order, and whether it confided
   * @param consents each confiding party's consent, in its wire name
   * @param fullPreferences the confided body, as JSON text, of each party that consented to full
   *     preferences
   */
  public record MediatorConfiding(
      List<PartyFlag> confided, List<PartyText> consents, List<PartyText> fullPreferences)
      implements Confiding {
    public MediatorConfiding {
      confided = List.copyOf(confided);
      consents = List.copyOf(consents);
      fullPreferences = List.copyOf(fullPreferences);
    }
  }

  /** A party and a yes or no. */
  public record PartyFlag(String party, boolean value) {}

  /** A party and a text. */
  public record PartyText(String party, String text) {}

  /**
   * A party's: whether it confided, the preferences it confided (as the JSON text it sent, read
   * back to it alone), and a preview of each text version under them.
   */
  public record PartyConfiding(
      boolean confided, Optional<String> preferences, List<Preview> preview) implements Confiding {
    public PartyConfiding {
      preview = List.copyOf(preview);
    }
  }

  /**
   * A text version under the party's own confided preferences.
   *
   * @param acceptable whether it keeps the red lines and reaches the reservation
   */
  public record Preview(
      int version, double utility, double reservation, boolean keepsRedLines, boolean acceptable) {}
}
