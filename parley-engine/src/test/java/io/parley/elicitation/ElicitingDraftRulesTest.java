package io.parley.elicitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every draft of {@link ElicitingMediator} is the one its Javadoc's rules pick, checked against
 * those rules written out plainly (the oracle below), on scripted negotiations: parties with hidden
 * linear utilities answer each text by accepting, refusing with or without stating where it stands,
 * or amending it (some amendments out of range). The oracle feeds each party's {@link
 * AcceptanceClassifier} the examples the rules name, in the order they arrive, and searches the
 * candidates by brute force with the classifier's own {@link AcceptanceClassifier#score}:
 *
 * <ul>
 *   <li>the first text is every issue's middle value;
 *   <li>an accepted package, a refusal stated within and the package an amendment asks for are
 *       labelled inside; a refusal stated outside is labelled outside; a package is labelled again
 *       only when its standing changes; a refusal that states nothing (or any refusal, when reasons
 *       are not read) is a fading refusal at the progress of the last draft; each amendment in
 *       range is a preference of the text with it over the text, and all of them together, when
 *       they change the text, a preference of the asked package over the text;
 *   <li>answers before the first text, and events from the mediator or anyone who is not a party,
 *       teach nothing;
 *   <li>before {@link ElicitingMediator#HOLD} the draft maximises the smallest score over parties,
 *       ties to the larger sum, then to the first candidate, among packages never put and not said
 *       outside by any party; if there is none, the text stays;
 *   <li>from {@link ElicitingMediator#HOLD} the texts put so far may be put once more; a package
 *       every party has said is inside, with the largest sum of {@code log(max(FLOOR, score))}, is
 *       held to the end (ties to the first learnt);
 *   <li>candidates: every package, in the space's order, up to {@link
 *       ElicitingMediator#ENUMERATION_LIMIT} packages; beyond, the known-inside packages then
 *       {@link ElicitingMediator#SAMPLES} draws from the context's generator, even draws crossing
 *       over known-inside packages once there are two.
 * </ul>
 */
class ElicitingDraftRulesTest {
  private static final String WITHIN = "the text is worth less to us than we now need";
  private static final String OUTSIDE = "we cannot accept the text as it stands";
  private static final List<String> PARTIES = List.of("north", "south", "east");
  private static final List<Party> PARTICIPANTS =
      List.of(
          Party.of("north"),
          new Party("chair", "chair", Role.MEDIATOR),
          Party.of("south"),
          Party.of("east"));

  /** The rules of the class Javadoc, written out plainly. */
  private static final class Rules {
    final boolean readReasons;
    final OutcomeSpace space;
    final RandomGenerator random;
    final Map<String, AcceptanceClassifier> classifiers = new LinkedHashMap<>();
    final Map<String, Map<Outcome, Boolean>> said = new HashMap<>();
    final Set<Outcome> knownInside = new LinkedHashSet<>();
    final Set<Outcome> put = new LinkedHashSet<>();
    Outcome text;
    Outcome held;
    double lastProgress;
    boolean reopened;

    Rules(boolean readReasons, OutcomeSpace space, List<String> parties, long seed) {
      this.readReasons = readReasons;
      this.space = space;
      this.random = new SplittableRandom(seed);
      for (String party : parties) {
        classifiers.put(party, new AcceptanceClassifier(space));
        said.put(party, new HashMap<>());
      }
    }

    void hear(Event event) {
      if (event.payload() instanceof Payload.TextDrafted drafted) {
        text = drafted.text();
        put.add(text);
        return;
      }
      AcceptanceClassifier classifier = classifiers.get(event.sender());
      if (classifier == null || text == null) {
        return;
      }
      if (event.payload() instanceof Payload.Accepted accepted) {
        say(event.sender(), accepted.outcome(), true);
      } else if (event.payload() instanceof Payload.Rejected rejected) {
        refuse(event.sender(), StatedStanding.read(rejected.reason()));
      } else if (event.payload() instanceof Payload.Amended amended) {
        refuse(event.sender(), StatedStanding.of(amended));
        int[] asked = text.valueIndices();
        for (Amendment amendment : amended.amendments()) {
          boolean inRange =
              amendment.issue() < space.issueCount()
                  && amendment.value() < space.issue(amendment.issue()).size();
          if (inRange) {
            int[] one = text.valueIndices();
            one[amendment.issue()] = amendment.value();
            classifier.prefer(Outcome.of(one), text);
            asked[amendment.issue()] = amendment.value();
          }
        }
        if (!Outcome.of(asked).equals(text)) {
          classifier.prefer(Outcome.of(asked), text);
          say(event.sender(), Outcome.of(asked), true);
        }
      }
    }

    void refuse(String party, StatedStanding stated) {
      if (!readReasons || stated == StatedStanding.UNSTATED) {
        classifiers.get(party).refused(text, lastProgress);
      } else {
        say(party, text, stated == StatedStanding.WITHIN);
      }
    }

    void say(String party, Outcome outcome, boolean inside) {
      Boolean before = said.get(party).put(outcome, inside);
      if (!Boolean.valueOf(inside).equals(before)) {
        classifiers.get(party).label(outcome, inside);
      }
      if (inside) {
        knownInside.add(outcome);
      }
    }

    Outcome draft(double progress, Optional<Outcome> current) {
      lastProgress = progress;
      if (current.isEmpty()) {
        int[] middle = new int[space.issueCount()];
        for (int i = 0; i < middle.length; i++) {
          middle[i] = (space.issue(i).size() - 1) / 2;
        }
        return Outcome.of(middle);
      }
      if (held != null) {
        return held;
      }
      classifiers.values().forEach(classifier -> classifier.fit(progress));
      if (progress >= ElicitingMediator.HOLD) {
        if (!reopened) {
          reopened = true;
          put.clear();
        }
        Outcome best = null;
        double bestProduct = Double.NEGATIVE_INFINITY;
        for (Outcome outcome : knownInside) {
          boolean everyone =
              said.values().stream().allMatch(map -> Boolean.TRUE.equals(map.get(outcome)));
          if (!everyone) {
            continue;
          }
          double logProduct = 0;
          for (AcceptanceClassifier classifier : classifiers.values()) {
            logProduct += Math.log(Math.max(ElicitingMediator.FLOOR, classifier.score(outcome)));
          }
          if (logProduct > bestProduct) {
            best = outcome;
            bestProduct = logProduct;
          }
        }
        if (best != null) {
          held = best;
          return held;
        }
      }
      Outcome best = null;
      double bestMin = Double.NEGATIVE_INFINITY;
      double bestSum = Double.NEGATIVE_INFINITY;
      for (Outcome candidate : candidates()) {
        if (put.contains(candidate)) {
          continue;
        }
        boolean saidOutside =
            said.values().stream().anyMatch(map -> Boolean.FALSE.equals(map.get(candidate)));
        if (saidOutside) {
          continue;
        }
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (AcceptanceClassifier classifier : classifiers.values()) {
          double score = classifier.score(candidate);
          min = Math.min(min, score);
          sum += score;
        }
        if (min > bestMin || (min == bestMin && sum > bestSum)) {
          best = candidate;
          bestMin = min;
          bestSum = sum;
        }
      }
      return best != null ? best : current.get();
    }

    List<Outcome> candidates() {
      long size = space.size().longValueExact();
      List<Outcome> candidates = new ArrayList<>();
      if (size <= ElicitingMediator.ENUMERATION_LIMIT) {
        for (long k = 0; k < size; k++) {
          candidates.add(space.outcomeAt(k));
        }
        return candidates;
      }
      List<Outcome> parents = List.copyOf(knownInside);
      candidates.addAll(parents);
      for (int s = 0; s < ElicitingMediator.SAMPLES; s++) {
        boolean crossover = s % 2 == 0 && parents.size() >= 2;
        int[] values = new int[space.issueCount()];
        for (int i = 0; i < values.length; i++) {
          values[i] =
              crossover
                  ? parents.get(random.nextInt(parents.size())).valueIndex(i)
                  : random.nextInt(space.issue(i).size());
        }
        candidates.add(Outcome.of(values));
      }
      return candidates;
    }
  }

  /** A scripted party: a hidden linear utility in [0, 1], a reservation and a falling target. */
  private record Script(double[][] utility, double reservation) {
    static Script random(OutcomeSpace space, SplittableRandom random) {
      double[][] utility = new double[space.issueCount()][];
      double[] weights = new double[space.issueCount()];
      double total = 0;
      for (int i = 0; i < weights.length; i++) {
        weights[i] = 0.1 + random.nextDouble();
        total += weights[i];
      }
      for (int i = 0; i < utility.length; i++) {
        utility[i] = new double[space.issue(i).size()];
        int best = random.nextInt(utility[i].length);
        for (int v = 0; v < utility[i].length; v++) {
          double distance = Math.abs(v - best) / (double) Math.max(1, utility[i].length - 1);
          utility[i][v] = weights[i] / total * (1 - distance);
        }
      }
      return new Script(utility, 0.3 + 0.3 * random.nextDouble());
    }

    double value(Outcome outcome) {
      double total = 0;
      for (int i = 0; i < utility.length; i++) {
        total += utility[i][outcome.valueIndex(i)];
      }
      return total;
    }

    int bestValue(int issue) {
      int best = 0;
      for (int v = 1; v < utility[issue].length; v++) {
        best = utility[issue][v] > utility[issue][best] ? v : best;
      }
      return best;
    }

    Payload answer(int version, Outcome text, double progress, SplittableRandom random) {
      double u = value(text);
      double target = 1 - (1 - reservation) * progress;
      if (u >= target) {
        return new Payload.Accepted(text);
      }
      String stated = u >= reservation ? WITHIN : OUTSIDE;
      int kind = random.nextInt(4);
      if (kind == 0) {
        return new Payload.Rejected(version, "");
      }
      if (kind == 1) {
        List<Amendment> amendments = new ArrayList<>();
        int issue = random.nextInt(text.issueCount());
        amendments.add(new Amendment(issue, bestValue(issue), stated));
        if (random.nextInt(3) == 0) {
          amendments.add(new Amendment(text.issueCount(), 0, "an issue that does not exist"));
        }
        if (random.nextInt(3) == 0) {
          int other = random.nextInt(text.issueCount());
          amendments.add(new Amendment(other, utility[other].length, "a value past the end"));
        }
        if (random.nextInt(3) == 0) {
          int other = random.nextInt(text.issueCount());
          amendments.add(new Amendment(other, bestValue(other), ""));
        }
        return new Payload.Amended(version, amendments);
      }
      return new Payload.Rejected(version, stated);
    }
  }

  private static final class Transcript {
    long sequence = 1;

    Event event(String sender, Payload payload) {
      long s = sequence++;
      return new Event(s, s, 1, sender, List.of("north", "south", "east", "chair"), payload);
    }
  }

  /**
   * Runs {@code rounds} drafts on {@code space} with scripted parties, asserting each draft equals
   * the oracle's; returns how many drafts were held texts (for the caller to check coverage).
   */
  private static int compare(
      OutcomeSpace space, boolean readReasons, long seed, int rounds, List<Double> progresses) {
    var random = new SplittableRandom(seed);
    Map<String, Script> scripts = new LinkedHashMap<>();
    for (String party : PARTIES) {
      scripts.put(party, Script.random(space, random));
    }
    var mediator = new ElicitingMediator(readReasons);
    mediator.start(
        new MediatorContext(
            "chair", space, PARTICIPANTS, Map.of(), rounds, new SplittableRandom(seed * 31)));
    var rules = new Rules(readReasons, space, PARTIES, seed * 31);
    var transcript = new Transcript();
    List<Event> before =
        List.of(
            transcript.event("north", new Payload.Rejected(0, OUTSIDE)),
            transcript.event("south", new Payload.Accepted(space.outcomeAt(0))));
    for (Event event : before) {
      mediator.observe(event);
      rules.hear(event);
    }
    Optional<Outcome> current = Optional.empty();
    int held = 0;
    Outcome last = null;
    for (int version = 1; version <= rounds; version++) {
      double progress = progresses.get(version - 1);
      DraftRequest request = new DraftRequest(version, progress, current, Map.of());
      Outcome drafted = mediator.draft(request);
      assertThat(drafted)
          .as(
              "seed %d, reasons %s, version %d, progress %.3f",
              seed, readReasons, version, progress)
          .isEqualTo(rules.draft(progress, current));
      held += drafted.equals(last) && progress >= ElicitingMediator.HOLD ? 1 : 0;
      last = drafted;
      List<Event> events = new ArrayList<>();
      events.add(transcript.event("chair", new Payload.TextDrafted(version, drafted)));
      events.add(transcript.event("chair", new Payload.Rejected(version, OUTSIDE)));
      events.add(transcript.event("stranger", new Payload.Rejected(version, WITHIN)));
      for (var script : scripts.entrySet()) {
        Payload answer = script.getValue().answer(version, drafted, progress, random);
        events.add(transcript.event(script.getKey(), answer));
      }
      for (Event event : events) {
        mediator.observe(event);
        rules.hear(event);
      }
      current = Optional.of(drafted);
    }
    return held;
  }

  private static List<Double> evenly(int rounds) {
    List<Double> progresses = new ArrayList<>();
    for (int version = 1; version <= rounds; version++) {
      progresses.add((version - 1) / (double) (rounds - 1));
    }
    return progresses;
  }

  @Test
  void everyDraft_isTheOneTheRulesPick_readingReasonsOrNot() {
    OutcomeSpace space =
        OutcomeSpace.of(
            IntegerIssue.of("a", 0, 3), IntegerIssue.of("b", 0, 2), IntegerIssue.of("c", 0, 3));
    int held = 0;
    for (long seed = 1; seed <= 8; seed++) {
      for (boolean readReasons : new boolean[] {true, false}) {
        held += compare(space, readReasons, seed, 26, evenly(26));
      }
    }
    assertThat(held).as("some runs hold a text").isPositive();
  }

  /** The hold starts at exactly {@link ElicitingMediator#HOLD} of the time, not after it. */
  @Test
  void theHoldStartsAtExactlyItsShareOfTheTime() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 4), IntegerIssue.of("b", 0, 4));
    List<Double> progresses = new ArrayList<>();
    for (int version = 1; version <= 12; version++) {
      progresses.add(version <= 8 ? (version - 1) / 10.0 : ElicitingMediator.HOLD);
    }
    for (long seed = 1; seed <= 6; seed++) {
      compare(space, true, seed, 12, progresses);
    }
  }

  /** A space of exactly {@link ElicitingMediator#ENUMERATION_LIMIT} packages is enumerated. */
  @Test
  void aSpaceAtTheEnumerationLimit_putsEveryPackageUpForTheDraft() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 49), IntegerIssue.of("b", 0, 999));
    assertThat(space.size().longValueExact()).isEqualTo(ElicitingMediator.ENUMERATION_LIMIT);
    compare(space, true, 3, 4, evenly(4));
  }

  /** Beyond the limit the candidates are the known-inside packages, samples and crossovers. */
  @Test
  void aLargerSpace_draftsFromSamplesAndCrossoversOfKnownPackages() {
    OutcomeSpace space =
        OutcomeSpace.of(
            IntegerIssue.of("a", 0, 19),
            IntegerIssue.of("b", 0, 19),
            IntegerIssue.of("c", 0, 19),
            IntegerIssue.of("d", 0, 9));
    for (long seed = 1; seed <= 2; seed++) {
      compare(space, true, seed, 12, evenly(12));
    }
  }

  /**
   * Two packages every party accepted, mirror images of each other in examples that are mirror
   * images too, score exactly alike: the one learnt first is held.
   */
  @Test
  void aTieInTheEstimatedNashProduct_holdsThePackageLearntFirst() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 1), IntegerIssue.of("b", 0, 1));
    List<Party> two = List.of(Party.of("north"), Party.of("south"));
    var transcript = new Transcript();
    for (Outcome first : List.of(Outcome.of(0, 1), Outcome.of(1, 0))) {
      Outcome second = first.equals(Outcome.of(0, 1)) ? Outcome.of(1, 0) : Outcome.of(0, 1);
      var mediator = new ElicitingMediator();
      mediator.start(
          new MediatorContext("chair", space, two, Map.of(), 10, new SplittableRandom(1)));
      Outcome text = mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
      mediator.observe(transcript.event("chair", new Payload.TextDrafted(1, text)));
      for (String party : List.of("north", "south")) {
        mediator.observe(transcript.event(party, new Payload.Accepted(first)));
        mediator.observe(transcript.event(party, new Payload.Accepted(second)));
      }
      assertThat(
              mediator.draft(
                  new DraftRequest(2, ElicitingMediator.HOLD, Optional.of(text), Map.of())))
          .isEqualTo(first);
    }
  }

  /**
   * After the hold the texts put before may come back, but not one a party said is outside its set,
   * even when every party's classifier rates it best: both asked for it by amendment.
   */
  @Test
  void afterTheHold_aTextSaidOutsideIsNotPutAgain_howeverWellItScores() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 1));
    List<Party> two = List.of(Party.of("north"), Party.of("south"));
    var mediator = new ElicitingMediator();
    mediator.start(new MediatorContext("chair", space, two, Map.of(), 10, new SplittableRandom(1)));
    var rules = new Rules(true, space, List.of("north", "south"), 1);
    var transcript = new Transcript();
    Outcome zero = Outcome.of(0);
    Outcome one = Outcome.of(1);
    assertThat(mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()))).isEqualTo(zero);
    List<Event> events = new ArrayList<>();
    events.add(transcript.event("chair", new Payload.TextDrafted(1, zero)));
    events.forEach(mediator::observe);
    assertThat(mediator.draft(new DraftRequest(2, 0.1, Optional.of(zero), Map.of())))
        .isEqualTo(one);
    rules.draft(0.1, Optional.of(zero));
    events.add(transcript.event("chair", new Payload.TextDrafted(2, one)));
    for (String party : List.of("north", "south")) {
      events.add(transcript.event(party, new Payload.Amended(2, List.of(new Amendment(0, 0, "")))));
    }
    events.add(transcript.event("chair", new Payload.TextDrafted(3, zero)));
    events.add(transcript.event("south", new Payload.Rejected(3, OUTSIDE)));
    events.subList(1, events.size()).forEach(mediator::observe);
    events.forEach(rules::hear);

    assertThat(
            mediator.draft(
                new DraftRequest(4, ElicitingMediator.HOLD, Optional.of(zero), Map.of())))
        .isEqualTo(one);
    rules.classifiers.values().forEach(classifier -> classifier.fit(ElicitingMediator.HOLD));
    for (var classifier : rules.classifiers.entrySet()) {
      assertThat(classifier.getValue().score(zero))
          .as("%s rates the text it asked for best", classifier.getKey())
          .isGreaterThan(classifier.getValue().score(one));
    }
  }

  /** With every package put or said outside, the text on the table stays. */
  @Test
  void withNothingLeftToAsk_theTextStays() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 1));
    var mediator = new ElicitingMediator();
    mediator.start(
        new MediatorContext("chair", space, PARTICIPANTS, Map.of(), 10, new SplittableRandom(1)));
    var transcript = new Transcript();
    Outcome first = mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
    assertThat(first).isEqualTo(Outcome.of(0));
    mediator.observe(transcript.event("chair", new Payload.TextDrafted(1, first)));
    mediator.observe(transcript.event("north", new Payload.Rejected(1, "")));
    Outcome second = mediator.draft(new DraftRequest(2, 0.1, Optional.of(first), Map.of()));
    assertThat(second).isEqualTo(Outcome.of(1));
    mediator.observe(transcript.event("chair", new Payload.TextDrafted(2, second)));
    mediator.observe(transcript.event("south", new Payload.Rejected(2, OUTSIDE)));
    assertThat(mediator.draft(new DraftRequest(3, 0.2, Optional.of(second), Map.of())))
        .isEqualTo(second);
  }
}
