package io.parley.protocol;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.Request;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scripted agents and an n-party scenario for the protocol-rule tests: every move is chosen by the
 * test, so each test pins one rule of the mechanism and nothing of a strategy.
 */
final class ProtocolFixtures {
  private ProtocolFixtures() {}

  /** A buyer's or seller's move that never ends a buyer–seller run by itself: offer (1, 0). */
  static final Negotiator OFFERS = request -> new Action.Offer(Outcome.of(1, 0));

  /**
   * A run of {@code TestScenarios.buyerSeller()} under a 30 s call budget, so that it loops on a
   * run thread watched by the watchdog: the buyer {@link #OFFERS}, {@code seller} answers; five
   * rounds.
   */
  static MechanismBase budgetedBuyerSeller(Negotiator seller) {
    return (MechanismBase)
        Mechanisms.create(
            NegotiationSetup.builder(TestScenarios.buyerSeller())
                .negotiator("buyer", OFFERS)
                .negotiator("seller", seller)
                .deadlineRounds(5)
                .callBudget(Duration.ofSeconds(30))
                .build());
  }

  /** The mediator seat of {@link #parties(int)}. */
  static final String MEDIATOR = "med";

  /**
   * Parties {@code p1 .. pn} and the mediator {@code med} over two issues {@code a} (3 values) and
   * {@code b} (2 values); utilities do not matter to the scripted agents.
   */
  static Scenario parties(int n) {
    var a = DiscreteIssue.of("a", "a0", "a1", "a2");
    var b = DiscreteIssue.of("b", "b0", "b1");
    var space = OutcomeSpace.of(a, b);
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    List<Party> parties = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String id = "p" + i;
      parties.add(Party.of(id));
      Map<String, Double> av = new LinkedHashMap<>();
      av.put("a0", 0.0);
      av.put("a1", 0.5);
      av.put("a2", 1.0);
      Map<String, Double> bv = new LinkedHashMap<>();
      bv.put("b0", i % 2 == 0 ? 1.0 : 0.0);
      bv.put("b1", i % 2 == 0 ? 0.0 : 1.0);
      preferences.put(
          id,
          Preferences.of(
              new LinearAdditiveUtility(
                  space,
                  List.of(0.5, 0.5),
                  List.<ValueFunction>of(new ValueTable(av), new ValueTable(bv))),
              0.0));
    }
    parties.add(new Party(MEDIATOR, "Mediator", Role.MEDIATOR));
    return new Scenario("rules-" + n, "", parties, space, preferences);
  }

  /** Party ids {@code p1 .. pn}. */
  static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add("p" + i);
    }
    return ids;
  }

  /**
   * A negotiator that answers each request with the next scripted move, records every request and
   * every event it sees, and walks away (saying so) when its script runs out.
   */
  static final class Scripted implements Negotiator {
    private final Deque<Function<Request, Action>> moves = new ArrayDeque<>();
    final List<Request> requests = new ArrayList<>();
    final List<Event> seen = new ArrayList<>();

    Scripted then(Action move) {
      moves.add(request -> move);
      return this;
    }

    Scripted then(Function<Request, Action> move) {
      moves.add(move);
      return this;
    }

    Scripted thenTimes(int times, Action move) {
      for (int i = 0; i < times; i++) {
        then(move);
      }
      return this;
    }

    @Override
    public void observe(Event event) {
      seen.add(event);
    }

    @Override
    public Action act(Request request) {
      requests.add(request);
      Function<Request, Action> move = moves.poll();
      return move == null ? new Action.WalkAway("script exhausted") : move.apply(request);
    }
  }

  /** A mediator that drafts the scripted texts in turn, repeating the last one. */
  static final class ScriptedMediator implements Mediator {
    private final Deque<Outcome> texts;
    private Outcome last;
    final List<DraftRequest> requests = new ArrayList<>();

    ScriptedMediator(Outcome... texts) {
      this.texts = new ArrayDeque<>(List.of(texts));
    }

    @Override
    public Outcome draft(DraftRequest request) {
      requests.add(request);
      if (!texts.isEmpty()) {
        last = texts.poll();
      }
      return last;
    }
  }

  /** A clock that stands still at the time the test sets, however often it is read. */
  static final class ManualClock extends Clock {
    private long now;

    ManualClock(long now) {
      this.now = now;
    }

    void set(long millis) {
      now = millis;
    }

    @Override
    public long millis() {
      return now;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(now);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  /** The events of {@code mechanism} whose payload is a {@code type}. */
  static <T extends Payload> List<T> payloads(Mechanism mechanism, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Event event : mechanism.events()) {
      if (type.isInstance(event.payload())) {
        found.add(type.cast(event.payload()));
      }
    }
    return found;
  }

  /** The type names of every event, in order, each with its round and sender. */
  static List<String> trace(Mechanism mechanism) {
    List<String> trace = new ArrayList<>();
    for (Event event : mechanism.events()) {
      trace.add(event.round() + " " + event.sender() + " " + event.type());
    }
    return trace;
  }
}
