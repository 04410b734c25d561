package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.RedLine;
import io.parley.preference.ValueTable;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The blocks of an agreement space are independent: every choice of one entry per block is a
 * distinct feasible outcome, whose utility for each party is the sum of the chosen entries'
 * contributions, and together they are all the feasible outcomes ({@link
 * AgreementSpace#outcomeOf}).
 */
class BlockAssemblyTest {
  @Test
  void oneEntryPerBlock_isAFeasibleOutcomeWorthTheSumOfItsContributions() {
    OutcomeSpace space =
        OutcomeSpace.of(
            DiscreteIssue.of("a", "x", "y"),
            DiscreteIssue.of("b", "x", "y", "z"),
            DiscreteIssue.of("c", "x", "y"),
            DiscreteIssue.of("d", "x", "y", "z"));
    ValueTable two = new ValueTable(Map.of("x", 1.0, "y", 0.0));
    ValueTable three = new ValueTable(Map.of("x", 0.0, "y", 0.5, "z", 1.0));
    RedLine notXz = new RedLine.Forbid(Condition.of(Clause.of(1, 3, 2), Clause.of(3, 3, 0)), "");
    AgreementSpace agreement =
        new AgreementSpace(
            space,
            List.of("one", "two"),
            List.of(
                new LinearAdditiveUtility(
                    space, List.of(0.1, 0.2, 0.3, 0.4), List.of(two, three, two, three)),
                new LinearAdditiveUtility(
                    space, List.of(0.4, 0.3, 0.2, 0.1), List.of(two, three, two, three))),
            new double[] {0, 0},
            List.of(notXz));
    List<Block> blocks = agreement.blocks();
    assertThat(blocks).hasSize(3); // a, {b, d}, c

    Set<Outcome> seen = new HashSet<>();
    int[] entries = new int[blocks.size()];
    do {
      Outcome outcome = agreement.outcomeOf(entries);
      assertThat(agreement.isFeasible(outcome)).as("%s", outcome).isTrue();
      for (int p = 0; p < 2; p++) {
        long sum = 0;
        for (int b = 0; b < blocks.size(); b++) {
          sum += blocks.get(b).contributions[p][entries[b]];
        }
        assertThat(agreement.utilityTicks(p, outcome))
            .as("%s, party %d", outcome, p)
            .isEqualTo(sum);
      }
      seen.add(outcome);
    } while (next(entries, blocks));

    assertThat(BigInteger.valueOf(seen.size())).isEqualTo(agreement.feasibleCount());
    assertThat(seen).hasSize(2 * (3 * 3 - 1) * 2);
  }

  private static boolean next(int[] entries, List<Block> blocks) {
    for (int b = entries.length - 1; b >= 0; b--) {
      if (++entries[b] < blocks.get(b).size()) {
        return true;
      }
      entries[b] = 0;
    }
    return false;
  }
}
