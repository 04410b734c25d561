package io.parley.live;

import io.parley.live.events.Creation;
import io.parley.live.events.EventDraft;
import io.parley.live.events.LiveEvent;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rooms.Visibility;
import io.parley.live.rules.Command;
import io.parley.live.rules.Rulebook;
import io.parley.live.state.Negotiation;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.store.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A live negotiation played in memory, without a store: the creation event from an example
 * scenario, then each command checked by the {@link Rulebook} against the state and folded in, so
 * the state, rules and views can be tested one class at a time.
 */
public final class Table {
  private static final Instant TIME = Instant.parse("2026-01-02T03:04:05Z");
  private static final String HEAD = "0".repeat(64);

  private final Scenario scenario;
  private final List<LoggedEvent> events = new ArrayList<>();
  private Negotiation state;

  private Table(String text) {
    Creation creation = Creation.of("n1", text, 7, 7);
    scenario = ScenarioReader.parse("scenario", text, false);
    LiveEvent.NegotiationCreated created = (LiveEvent.NegotiationCreated) creation.event().event();
    add(Visibility.SYSTEM, creation.event(), created.space());
  }

  /** The phased Cairo example: parties israel and hamas, mediators egypt (lead) and qatar. */
  public static Table cairo() {
    return new Table(TestScenarios.example("cairo-2024-phased.yaml"));
  }

  /** The server's own state, folded over every event so far. */
  public Negotiation state() {
    return state;
  }

  /** Every event so far, as logged. */
  public List<LoggedEvent> events() {
    return List.copyOf(events);
  }

  /** The participant {@code id} as a person with a token. */
  public Viewer viewer(String id) {
    Role role = state.participant(id).orElseThrow().role();
    return new Viewer("n1", id, role, false);
  }

  /** The state {@code viewer} knows: the fold of the events it may see. */
  public Negotiation seenBy(Viewer viewer) {
    List<SeenEvent> seen = new ArrayList<>();
    for (LoggedEvent event : events) {
      Visibility.see(viewer, event).ifPresent(seen::add);
    }
    return Negotiation.fold("n1", seen);
  }

  /** Checks {@code command} by {@code id} against the state and folds in the event it makes. */
  public LoggedEvent play(String id, Command command) {
    EventDraft draft =
        Rulebook.check(state, viewer(id), command, new Rulebook.Context(scenario, Map.of(), HEAD));
    return add(id, draft, state.space());
  }

  private LoggedEvent add(String actor, EventDraft draft, OutcomeSpace space) {
    long seq = events.size() + 1;
    StoredEvent stored =
        new StoredEvent(
            "n1",
            seq,
            "c" + seq,
            TIME,
            draft.type().wire(),
            actor,
            draft.recipients(),
            "{}",
            HEAD,
            HEAD,
            Optional.empty());
    LoggedEvent event = new LoggedEvent(stored, draft.event(), space);
    events.add(event);
    SeenEvent full = Visibility.full(event);
    state = state == null ? Negotiation.fold("n1", List.of(full)) : state.apply(full);
    return event;
  }
}
