package io.parley.live.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.codec.ConfidingJson;
import io.parley.live.codec.EventCodec;
import io.parley.live.codec.Json;
import io.parley.live.consent.Confiding;
import io.parley.live.suggest.Suggestions;
import io.parley.negotiator.Amendment;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The one codec is lossless: for random events of every kind over random outcome spaces, encoding
 * to the log's text and decoding gives the same event back, and the text is what the codec writes
 * again (so a stored event re-encodes to the bytes its hash covers).
 */
class EventCodecPropertyTest {

  @Property(tries = 2000)
  void encodeThenDecode_isTheIdentity(@ForAll EventType type, @ForAll long seed) {
    Random random = new Random(seed);
    OutcomeSpace space = space(random);
    LiveEvent event = event(type, random, space);

    String text = Json.write(EventCodec.encode(event, space));
    LiveEvent decoded = EventCodec.decode(type, Json.parseStored(text), space);

    assertThat(decoded).isEqualTo(event);
    assertThat(decoded.type()).isEqualTo(type);
    assertThat(Json.write(EventCodec.encode(decoded, space))).isEqualTo(text);
  }

  @Property(tries = 200)
  void unsealing_removesOnlyTheSealedPart(@ForAll EventType type, @ForAll long seed) {
    Random random = new Random(seed);
    OutcomeSpace space = space(random);
    LiveEvent event = event(type, random, space);

    ObjectNode full = EventCodec.encode(event, space);
    ObjectNode unsealed = EventCodec.encode(event.unsealed(), space);
    full.remove(EventCodec.SEALED);

    assertThat(unsealed).isEqualTo(full);
  }

  @Example
  void everyKind_hasARecord() {
    Random random = new Random(1);
    OutcomeSpace space = space(random);
    for (EventType type : EventType.values()) {
      assertThat(event(type, random, space).type()).isEqualTo(type);
    }
  }

  /** Valid confided preferences over {@code space}: all the weight on its first issue. */
  private static String confided(Random random, OutcomeSpace space) {
    ObjectNode body = Json.object();
    body.put("reservation", random.nextInt(100) / 100.0);
    body.put("shareReservation", random.nextBoolean());
    ObjectNode weights = body.putObject("weights");
    for (int i = 0; i < space.issueCount(); i++) {
      weights.put(space.issue(i).id(), i == 0 ? 1 : 0);
    }
    Issue first = space.issue(0);
    ObjectNode scores = body.putObject("scores").putObject(first.id());
    if (first instanceof DiscreteIssue discrete) {
      for (String label : discrete.labels()) {
        scores.put(label, random.nextInt(101) / 100.0);
      }
    } else {
      scores.put("from", random.nextInt(101) / 100.0).put("to", random.nextInt(101) / 100.0);
    }
    return Json.write(body);
  }

  /** A random space of one to four issues, discrete or ranges on their grid. */
  static OutcomeSpace space(Random random) {
    List<Issue> issues = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      if (random.nextBoolean()) {
        List<String> labels = new ArrayList<>();
        int size = 1 + random.nextInt(5);
        for (int v = 0; v < size; v++) {
          labels.add("v" + v + text(random, 3));
        }
        issues.add(new DiscreteIssue("issue-" + i, "Issue " + text(random, 8), labels));
      } else {
        long min = random.nextInt(2001) - 1000;
        long step = 1 + random.nextInt(500);
        long max = min + step * random.nextInt(20);
        issues.add(new IntegerIssue("range-" + i, "Range " + text(random, 8), min, max, step));
      }
    }
    return new OutcomeSpace(issues);
  }

  static LiveEvent event(EventType type, Random random, OutcomeSpace space) {
    return switch (type) {
      case NEGOTIATION_CREATED -> {
        List<Participant> parties = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
          parties.add(
              new Participant(
                  id(random), text(random, 12), random.nextBoolean() ? Role.PARTY : Role.MEDIATOR));
        }
        yield new LiveEvent.NegotiationCreated(
            text(random, 20),
            text(random, 60),
            id(random),
            parties,
            space,
            1 + random.nextInt(50),
            random.nextBoolean()
                ? Optional.empty()
                : Optional.of(
                    new LiveEvent.NegotiationCreated.Secret(
                        text(random, 80),
                        random.nextBoolean() ? "yaml" : "json",
                        random.nextLong())));
      }
      case PARTICIPANT_INVITED ->
          new LiveEvent.ParticipantInvited(
              id(random), random.nextBoolean() ? Optional.empty() : Optional.of(text(random, 64)));
      case INVITATION_REVOKED -> new LiveEvent.InvitationRevoked(id(random));
      case TEXT_DRAFTED ->
          new LiveEvent.TextDrafted(
              1 + random.nextInt(30),
              outcome(random, space),
              text(random, 40),
              random.nextBoolean());
      case TEXT_RELEASED ->
          new LiveEvent.TextReleased(
              1 + random.nextInt(30), outcome(random, space), text(random, 40), ids(random));
      case RESPONSE_SUBMITTED -> {
        Verdict verdict = Verdict.values()[random.nextInt(3)];
        List<Amendment> amendments = new ArrayList<>();
        if (verdict == Verdict.AMEND) {
          for (int i = 0; i < space.issueCount(); i++) {
            if (random.nextBoolean()) {
              amendments.add(
                  new Amendment(i, random.nextInt(space.issue(i).size()), text(random, 30)));
            }
          }
        }
        yield new LiveEvent.ResponseSubmitted(
            1 + random.nextInt(30), verdict, amendments, text(random, 30), random.nextBoolean());
      }
      case MESSAGE_SENT -> new LiveEvent.MessageSent(ids(random), text(random, 100));
      case MESSAGE_RELEASED ->
          new LiveEvent.MessageReleased(
              1 + random.nextInt(1000), id(random), text(random, 100), ids(random));
      case PREFERENCES_CONFIDED -> {
        Optional<Confiding> preferences = Optional.empty();
        String party = id(random);
        if (random.nextBoolean()) {
          // As the log holds a confided document: read by the API (numbers with a fraction are
          // decimals), written, and read back from the stored text.
          preferences =
              Optional.of(
                  ConfidingJson.confiding(space, Json.parseStored(confided(random, space))));
        }
        yield new LiveEvent.PreferencesConfided(party, preferences);
      }
      case SESSION_SCHEDULED ->
          new LiveEvent.SessionScheduled(
              text(random, 20), text(random, 20), text(random, 20), ids(random));
      case ADJOURNED -> new LiveEvent.Adjourned(text(random, 20), text(random, 40));
      case SUGGESTION_MADE -> {
        List<LiveEvent.SuggestionMade.Package> packages = new ArrayList<>();
        for (String name : Suggestions.ORDER) {
          packages.add(
              new LiveEvent.SuggestionMade.Package(
                  name,
                  random.nextBoolean() ? Optional.empty() : Optional.of(outcome(random, space))));
        }
        List<LiveEvent.SuggestionMade.Basis> basis = new ArrayList<>();
        for (String party : ids(random)) {
          if (basis.stream().noneMatch(b -> b.party().equals(party))) {
            basis.add(
                new LiveEvent.SuggestionMade.Basis(
                    party, random.nextBoolean() ? "confided" : "scenario"));
          }
        }
        yield new LiveEvent.SuggestionMade(packages, basis, text(random, 40));
      }
      case SUGGESTION_RELEASED ->
          new LiveEvent.SuggestionReleased(
              1 + random.nextInt(1000),
              Suggestions.ORDER.get(random.nextInt(3)),
              outcome(random, space),
              ids(random));
      case SEAT_ASSIGNED -> new LiveEvent.SeatAssigned(id(random), text(random, 12));
      case AGREEMENT_RECORDED ->
          new LiveEvent.AgreementRecorded(
              1 + random.nextInt(30), outcome(random, space), ids(random), text(random, 64));
      case NEGOTIATION_ENDED -> new LiveEvent.NegotiationEnded(text(random, 60));
      // follow-through (issue 17)
      case RATIFICATION_OPENED -> {
        List<String> parties = ids(random);
        yield new LiveEvent.RatificationOpened(
            parties, parties.stream().map(p -> text(random, 12)).toList());
      }
      case RATIFIER_VOTED ->
          new LiveEvent.RatifierVoted(
              id(random), id(random), random.nextBoolean(), text(random, 30));
      case PARTY_RATIFIED -> new LiveEvent.PartyRatified(id(random), text(random, 20));
      case RATIFICATION_FAILED -> new LiveEvent.RatificationFailed(id(random), text(random, 20));
      case AGREEMENT_RATIFIED -> new LiveEvent.AgreementRatified(ids(random));
      case IMPROVEMENT_PROPOSED ->
          new LiveEvent.ImprovementProposed(outcome(random, space), outcome(random, space));
      case IMPROVEMENT_ANSWERED ->
          new LiveEvent.ImprovementAnswered(id(random), random.nextBoolean());
      case IMPROVEMENT_ADOPTED -> new LiveEvent.ImprovementAdopted(outcome(random, space));
      case IMPROVEMENT_DECLINED -> new LiveEvent.ImprovementDeclined(text(random, 40));
      case IMPLEMENTATION_BEGAN -> {
        List<io.parley.live.events.PlannedStep> steps = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
          steps.add(
              new io.parley.live.events.PlannedStep(
                  "step-" + i,
                  id(random),
                  text(random, 30),
                  text(random, 10),
                  i == 0 ? List.of() : List.of("step-" + random.nextInt(i)),
                  guarantees(random)));
        }
        yield new LiveEvent.ImplementationBegan(steps);
      }
      case STEP_REPORTED -> new LiveEvent.StepReported(id(random), text(random, 30));
      case STEP_VERIFIED -> new LiveEvent.StepVerified(id(random), text(random, 30));
      case STEP_DISPUTED -> new LiveEvent.StepDisputed(id(random), text(random, 30));
      case DISPUTE_RESOLVED ->
          new LiveEvent.DisputeResolved(id(random), random.nextBoolean(), text(random, 30));
      case STEP_BREACHED -> {
        List<io.parley.live.events.PlannedStep.Guarantee> guarantees = guarantees(random);
        yield new LiveEvent.StepBreached(
            id(random),
            id(random),
            guarantees,
            guarantees.stream()
                .mapToDouble(io.parley.live.events.PlannedStep.Guarantee::penalty)
                .sum(),
            text(random, 30));
      }
      // The mediator's day (issue 16).
      case SESSION_ADJOURNED ->
          new LiveEvent.SessionAdjourned(
              text(random, 20), text(random, 20), text(random, 30), text(random, 60));
      case SESSION_RESUMED -> new LiveEvent.SessionResumed(text(random, 60));
      case DEADLINE_SET -> new LiveEvent.DeadlineSet(text(random, 20), text(random, 20));
      case NOTE_WRITTEN -> new LiveEvent.NoteWritten(text(random, 80));
      case MESSAGE_PARAPHRASED ->
          new LiveEvent.MessageParaphrased(
              1 + random.nextInt(1000), id(random), text(random, 80), ids(random));
      case OUTSIDE_EVENT_RECORDED -> new LiveEvent.OutsideEventRecorded(text(random, 80));
      case AGREEMENT_SIGNED -> new LiveEvent.AgreementSigned(id(random));
    };
  }

  /** Zero to three guarantees with penalties in hundredths. */
  private static List<io.parley.live.events.PlannedStep.Guarantee> guarantees(Random random) {
    List<io.parley.live.events.PlannedStep.Guarantee> guarantees = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      guarantees.add(
          new io.parley.live.events.PlannedStep.Guarantee(id(random), random.nextInt(101) / 100.0));
    }
    return guarantees;
  }

  private static ObjectNode stored(String body) {
    return Json.parseStored(Json.write(Json.parseObject(body)));
  }

  private static Outcome outcome(Random random, OutcomeSpace space) {
    int[] values = new int[space.issueCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(space.issue(i).size());
    }
    return Outcome.of(values);
  }

  private static String id(Random random) {
    return "p" + random.nextInt(100);
  }

  private static List<String> ids(Random random) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      ids.add(id(random));
    }
    return ids;
  }

  /** Text of up to {@code max} characters, with quotes, escapes and letters beyond ASCII. */
  private static String text(Random random, int max) {
    String alphabet = "abc XYZ-_\"\\\n\té€ü中𝄞";
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(max + 1);
    int[] points = alphabet.codePoints().toArray();
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return text.toString();
  }
}
