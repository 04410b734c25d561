package io.parley.live.suggest;

import io.parley.live.events.LiveEvent;
import io.parley.live.events.LiveEvent.NegotiationCreated;
import io.parley.live.events.LiveEvent.SuggestionMade;
import io.parley.live.events.LiveEvent.TextDrafted;
import io.parley.live.events.Participant;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Visibility;
import io.parley.live.state.Negotiation;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mediators' state of a negotiation over any scenario, folded from typed events — the creation,
 * drafted texts and at most one suggestion — so that the chart can be tested on scenarios of any
 * size without a store, rules or JSON.
 */
final class ChartStates {
  /** The mediator the state adds, who drafts every text. */
  static final String LEAD = "test-mediator";

  private static final Instant TIME = Instant.parse("2026-01-02T03:04:05Z");

  private ChartStates() {}

  /** A negotiation of {@code scenario} with no texts and no suggestion. */
  static Negotiation of(Scenario scenario) {
    return of(scenario, List.of(), Optional.empty());
  }

  /**
   * A negotiation of {@code scenario} with text versions 1, 2, ... of {@code texts}, then {@code
   * suggestion} when present.
   */
  static Negotiation of(
      Scenario scenario, List<Outcome> texts, Optional<SuggestionMade> suggestion) {
    List<Participant> participants = new ArrayList<>();
    for (Party party : scenario.parties()) {
      participants.add(new Participant(party.id(), party.name(), party.role()));
    }
    participants.add(new Participant(LEAD, "Test mediator", Role.MEDIATOR));
    OutcomeSpace space = scenario.space();
    List<SeenEvent> events = new ArrayList<>();
    events.add(
        seen(
            1,
            Visibility.SYSTEM,
            new NegotiationCreated(
                scenario.name(), "", LEAD, participants, space, 20, Optional.empty()),
            space));
    for (int v = 1; v <= texts.size(); v++) {
      events.add(seen(v + 1, LEAD, new TextDrafted(v, texts.get(v - 1), "", false), space));
    }
    if (suggestion.isPresent()) {
      events.add(seen(events.size() + 1, LEAD, suggestion.get(), space));
    }
    return Negotiation.fold("n1", events);
  }

  private static SeenEvent seen(long seq, String actor, LiveEvent event, OutcomeSpace space) {
    return new SeenEvent(seq, TIME, actor, event, space);
  }
}
