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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A single-text mediator that learns from the parties' answers alone which packages each of them
 * can live with, and proposes packages built from those sets: the mediated single text of Klein,
 * Faratin, Sayama and Bar-Yam, "Negotiating complex contracts", Group Decision and Negotiation
 * 12(2), 2003, with the parties' votes replaced by what their answers reveal, and candidates ranked
 * by a frequency model of each party (van Krimpen, Looije and Hajizadeh, "HardHeaded", 2013; {@link
 * FrequencyModel}).
 *
 * <p>What it learns, per party: a package the party accepted, and the text with all of that party's
 * amendments written in (which a party robot only asks for when the amended text is acceptable to
 * it), are <em>known acceptable</em> to it. Party robots' targets never rise, so a package once
 * known acceptable stays so. The frequency model counts the values in each party's known-acceptable
 * packages.
 *
 * <ul>
 *   <li>First text: every issue at its middle value, as {@link SplitTheDifferenceMediator}.
 *   <li>Revision: candidates are every party's known-acceptable packages, crossovers of the
 *       parties' latest known-acceptable packages (on each issue where they differ, one party's
 *       value), and random crossovers of one known-acceptable package per party. Each candidate
 *       scores, per party, 1 if known acceptable to it, else its estimated closeness: the mean of
 *       its similarity to the party's nearest known-acceptable package (issues weighted by the
 *       frequency model's weights) and the frequency model's utility. The next text maximises the
 *       product of the parties' scores among candidates not yet refused; a text refused before
 *       {@value #ENDGAME} of the time may be put again once after it, when the robots' targets near
 *       their reservations.
 *   <li>When no party has yet said what it could live with, one provision of the text moves to a
 *       uniform other value (the mutation step of Klein et al.).
 * </ul>
 *
 * <p>Where Parley departs from Klein et al.: the parties do not vote between two texts, they answer
 * one; there is no annealing of the parties' acceptance; the mediator's "population" is the
 * parties' known-acceptable sets rather than a chain of accepted texts. It never reads {@link
 * MediatorContext#confided()}. All draws come from the context's random generator. Each draft costs
 * {@code O(C · K · issues)} for {@value #SAMPLES} sampled candidates C and K known packages.
 */
public final class ListeningMediator implements Mediator {
  /** The share of the time after which refused texts may be put once more. */
  static final double ENDGAME = 0.9;

  /** Random crossovers drawn per draft. */
  static final int SAMPLES = 400;

  private MediatorContext context;
  private OutcomeSpace space;
  private final List<String> parties = new ArrayList<>();
  private final Map<String, Set<Outcome>> known = new LinkedHashMap<>();
  private final Map<String, Outcome> latest = new HashMap<>();
  private final Map<Outcome, Double> refusedAt = new HashMap<>();
  private final Set<Outcome> retried = new java.util.HashSet<>();
  private FrequencyModel model;
  private int version;
  private Outcome text;
  private boolean refused;
  private double progress;

  @Override
  public void start(MediatorContext context) {
    this.context = context;
    this.space = context.space();
    this.model = new FrequencyModel(0.1, space);
    for (Party party : context.participants()) {
      if (party.role() != Role.MEDIATOR) {
        parties.add(party.id());
        known.put(party.id(), new LinkedHashSet<>());
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
        && text != null) {
      refuse();
      int[] values = text.valueIndices();
      for (Amendment amendment : amended.amendments()) {
        values[amendment.issue()] = amendment.value();
      }
      learn(sender, new Outcome(values));
    } else if (payload instanceof Payload.Rejected rejected
        && rejected.version() == version
        && text != null) {
      refuse();
    }
  }

  private void refuse() {
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
    model.update(party, outcome, null);
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
    if (!refused && text != null && text.equals(current)) {
      return current;
    }
    RandomGenerator random = context.random();
    Outcome best = null;
    double bestScore = -1;
    for (Outcome candidate : candidates(random)) {
      if (!eligible(candidate)) {
        continue;
      }
      double score = score(candidate);
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
    if (at == null) {
      return true;
    }
    return progress >= ENDGAME && at < ENDGAME && !retried.contains(candidate);
  }

  private List<Outcome> candidates(RandomGenerator random) {
    Set<Outcome> pool = new LinkedHashSet<>();
    for (Set<Outcome> set : known.values()) {
      pool.addAll(set);
    }
    List<Outcome> latestOnes = new ArrayList<>();
    for (String party : parties) {
      Outcome outcome = latest.get(party);
      if (outcome != null) {
        latestOnes.add(outcome);
      }
    }
    if (latestOnes.size() > 1) {
      crossovers(latestOnes, pool, random);
    }
    List<List<Outcome>> sets = new ArrayList<>();
    for (Set<Outcome> set : known.values()) {
      if (!set.isEmpty()) {
        sets.add(new ArrayList<>(set));
      }
    }
    if (sets.size() > 1) {
      for (int s = 0; s < SAMPLES; s++) {
        int[] values = new int[space.issueCount()];
        List<Outcome> parents = new ArrayList<>();
        for (List<Outcome> set : sets) {
          parents.add(set.get(random.nextInt(set.size())));
        }
        for (int i = 0; i < values.length; i++) {
          values[i] = parents.get(random.nextInt(parents.size())).valueIndex(i);
        }
        pool.add(new Outcome(values));
      }
    }
    return new ArrayList<>(pool);
  }

  /** Every crossover of {@code parents} when there are few, else {@value #SAMPLES} random ones. */
  private void crossovers(List<Outcome> parents, Set<Outcome> pool, RandomGenerator random) {
    List<Integer> differing = new ArrayList<>();
    for (int i = 0; i < space.issueCount(); i++) {
      for (Outcome parent : parents) {
        if (parent.valueIndex(i) != parents.get(0).valueIndex(i)) {
          differing.add(i);
          break;
        }
      }
    }
    double combinations = Math.pow(parents.size(), differing.size());
    if (combinations <= SAMPLES) {
      int[] choice = new int[differing.size()];
      for (int n = 0; n < (int) combinations; n++) {
        int rest = n;
        for (int k = 0; k < choice.length; k++) {
          choice[k] = rest % parents.size();
          rest /= parents.size();
        }
        pool.add(cross(parents, differing, choice));
      }
      return;
    }
    int[] choice = new int[differing.size()];
    for (int s = 0; s < SAMPLES; s++) {
      for (int k = 0; k < choice.length; k++) {
        choice[k] = random.nextInt(parents.size());
      }
      pool.add(cross(parents, differing, choice));
    }
  }

  private static Outcome cross(List<Outcome> parents, List<Integer> differing, int[] choice) {
    int[] values = parents.get(0).valueIndices();
    for (int k = 0; k < choice.length; k++) {
      int issue = differing.get(k);
      values[issue] = parents.get(choice[k]).valueIndex(issue);
    }
    return new Outcome(values);
  }

  /** The product over parties of how likely each is estimated to accept {@code candidate}. */
  private double score(Outcome candidate) {
    double product = 1;
    for (String party : parties) {
      product *= closeness(party, candidate);
    }
    return product;
  }

  private double closeness(String party, Outcome candidate) {
    Set<Outcome> set = known.get(party);
    if (set.contains(candidate)) {
      return 1;
    }
    double nearest = 0;
    for (Outcome outcome : set) {
      double similarity = 0;
      for (int i = 0; i < space.issueCount(); i++) {
        if (outcome.valueIndex(i) == candidate.valueIndex(i)) {
          similarity += model.weight(party, i);
        }
      }
      nearest = Math.max(nearest, similarity);
    }
    return 0.01 + 0.5 * nearest + 0.49 * model.utility(party, candidate) * (set.isEmpty() ? 0 : 1);
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
