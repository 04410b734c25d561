package io.parley.analysis;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compiled form of a negotiation for analysis: per-party weighted scores in {@link UtilityScale
 * ticks}, reservation values, and the red lines, grouped into independent {@link Block blocks}.
 *
 * <p>Red lines are handled by splitting on the issues they mention: issues that share a red line
 * form one block whose feasible joint assignments are enumerated; every other issue is a block of
 * its own. The feasible outcomes are then exactly the product of the blocks. When some party's
 * utility is not linear additive, the whole space is one block (enumerated, up to {@link
 * #MAX_BLOCK_ASSIGNMENTS} outcomes).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class AgreementSpace {
  /** The most joint assignments one block of red-line-linked issues may have. */
  public static final long MAX_BLOCK_ASSIGNMENTS = 20_000_000L;

  private final OutcomeSpace space;
  private final List<String> parties;
  private final List<UtilityFunction> utilities;

  /** {@code ticks[party][issue][value]}; {@code null} for a party whose utility is not linear. */
  private final long[][][] ticks;

  private final long[] reservations;
  private final List<RedLine> redLines;
  private final List<Block> blocks;

  /**
   * @param space the outcome space
   * @param parties party ids, one per utility function
   * @param utilities utility functions over {@code space}, one per party
   * @param reservations one reservation value per party, in [0, 1]
   * @param redLines the red lines every outcome must respect (of any party)
   * @throws AnalysisLimitException if red lines (or a utility that is not linear additive) tie
   *     together issues whose joint space exceeds {@link #MAX_BLOCK_ASSIGNMENTS}
   */
  public AgreementSpace(
      OutcomeSpace space,
      List<String> parties,
      List<? extends UtilityFunction> utilities,
      double[] reservations,
      List<RedLine> redLines) {
    if (parties.size() != utilities.size() || parties.size() != reservations.length) {
      throw new IllegalArgumentException("one utility function and reservation per party");
    }
    this.space = space;
    this.parties = List.copyOf(parties);
    this.redLines = List.copyOf(redLines);
    this.utilities = List.copyOf(utilities);
    int n = space.issueCount();
    this.ticks = new long[parties.size()][][];
    this.reservations = new long[parties.size()];
    for (int p = 0; p < parties.size(); p++) {
      this.reservations[p] = UtilityScale.toTicks(reservations[p]);
      if (!utilities.get(p).space().equals(space)) {
        throw new IllegalArgumentException(
            "the utility of '" + parties.get(p) + "' is defined over another outcome space");
      }
      if (!(utilities.get(p) instanceof LinearAdditiveUtility u)) {
        if (space.size().compareTo(BigInteger.valueOf(MAX_BLOCK_ASSIGNMENTS)) > 0) {
          throw new AnalysisLimitException(
              "the utility of '"
                  + parties.get(p)
                  + "' is not linear additive ("
                  + utilities.get(p).getClass().getSimpleName()
                  + "), so an exact analysis must enumerate all "
                  + space.size()
                  + " outcomes; Parley enumerates at most "
                  + MAX_BLOCK_ASSIGNMENTS
                  + " and does not estimate");
        }
        continue;
      }
      ticks[p] = new long[n][];
      for (int i = 0; i < n; i++) {
        int size = space.issue(i).size();
        ticks[p][i] = new long[size];
        for (int v = 0; v < size; v++) {
          ticks[p][i][v] = UtilityScale.toTicks(u.contribution(i, v));
        }
      }
    }
    this.blocks = BlockBuilder.build(space, ticks, this.utilities, this.redLines);
  }

  /** The agreement space of a scenario: its negotiating parties and all their red lines. */
  public static AgreementSpace of(Scenario scenario) {
    List<String> parties = scenario.negotiatingParties();
    List<UtilityFunction> utilities = new ArrayList<>();
    double[] reservations = new double[parties.size()];
    List<RedLine> redLines = new ArrayList<>();
    int p = 0;
    for (String party : parties) {
      Preferences preferences = scenario.preferences().get(party);
      utilities.add(preferences.utility());
      reservations[p++] = preferences.reservation();
      redLines.addAll(preferences.redLines());
    }
    return new AgreementSpace(scenario.space(), parties, utilities, reservations, redLines);
  }

  /** The outcome space. */
  public OutcomeSpace space() {
    return space;
  }

  /** The party ids, in order. */
  public List<String> parties() {
    return parties;
  }

  /** The number of parties. */
  public int partyCount() {
    return parties.size();
  }

  /** The red lines in force. */
  public List<RedLine> redLines() {
    return redLines;
  }

  /** The reservation of {@code party} in ticks. */
  public long reservationTicks(int party) {
    return reservations[party];
  }

  /** The reservation values in ticks, in party order. */
  public long[] reservationTicks() {
    return reservations.clone();
  }

  /** The exact number of outcomes. */
  public BigInteger outcomeCount() {
    return space.size();
  }

  /** The exact number of feasible outcomes (breaking no red line). */
  public BigInteger feasibleCount() {
    BigInteger count = BigInteger.ONE;
    for (Block block : blocks) {
      count = count.multiply(BigInteger.valueOf(block.size()));
    }
    return count;
  }

  /** Whether some outcome breaks no red line. */
  public boolean hasFeasibleOutcome() {
    return blocks.stream().allMatch(b -> b.size() > 0);
  }

  /** The utility of {@code outcome} for {@code party}, in ticks. */
  public long utilityTicks(int party, Outcome outcome) {
    if (ticks[party] == null) {
      return UtilityScale.toTicks(utilities.get(party).utility(outcome));
    }
    long sum = 0;
    for (int i = 0; i < space.issueCount(); i++) {
      sum += ticks[party][i][outcome.valueIndex(i)];
    }
    return sum;
  }

  /** The utility of {@code outcome} for {@code party}. */
  public double utility(int party, Outcome outcome) {
    return UtilityScale.toUtility(utilityTicks(party, outcome));
  }

  /** Whether {@code outcome} breaks no red line. */
  public boolean isFeasible(Outcome outcome) {
    int[] values = outcome.valueIndices();
    for (RedLine redLine : redLines) {
      if (!redLine.allows(values)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The weighted-score ticks {@code [issue][value]} of {@code party}; a copy.
   *
   * @throws IllegalStateException if the party's utility is not linear additive
   */
  public long[][] ticks(int party) {
    if (ticks[party] == null) {
      throw new IllegalStateException(
          "the utility of '" + parties.get(party) + "' is not linear additive");
    }
    long[][] copy = new long[ticks[party].length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = ticks[party][i].clone();
    }
    return copy;
  }

  List<Block> blocks() {
    return blocks;
  }

  /** The outcome with one entry per block, given the entry indices in block order. */
  Outcome outcomeOf(int[] entries) {
    int[] values = new int[space.issueCount()];
    for (int b = 0; b < blocks.size(); b++) {
      blocks.get(b).writeAssignment(entries[b], values);
    }
    return new Outcome(values);
  }

  @Override
  public String toString() {
    return "AgreementSpace["
        + parties
        + ", "
        + space.issueCount()
        + " issues, blocks "
        + Arrays.toString(blocks.stream().mapToInt(Block::size).toArray())
        + "]";
  }
}
