package io.parley.boa;

import io.parley.negotiator.NegotiatorContext;
import io.parley.outcome.Outcome;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.strategy.UtilityIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a BOA component may know at a step of the negotiation: the party's own context and utility
 * index, the progress, the offers it received and made, and the opponent model. It never holds
 * another party's preferences.
 *
 * <p>Owned and updated by {@link BoaNegotiator}; components read it. Utilities of the party's own
 * are in {@link io.parley.analysis.UtilityScale ticks}, read from the {@link UtilityIndex}.
 */
public final class Situation {
  /**
   * An offer the party received.
   *
   * @param from who made it (another party, or the mediator whose text it was)
   * @param outcome the offered package
   * @param progress when, in [0, 1]
   * @param ticks its utility to this party, in ticks
   */
  public record Received(String from, Outcome outcome, double progress, long ticks) {}

  private final NegotiatorContext context;
  private final UtilityIndex index;
  private final OpponentModel model;
  private final List<String> others;
  private final Map<String, List<Received>> receivedBy = new LinkedHashMap<>();
  private final Map<String, Set<Outcome>> distinctBy = new LinkedHashMap<>();
  private final List<Received> received = new ArrayList<>();
  private final List<Outcome> ownBids = new ArrayList<>();
  private final Set<Outcome> ownBidSet = new HashSet<>();

  /**
   * The own bids by rank, counted down from the best ({@code size - 1 - rank}), so it stays small.
   */
  private final BitSet ownBidRanks = new BitSet();

  private final Map<Outcome, Support> supporters = new LinkedHashMap<>();

  /** The acceptable package best for this party that all others backed; kept as support grows. */
  private Outcome bestBackedByAll;

  private Support bestBacking;
  private long bestBackedTicks = Long.MIN_VALUE;
  private double progress;
  private int round;
  private int lastRank = -1;
  private Outcome lastOutcome;
  private Outcome lastSupported;
  private String lastSupporter = "";

  /** Who backed a package, and when it was first backed (its position in {@link #supported()}). */
  private static final class Support {
    final int order;
    final Set<String> parties = new HashSet<>();
    boolean byAll;

    Support(int order) {
      this.order = order;
    }
  }

  Situation(NegotiatorContext context, UtilityIndex index, OpponentModel model) {
    this.context = context;
    this.index = index;
    this.model = model;
    List<String> list = new ArrayList<>();
    for (Party party : context.participants()) {
      if (party.role() == Role.PARTY && !party.id().equals(context.party())) {
        list.add(party.id());
      }
    }
    this.others = List.copyOf(list);
  }

  /** This party's context. */
  public NegotiatorContext context() {
    return context;
  }

  /** This party's utility index: its acceptable outcomes sorted by its own utility. */
  public UtilityIndex index() {
    return index;
  }

  /** The opponent model (possibly the model that knows nothing, {@code none}). */
  public OpponentModel model() {
    return model;
  }

  /** The other negotiating parties (role {@code party}), in file order. */
  public List<String> others() {
    return others;
  }

  /** Progress towards the deadline at the current request, in [0, 1]. */
  public double progress() {
    return progress;
  }

  /** The current round, from 1 (0 before the first request). */
  public int round() {
    return round;
  }

  /** Every offer received, oldest first. */
  public List<Received> received() {
    return Collections.unmodifiableList(received);
  }

  /** The offers received from {@code party}, oldest first (empty if none). */
  public List<Received> receivedFrom(String party) {
    return Collections.unmodifiableList(receivedBy.getOrDefault(party, List.of()));
  }

  /** The number of distinct packages {@code party} has offered this party. */
  public int distinctReceivedFrom(String party) {
    return distinctBy.getOrDefault(party, Set.of()).size();
  }

  /** The offer received that is best for this party (ties to the earliest), if any. */
  public Optional<Received> bestReceived() {
    Received best = null;
    for (Received r : received) {
      if (best == null || r.ticks() > best.ticks()) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The acceptable package, best for this party (ties to the first seen), that every other party
   * has offered or accepted, if any.
   */
  public Optional<Outcome> bestSupportedByAll() {
    // Kept up to date by support(), in O(1) here: support only grows, and acceptability is fixed.
    return Optional.ofNullable(bestBackedByAll);
  }

  /** The offers this party made, oldest first. */
  public List<Outcome> ownBids() {
    return Collections.unmodifiableList(ownBids);
  }

  /** Whether this party has offered {@code outcome} before. */
  public boolean hasBid(Outcome outcome) {
    return ownBidSet.contains(outcome);
  }

  /**
   * Whether this party has offered the outcome at {@code rank} of its {@linkplain #index() index}
   * before: {@link #hasBid} without building the outcome, in {@code O(1)}.
   */
  boolean hasBidAt(int rank) {
    return ownBidRanks.get(index.size() - 1 - rank);
  }

  /** The number of distinct packages this party has offered. */
  public int distinctBids() {
    return ownBidSet.size();
  }

  /**
   * The parties other than this one that offered or accepted {@code outcome} at some point (empty
   * if none).
   */
  public Set<String> supporters(Outcome outcome) {
    Support support = supporters.get(outcome);
    return support == null ? Set.of() : Collections.unmodifiableSet(support.parties);
  }

  /** Every outcome some other party offered or accepted, in the order first seen. */
  public Set<Outcome> supported() {
    return Collections.unmodifiableSet(supporters.keySet());
  }

  /**
   * The outcome at {@code rank} of this party's index: the instance returned last time when asked
   * for the same rank again, so a party repeating its bid builds (and its opponents keep) one
   * object.
   */
  Outcome outcomeAt(int rank) {
    if (rank != lastRank) {
      lastOutcome = index.outcomeAt(rank);
      lastRank = rank;
    }
    return lastOutcome;
  }

  /** This party's utility of {@code outcome} in ticks. */
  public long ticks(Outcome outcome) {
    return rated(outcome).ticks;
  }

  /** Whether {@code outcome} breaks none of this party's red lines and reaches its reservation. */
  public boolean isAcceptable(Outcome outcome) {
    Rating rating = rated(outcome);
    if (rating.acceptable == UNKNOWN) {
      rating.acceptable = index.isAcceptable(outcome) ? YES : NO;
    }
    return rating.acceptable == YES;
  }

  /**
   * The rating of {@code outcome}, remembered for the last two outcomes asked about: a step asks
   * about the same offer and bid several times (received, judged, compared), and outcomes are
   * immutable, so the same instance always rates the same.
   */
  private Rating rated(Outcome outcome) {
    if (ratings[0].outcome == outcome) {
      return ratings[0];
    }
    if (ratings[1].outcome == outcome) {
      return ratings[1];
    }
    Rating rating = ratings[next];
    next = 1 - next;
    rating.ticks = index.utilityTicks(outcome);
    rating.outcome = outcome;
    rating.acceptable = UNKNOWN;
    return rating;
  }

  private static final int UNKNOWN = 0;
  private static final int YES = 1;
  private static final int NO = 2;

  /** A remembered rating: this party's ticks of an outcome and, once asked, its acceptability. */
  private static final class Rating {
    Outcome outcome;
    long ticks;
    int acceptable;
  }

  private final Rating[] ratings = {new Rating(), new Rating()};
  private int next;

  void moveTo(int newRound, double newProgress) {
    this.round = newRound;
    this.progress = Math.max(0.0, Math.min(1.0, newProgress));
  }

  void receive(String from, Outcome outcome, boolean byParty) {
    var entry = new Received(from, outcome, progress, ticks(outcome));
    received.add(entry);
    List<Received> fromParty = receivedBy.computeIfAbsent(from, f -> new ArrayList<>());
    // The same instance as this party's previous offer is already among its distinct offers.
    boolean repeated =
        !fromParty.isEmpty() && fromParty.get(fromParty.size() - 1).outcome() == outcome;
    fromParty.add(entry);
    if (!repeated) {
      distinctBy.computeIfAbsent(from, f -> new HashSet<>()).add(outcome);
    }
    if (byParty) {
      support(from, outcome);
    }
  }

  void support(String party, Outcome outcome) {
    if (outcome == lastSupported && party.equals(lastSupporter)) {
      return; // already counted, and support never shrinks
    }
    lastSupported = outcome;
    lastSupporter = party;
    Support support = supporters.get(outcome);
    if (support == null) {
      support = new Support(supporters.size());
      supporters.put(outcome, support);
    }
    if (!support.parties.add(party) || support.byAll || !support.parties.containsAll(others)) {
      return;
    }
    support.byAll = true;
    if (!isAcceptable(outcome)) {
      return;
    }
    // The best in ticks; ties to the package first backed, as a scan in that order would find.
    long ticks = ticks(outcome);
    if (ticks > bestBackedTicks
        || (ticks == bestBackedTicks && bestBacking != null && support.order < bestBacking.order)) {
      bestBackedByAll = outcome;
      bestBacking = support;
      bestBackedTicks = ticks;
    }
  }

  void bid(Outcome outcome) {
    boolean repeated = !ownBids.isEmpty() && ownBids.get(ownBids.size() - 1) == outcome;
    ownBids.add(outcome);
    if (!repeated && ownBidSet.add(outcome)) {
      int rank = index.rankOf(outcome);
      if (rank >= 0) {
        ownBidRanks.set(index.size() - 1 - rank);
      }
    }
  }
}
