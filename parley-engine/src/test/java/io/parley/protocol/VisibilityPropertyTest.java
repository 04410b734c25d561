package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Scenario;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Visibility is enforced by the mechanism: over many random runs of every protocol, every agent
 * receives exactly the events addressed to it, and the addressing follows the rules of each
 * protocol (an independent statement of who may see what).
 */
class VisibilityPropertyTest {

  @Property(tries = 300)
  void noAgentEverReceivesAnEventItMayNotSee(
      @ForAll long seed,
      @ForAll("protocols") ProtocolKind protocol,
      @ForAll @IntRange(min = 1, max = 4) int sessions) {
    Scenario scenario = TestScenarios.buyerSeller();
    SplittableRandom random = new SplittableRandom(seed);
    Timeline timeline = randomTimeline(random, sessions, protocol);
    Map<String, List<Event>> received = new HashMap<>();
    var builder =
        NegotiationSetup.builder(scenario).protocol(protocol).timeline(timeline).seed(seed);
    for (String party : scenario.negotiatingParties()) {
      builder.negotiator(
          party, new RandomNegotiator(received.computeIfAbsent(party, k -> new ArrayList<>())));
    }
    if (protocol != ProtocolKind.ALTERNATING_OFFERS) {
      builder.mediator(
          "broker", new RandomMediator(received.computeIfAbsent("broker", k -> new ArrayList<>())));
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    mechanism.run();

    for (var entry : received.entrySet()) {
      String participant = entry.getKey();
      List<Event> expected =
          mechanism.events().stream().filter(e -> e.isVisibleTo(participant)).toList();
      assertThat(entry.getValue()).as("events delivered to %s", participant).isEqualTo(expected);
    }
    for (Event event : mechanism.events()) {
      for (String participant : List.of("buyer", "seller", "broker")) {
        if (event.isVisibleTo(participant)) {
          assertThat(maySee(participant, event, protocol, timeline))
              .as("%s may not see %s", participant, event)
              .isTrue();
        }
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<ProtocolKind> protocols() {
    return net.jqwik.api.Arbitraries.of(ProtocolKind.values());
  }

  /** The rules, stated independently of the mechanisms. */
  private static boolean maySee(
      String participant, Event event, ProtocolKind protocol, Timeline timeline) {
    Payload p = event.payload();
    boolean mediator = participant.equals("broker");
    if (p instanceof Payload.SessionOpened
        || p instanceof Payload.SessionAdjourned
        || p instanceof Payload.Ended
        || p instanceof Payload.Faulted
        || p instanceof Payload.WalkedAway) {
      return true;
    }
    if (protocol == ProtocolKind.ALTERNATING_OFFERS) {
      return p instanceof Payload.Offered || p instanceof Payload.Accepted;
    }
    if (mediator) {
      return true;
    }
    Session session = timeline.sessionOf(event.round());
    if (session.absent().contains(participant)) {
      return false;
    }
    if (p instanceof Payload.Accepted
        || p instanceof Payload.Rejected
        || p instanceof Payload.Amended) {
      return event.sender().equals(participant);
    }
    if (p instanceof Payload.Visited visited) {
      return visited.party().equals(participant);
    }
    if (p instanceof Payload.TextDrafted) {
      boolean shuttle = protocol == ProtocolKind.SHUTTLE || session.mode() == SessionMode.SHUTTLE;
      return !shuttle || event.recipients().size() == 2 && event.recipients().contains(participant);
    }
    return false;
  }

  private static Timeline randomTimeline(
      SplittableRandom random, int count, ProtocolKind protocol) {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> absent = new ArrayList<>();
      int who = random.nextInt(4);
      if (who == 1) {
        absent.add("buyer");
      } else if (who == 2) {
        absent.add("seller");
      }
      SessionMode mode =
          protocol != ProtocolKind.ALTERNATING_OFFERS && random.nextBoolean()
              ? SessionMode.SHUTTLE
              : SessionMode.PLENARY;
      sessions.add(new Session("s" + i, "v" + i, "d" + i, 1 + random.nextInt(3), mode, "", absent));
    }
    return new Timeline(sessions);
  }

  /** Records what it receives; moves at random among the moves the request allows. */
  private static final class RandomNegotiator implements Negotiator {
    private final List<Event> received;
    private SplittableRandom random;
    private OutcomeSpace space;

    RandomNegotiator(List<Event> received) {
      this.received = received;
    }

    @Override
    public void start(NegotiatorContext context) {
      random = new SplittableRandom(context.random().nextLong());
      space = context.space();
    }

    @Override
    public void observe(Event event) {
      received.add(event);
    }

    @Override
    public Action act(Request request) {
      int dice = random.nextInt(20);
      if (request instanceof Request.Turn turn) {
        if (dice < 5 && turn.standingOffer().isPresent()) {
          return new Action.Accept();
        }
        return new Action.Offer(randomOutcome(space, random));
      }
      if (dice < 4) {
        return new Action.Accept();
      }
      if (dice < 8) {
        return new Action.Reject("no");
      }
      int issue = random.nextInt(space.issueCount());
      return new Action.Amend(
          List.of(new Amendment(issue, random.nextInt(space.issue(issue).size()), "better")));
    }
  }

  /** Records what it receives; drafts random texts. */
  private static final class RandomMediator implements Mediator {
    private final List<Event> received;
    private SplittableRandom random;
    private OutcomeSpace space;

    RandomMediator(List<Event> received) {
      this.received = received;
    }

    @Override
    public void start(MediatorContext context) {
      random = new SplittableRandom(context.random().nextLong());
      space = context.space();
    }

    @Override
    public void observe(Event event) {
      received.add(event);
    }

    @Override
    public Outcome draft(DraftRequest request) {
      return request.current().isPresent() && random.nextBoolean()
          ? request.current().get()
          : randomOutcome(space, random);
    }
  }

  private static Outcome randomOutcome(OutcomeSpace space, SplittableRandom random) {
    int[] values = new int[space.issueCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(space.issue(i).size());
    }
    return new Outcome(values);
  }
}
