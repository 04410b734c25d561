package io.parley.strategy;

import io.parley.boa.FrequencyModel;
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
 * A single-text mediator that learns from the parties' answers alone what each of them values and
 * which packages each can live with, and puts the package that best serves all of them by that
 * estimate: the mediated single text of Klein, Faratin, Sayama and Bar-Yam, "Negotiating complex
 * contracts", Group Decision and Negotiation 12(2), 2003, with the parties' votes replaced by what
 * their answers reveal, and an estimated Nash product (Nash, "The bargaining problem", 1950) in
 * place of the mediator's random mutation.
 *
 * <p>What it learns, per party, from the events addressed to it (never from {@link
 * MediatorContext#confided()}):
 *
 * <ul>
 *   <li><em>Known-acceptable packages</em>: a text the party accepted, and the text with all of
 *       that party's amendments written in (a party robot asks only for an acceptable package worth
 *       more to it than the text). Party robots' targets never rise, so such a package stays
 *       acceptable.
 *   <li><em>Value orders and issue weights</em>: an amendment from value x to value v of an issue
 *       counts one for v and minus one for x, and one for the issue; values are scored by their
 *       count scaled to [0, 1] within the issue, issues weighted by one plus their count.
 *   <li><em>Value frequencies</em>: the frequency model of HardHeaded (van Krimpen, Looije and
 *       Hajizadeh, 2013; {@link FrequencyModel}) fed with the party's known-acceptable packages,
 *       each time one is learnt (before anything is learnt it rates every package 0.5).
 *   <li><em>Pressure</em>: every refusal (rejection or amendment) raises the party's weight in the
 *       product by {@value #PRESSURE_STEP}, so a party that keeps refusing is served better.
 * </ul>
 *
 * <p>Drafts: the first text sets every issue to its middle value, as {@link
 * SplitTheDifferenceMediator}. A text nobody refused stays. Otherwise the next text maximises
 * {@code Π_p (0.05 + û_p)^{λ_p}}, λ the pressure and û_p 1 for a package known acceptable to p,
 * else the mean of the value-order estimate and the frequency model's utility; candidates are every
 * package of spaces up to {@value #ENUMERATION_LIMIT} outcomes, else the known-acceptable packages
 * and crossovers of them (on each issue one party's value, as in Klein et al.'s mediated single
 * text; the first crossover takes its values from each party's latest known package). Ties go to
 * the first candidate: in the space's order, or the known packages in the order learnt and then the
 * crossovers. A text once refused is not put again, except once from {@value #ENDGAME} of the time
 * on, when the robots' targets near their reservations, if it was refused only before then (a
 * refusal counts at the progress of the mediator's latest draft). When nothing is eligible, one
 * provision (a uniform issue with more than one value) moves to a uniform other value, and a text
 * with no such issue stays. Answers count only from participants other than mediators and, for
 * refusals, only to the text on the table (the latest version put, whatever its number).
 *
 * <p>Where Parley departs from Klein et al.: the parties answer one text rather than vote between
 * two, there is no annealing, and the mediator ranks candidates by what it learnt instead of
 * mutating at random. Each draft costs {@code O(C · parties · issues)} for C candidates. All draws
 * come from the context's random generator, so runs are reproducible, and in this order: in a space
 * too large to enumerate, when at least two parties have known packages, each of the {@value
 * #SAMPLES} crossovers draws one known package of each such party (the first crossover takes each
 * one's latest, without a draw) and then, issue by issue, which of them gives the value; the move
 * of one provision draws the issue and then the value.
 */
public final class ListeningMediator implements Mediator {
  /** The share of the time after which a refused text may be put once more. */
  static final double ENDGAME = 0.9;

  /** How much one refusal raises the party's exponent in the product. */
  static final double PRESSURE_STEP = 0.05;

  /** The largest space whose every package is a candidate. */
  static final int ENUMERATION_LIMIT = 50_000;

  /** Random crossovers drawn per draft in larger spaces. */
  static final int SAMPLES = 400;

  private MediatorContext context;
  private OutcomeSpace space;
  private FrequencyModel frequencies;
  private final List<String> parties = new ArrayList<>();
  private final Map<String, Set<Outcome>> known = new LinkedHashMap<>();
  private final Map<String, Outcome> latest = new HashMap<>();
  private final Map<String, double[][]> valueCounts = new HashMap<>();
  private final Map<String, double[]> issueCounts = new HashMap<>();
  private final Map<String, Double> pressure = new HashMap<>();
  private final Map<Outcome, Double> refusedAt = new HashMap<>();
  private final Set<Outcome> retried = new HashSet<>();
  private int version;
  private Outcome text;
  private boolean refused;
  private double progress;

  @Override
  public void start(MediatorContext context) {
    this.context = context;
    this.space = context.space();
    this.frequencies = new FrequencyModel(0.1, space);
    for (Party party : context.participants()) {
      if (party.role() != Role.MEDIATOR) {
        parties.add(party.id());
        known.put(party.id(), new LinkedHashSet<>());
        double[][] counts = new double[space.issueCount()][];
        for (int i = 0; i < counts.length; i++) {
          counts[i] = new double[space.issue(i).size()];
        }
        valueCounts.put(party.id(), counts);
        issueCounts.put(party.id(), new double[space.issueCount()]);
        pressure.put(party.id(), 1.0);
      }
    }
  }

  @Override
  public void observe(Event event) {
    Payload payload = event.payload();
    String sender = event.sender();
    if (payload instanceof Payload.TextDrafted drafted) {
      if (drafted.version() != version || text == null) {
        version = drafted.version();
        text = drafted.text();
        refused = false;
      }
    } else if (payload instanceof Payload.Accepted accepted) {
      learn(sender, accepted.outcome());
    } else if (payload instanceof Payload.Amended amended
        && amended.version() == version
        && text != null
        && known.containsKey(sender)) {
      refuse(sender);
      int[] values = text.valueIndices();
      double[][] counts = valueCounts.get(sender);
      for (Amendment amendment : amended.amendments()) {
        int issue = amendment.issue();
        values[issue] = amendment.value();
        counts[issue][amendment.value()] += 1;
        counts[issue][text.valueIndex(issue)] -= 1;
        issueCounts.get(sender)[issue] += 1;
      }
      learn(sender, new Outcome(values));
    } else if (payload instanceof Payload.Rejected rejected
        && rejected.version() == version
        && text != null
        && known.containsKey(sender)) {
      refuse(sender);
    }
  }

  private void refuse(String party) {
    pressure.merge(party, PRESSURE_STEP, Double::sum);
    refused = true;
    refusedAt.merge(text, progress, Math::max);
  }

  private void learn(String party, Outcome outcome) {
    Set<Outcome> set = known.get(party);
    if (set == null) {
      return;
    }
    set.add(outcome);
    latest.put(party, outcome);
    frequencies.update(party, outcome, null);
  }

  @Override
  public Outcome draft(DraftRequest request) {
    if (context == null) {
      throw new IllegalStateException("ListeningMediator was asked before start()");
    }
    progress = request.progress();
    if (request.current().isEmpty()) {
      return SplitTheDifferenceMediator.middle(space);
    }
    Outcome current = request.current().get();
    if (!refused && current.equals(text)) {
      return current;
    }
    RandomGenerator random = context.random();
    Map<String, double[][]> tables = tables();
    Outcome best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Outcome candidate : candidates(random)) {
      if (!eligible(candidate)) {
        continue;
      }
      double score = 0;
      for (String party : parties) {
        score += pressure.get(party) * Math.log(0.05 + estimate(party, candidate, tables));
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null) {
      return mutate(current, random);
    }
    if (refusedAt.containsKey(best)) {
      retried.add(best);
    }
    return best;
  }

  private boolean eligible(Outcome candidate) {
    Double at = refusedAt.get(candidate);
    return at == null || (progress >= ENDGAME && at < ENDGAME && !retried.contains(candidate));
  }

  /** Per party, issue and value: that value's share of the party's estimated utility. */
  private Map<String, double[][]> tables() {
    Map<String, double[][]> tables = new HashMap<>();
    Outcome base = SplitTheDifferenceMediator.middle(space);
    for (String party : parties) {
      double[][] counts = valueCounts.get(party);
      double[] weights = issueCounts.get(party);
      double total = 0;
      for (int i = 0; i < counts.length; i++) {
        total += 1 + weights[i];
      }
      boolean heard = !known.get(party).isEmpty();
      double baseUtility = heard ? frequencies.utility(party, base) : 0.5;
      double[][] table = new double[counts.length][];
      for (int i = 0; i < counts.length; i++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double c : counts[i]) {
          lo = Math.min(lo, c);
          hi = Math.max(hi, c);
        }
        table[i] = new double[counts[i].length];
        for (int v = 0; v < counts[i].length; v++) {
          double order = hi > lo ? (counts[i][v] - lo) / (hi - lo) : 0.5;
          double frequency =
              baseUtility / counts.length
                  + (heard ? frequencies.utility(party, base.with(i, v)) - baseUtility : 0);
          table[i][v] = 0.5 * (1 + weights[i]) / total * order + 0.5 * frequency;
        }
      }
      tables.put(party, table);
    }
    return tables;
  }

  /** The estimated utility of {@code candidate} to {@code party}, in [0, 1]. */
  private double estimate(String party, Outcome candidate, Map<String, double[][]> tables) {
    if (known.get(party).contains(candidate)) {
      return 1;
    }
    double[][] table = tables.get(party);
    double sum = 0;
    for (int i = 0; i < table.length; i++) {
      sum += table[i][candidate.valueIndex(i)];
    }
    return Math.max(0, Math.min(1, sum));
  }

  /** Every package of a small space; else the known-acceptable packages and their crossovers. */
  private List<Outcome> candidates(RandomGenerator random) {
    long size = space.size().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    if (size <= ENUMERATION_LIMIT) {
      List<Outcome> all = new ArrayList<>((int) size);
      for (long k = 0; k < size; k++) {
        all.add(space.outcomeAt(k));
      }
      return all;
    }
    Set<Outcome> pool = new LinkedHashSet<>();
    List<List<Outcome>> sets = new ArrayList<>();
    for (Set<Outcome> set : known.values()) {
      pool.addAll(set);
      if (!set.isEmpty()) {
        sets.add(new ArrayList<>(set));
      }
    }
    for (int s = 0; s < SAMPLES && sets.size() > 1; s++) {
      List<Outcome> parents = new ArrayList<>();
      for (List<Outcome> set : sets) {
        parents.add(s == 0 ? set.get(set.size() - 1) : set.get(random.nextInt(set.size())));
      }
      int[] values = new int[space.issueCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = parents.get(random.nextInt(parents.size())).valueIndex(i);
      }
      pool.add(new Outcome(values));
    }
    return new ArrayList<>(pool);
  }

  /** {@code base} with one provision moved to a uniform other value; unchanged if none can. */
  private Outcome mutate(Outcome base, RandomGenerator random) {
    List<Integer> movable = new ArrayList<>();
    for (int i = 0; i < space.issueCount(); i++) {
      if (space.issue(i).size() > 1) {
        movable.add(i);
      }
    }
    if (movable.isEmpty()) {
      return base;
    }
    int issue = movable.get(random.nextInt(movable.size()));
    int value = random.nextInt(space.issue(issue).size() - 1);
    if (value >= base.valueIndex(issue)) {
      value++;
    }
    return base.with(issue, value);
  }
}
