package io.parley.elicitation;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.strategy.SplitTheDifferenceMediator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A single-text mediator that treats every answer as a labelled example of the party's acceptable
 * set, learns one linear classifier per party ({@link AcceptanceClassifier}), and puts the package
 * that the classifiers predict suits the least satisfied party best. It is the mediated single
 * negotiating text of Klein, Faratin, Sayama and Bar-Yam, "Negotiating complex contracts", Group
 * Decision and Negotiation 12(2), 2003, with the mediator's random mutations replaced by active
 * learning: each text is the query that the current classifiers rate most likely to lie in every
 * party's acceptable set, so a text either is agreed or teaches where a set ends.
 *
 * <p>What it reads, per party, from the events addressed to it (never from {@link
 * MediatorContext#confided()}):
 *
 * <ul>
 *   <li>A text the party accepted: inside its acceptable set.
 *   <li>A refusal whose reason states where the text stands against the party's red lines and
 *       reservation value ({@link StatedStanding}): inside or outside, as stated. These labels do
 *       not age: a reservation value does not move, only the robot's target does.
 *   <li>Amendments: the text with them written in is a package the party asks for, hence inside its
 *       set (Parley's robots ask only for acceptable packages), and worth more to it than the text
 *       (a preference pair); each amended provision alone does not lower its utility (a pair of
 *       packages that differ in that provision only).
 * </ul>
 *
 * <p>Drafts: the first text sets every issue to its middle value. Then, until {@value #HOLD} of the
 * time, the next text is the package not yet put and not known to be outside any party's set that
 * maximises the smallest classifier score over parties ("max-min margin"), ties to the larger sum.
 * Candidates are every package of spaces up to {@value #ENUMERATION_LIMIT} outcomes, else {@value
 * #SAMPLES} random packages plus the known-acceptable ones and crossovers of them. Once some text
 * has been found inside every party's set and {@value #HOLD} of the time has passed, the mediator
 * holds to the end the such text with the largest product of scores over parties (an estimated Nash
 * product, Nash 1950: the scores stand for each party's gain over its reservation up to a scale the
 * product ignores). The robots' targets fall to their reservation values near the deadline, and a
 * held text is also the best one in their recent memory, so they accept it. Until such a text is
 * found, the search goes on, and from {@value #HOLD} of the time each text put before may be put
 * once more, since the parties' demands have fallen since.
 *
 * <p>A refusal that states nothing is an example of the outside whose weight fades with its age
 * ({@link AcceptanceClassifier#refused}); with {@code reasons} off every refusal is read so.
 *
 * <p>Departures from Klein et al.: parties answer one text rather than vote between two; there is
 * no annealing; and the mediator reads the reasons the parties give, which Parley's robots state in
 * plain words. All choices are deterministic given the events; the context's random generator draws
 * only the samples of large spaces.
 */
public final class ElicitingMediator implements Mediator {
  /** The share of the time after which a text known acceptable to every party is held. */
  static final double HOLD = 0.8;

  /** The largest space whose every package is a candidate. */
  static final int ENUMERATION_LIMIT = 50_000;

  /** The least score counted in the estimated Nash product of a held text. */
  static final double FLOOR = 1e-3;

  /** Random packages drawn per draft in larger spaces. */
  static final int SAMPLES = 5_000;

  private final boolean readReasons;
  private MediatorContext context;
  private OutcomeSpace space;
  private final List<String> parties = new ArrayList<>();
  private final Map<String, AcceptanceClassifier> classifiers = new LinkedHashMap<>();
  private final Map<String, Map<Outcome, Boolean>> standing = new HashMap<>();
  private final Set<Outcome> put = new HashSet<>();
  private final Set<Outcome> known = new LinkedHashSet<>();
  private List<Outcome> everything;
  private Outcome text;
  private Outcome held;
  private double progress;
  private boolean reopened;

  /**
   * A mediator that reads the standing parties state in their reasons ({@link StatedStanding}) when
   * {@code readReasons}; without, it learns from acceptances, amendments and refusals alone.
   */
  public ElicitingMediator(boolean readReasons) {
    this.readReasons = readReasons;
  }

  /** A mediator that reads the standing parties state in their reasons. */
  public ElicitingMediator() {
    this(true);
  }

  @Override
  public void start(MediatorContext context) {
    this.context = context;
    this.space = context.space();
    for (Party party : context.participants()) {
      if (party.role() != Role.MEDIATOR) {
        parties.add(party.id());
        classifiers.put(party.id(), new AcceptanceClassifier(space));
        standing.put(party.id(), new HashMap<>());
      }
    }
  }

  @Override
  public void observe(Event event) {
    Payload payload = event.payload();
    String sender = event.sender();
    if (payload instanceof Payload.TextDrafted drafted) {
      text = drafted.text();
      put.add(text);
      return;
    }
    if (!classifiers.containsKey(sender) || text == null) {
      return;
    }
    if (payload instanceof Payload.Accepted accepted) {
      label(sender, accepted.outcome(), true);
    } else if (payload instanceof Payload.Rejected rejected) {
      refusal(sender, readReasons ? StatedStanding.of(rejected) : StatedStanding.UNSTATED);
    } else if (payload instanceof Payload.Amended amended) {
      refusal(sender, readReasons ? StatedStanding.of(amended) : StatedStanding.UNSTATED);
      AcceptanceClassifier classifier = classifiers.get(sender);
      Outcome asked = text;
      for (Amendment amendment : amended.amendments()) {
        if (amendment.issue() < space.issueCount()
            && amendment.value() < space.issue(amendment.issue()).size()) {
          Outcome one = text.with(amendment.issue(), amendment.value());
          classifier.prefer(one, text);
          asked = asked.with(amendment.issue(), amendment.value());
        }
      }
      if (!asked.equals(text)) {
        classifier.prefer(asked, text);
        label(sender, asked, true);
      }
    }
  }

  private void refusal(String party, StatedStanding stated) {
    if (stated == StatedStanding.UNSTATED) {
      classifiers.get(party).refused(text, progress);
    } else {
      label(party, text, stated == StatedStanding.WITHIN);
    }
  }

  private void label(String party, Outcome outcome, boolean inside) {
    Boolean before = standing.get(party).put(outcome, inside);
    if (before == null || before != inside) {
      classifiers.get(party).label(outcome, inside);
    }
    if (inside) {
      known.add(outcome);
    }
  }

  @Override
  public Outcome draft(DraftRequest request) {
    if (context == null) {
      throw new IllegalStateException("ElicitingMediator was asked before start()");
    }
    progress = request.progress();
    if (request.current().isEmpty()) {
      return SplitTheDifferenceMediator.middle(space);
    }
    if (held != null) {
      return held;
    }
    for (AcceptanceClassifier classifier : classifiers.values()) {
      classifier.fit(progress);
    }
    if (progress >= HOLD && !reopened) {
      reopened = true;
      put.clear();
    }
    if (progress >= HOLD) {
      Outcome agreed = best(agreedByAll(), false, true);
      if (agreed != null) {
        held = agreed;
        return held;
      }
    }
    Outcome next = best(candidates(context.random()), true, false);
    return next != null ? next : request.current().get();
  }

  /** The packages every party has said are inside its acceptable set. */
  private List<Outcome> agreedByAll() {
    List<Outcome> agreed = new ArrayList<>();
    for (Outcome outcome : known) {
      boolean all = true;
      for (String party : parties) {
        all &= Boolean.TRUE.equals(standing.get(party).get(outcome));
      }
      if (all) {
        agreed.add(outcome);
      }
    }
    return agreed;
  }

  /**
   * The candidate with the largest smallest score over parties (ties to the larger sum), or with
   * {@code nash} the largest product of scores (each floored at {@value #FLOOR}); with {@code
   * fresh}, only packages never put and not known to be outside any party's set.
   */
  private Outcome best(List<Outcome> candidates, boolean fresh, boolean nash) {
    List<double[][]> tables = new ArrayList<>();
    double[] biases = new double[parties.size()];
    for (int p = 0; p < parties.size(); p++) {
      AcceptanceClassifier classifier = classifiers.get(parties.get(p));
      tables.add(classifier.table());
      biases[p] = classifier.bias();
    }
    Outcome best = null;
    double bestMin = Double.NEGATIVE_INFINITY;
    double bestSum = Double.NEGATIVE_INFINITY;
    for (Outcome candidate : candidates) {
      double min = Double.POSITIVE_INFINITY;
      double sum = 0;
      for (int p = 0; p < tables.size(); p++) {
        double[][] table = tables.get(p);
        double score = -biases[p];
        for (int i = 0; i < table.length; i++) {
          score += table[i][candidate.valueIndex(i)];
        }
        min = Math.min(min, score);
        sum += nash ? Math.log(Math.max(FLOOR, score)) : score;
      }
      boolean better = nash ? sum > bestSum : min > bestMin || (min == bestMin && sum > bestSum);
      if (better && !(fresh && (put.contains(candidate) || knownOutside(candidate)))) {
        best = candidate;
        bestMin = min;
        bestSum = sum;
      }
    }
    return best;
  }

  private boolean knownOutside(Outcome outcome) {
    for (String party : parties) {
      if (Boolean.FALSE.equals(standing.get(party).get(outcome))) {
        return true;
      }
    }
    return false;
  }

  /** Every package of a small space; else random packages, the known-acceptable and crossovers. */
  private List<Outcome> candidates(RandomGenerator random) {
    BigInteger size = space.size();
    if (size.compareTo(BigInteger.valueOf(ENUMERATION_LIMIT)) <= 0) {
      if (everything == null) {
        everything = new ArrayList<>(size.intValue());
        for (long k = 0; k < size.longValue(); k++) {
          everything.add(space.outcomeAt(k));
        }
      }
      return everything;
    }
    List<Outcome> pool = new ArrayList<>(known);
    List<Outcome> parents = new ArrayList<>(known);
    for (int s = 0; s < SAMPLES; s++) {
      int[] values = new int[space.issueCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] =
            parents.size() > 1 && s % 2 == 0
                ? parents.get(random.nextInt(parents.size())).valueIndex(i)
                : random.nextInt(space.issue(i).size());
      }
      pool.add(new Outcome(values));
    }
    return pool;
  }
}
