package io.parley.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.OutcomeSpace;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clauses, conditions and the three kinds of red line: which outcomes each allows, the issues it
 * names, its plain words (one value, a run of integers, a list), its label, and the refusals of a
 * clause or condition that could never be met or names an issue twice.
 */
class RedLineRulesTest {
  /** price: low, mid, high; units: 0..5; term: 1, 3, 5. */
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          DiscreteIssue.of("price", "low", "mid", "high"),
          IntegerIssue.of("units", 0, 5),
          new IntegerIssue("term", "term", 1, 5, 2));

  private static final int PRICE = 0;
  private static final int UNITS = 1;
  private static final int TERM = 2;

  @Test
  void clause_allowsExactlyItsValues_andCountsThem() {
    Clause clause = Clause.of(UNITS, 6, 1, 3, 4);

    assertThat(clause.position()).isEqualTo(UNITS);
    assertThat(clause.allowedIndices()).containsExactly(1, 3, 4);
    assertThat(clause.allowedCount()).isEqualTo(3);
    assertThat(clause.allows(3)).isTrue();
    assertThat(clause.allows(2)).isFalse();
    assertThat(clause.allowsAll()).isFalse();
    assertThat(Clause.of(PRICE, 3, 0, 1, 2).allowsAll()).isTrue();
    assertThat(Clause.of(PRICE, 3, 0, 2).allowsAll()).isFalse();
  }

  @Test
  void clause_copiesItsSet_soLaterChangesToTheCallersSetDoNotLeakIn() {
    BitSet allowed = new BitSet();
    allowed.set(0);
    Clause clause = new Clause(PRICE, allowed, 3);

    allowed.set(2);

    assertThat(clause.allows(2)).isFalse();
    assertThat(clause.allowedCount()).isEqualTo(1);
  }

  @Test
  void clause_thatAllowsNothingOrAValueBeyondTheIssue_isRefused() {
    assertThatThrownBy(() -> new Clause(PRICE, new BitSet(), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a condition on an issue must allow some value");
    assertThatThrownBy(() -> Clause.of(PRICE, 3, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value index 3 out of range (3 values)");
    // The last value itself is in range.
    assertThat(Clause.of(PRICE, 3, 2).allowedIndices()).containsExactly(2);
  }

  @Test
  void clause_equality_isPositionIssueSizeAndValues() {
    Clause clause = Clause.of(UNITS, 6, 1, 2);

    assertThat(clause)
        .isEqualTo(Clause.of(UNITS, 6, 2, 1))
        .hasSameHashCodeAs(Clause.of(UNITS, 6, 1, 2));
    assertThat(clause).isNotEqualTo(Clause.of(TERM, 6, 1, 2));
    assertThat(clause).isNotEqualTo(Clause.of(UNITS, 7, 1, 2));
    assertThat(clause).isNotEqualTo(Clause.of(UNITS, 6, 1, 3));
    assertThat(clause).isNotEqualTo("units in {1, 2}");
    assertThat(clause.hashCode()).isNotEqualTo(Clause.of(TERM, 6, 1, 2).hashCode());
    assertThat(clause.hashCode()).isNotEqualTo(Clause.of(UNITS, 6, 1, 3).hashCode());
    assertThat(clause).hasToString("Clause[1 in {1, 2}]");
    // The first issue (position 0) hashes too, so clauses work in hash sets.
    assertThat(new HashSet<>(List.of(Clause.of(PRICE, 3, 1), Clause.of(PRICE, 3, 1)))).hasSize(1);
  }

  @Test
  void clause_describesOneValue_aRunOfIntegers_orAList() {
    assertThat(Clause.of(PRICE, 3, 2).describe(SPACE)).isEqualTo("price is high");
    assertThat(Clause.of(UNITS, 6, 4).describe(SPACE)).isEqualTo("units is 4");
    assertThat(Clause.of(UNITS, 6, 2, 3, 4).describe(SPACE)).isEqualTo("units is 2 to 4");
    assertThat(Clause.of(TERM, 3, 1, 2).describe(SPACE)).isEqualTo("term is 3 to 5");
    // A gap in the integers, or labels even when adjacent, are listed.
    assertThat(Clause.of(UNITS, 6, 0, 1, 3).describe(SPACE)).isEqualTo("units is one of 0, 1, 3");
    assertThat(Clause.of(UNITS, 6, 0, 2).describe(SPACE)).isEqualTo("units is one of 0, 2");
    assertThat(Clause.of(PRICE, 3, 0, 1).describe(SPACE)).isEqualTo("price is one of low, mid");
  }

  @Test
  void condition_matchesOnlyWhenEveryClauseAllows() {
    Condition condition = Condition.of(Clause.of(PRICE, 3, 0), Clause.of(UNITS, 6, 4, 5));

    assertThat(condition.matches(new int[] {0, 4, 0})).isTrue();
    assertThat(condition.matches(new int[] {0, 3, 0})).isFalse();
    assertThat(condition.matches(new int[] {1, 5, 0})).isFalse();
    assertThat(condition.positions()).containsExactly(PRICE, UNITS);
    assertThat(condition.describe(SPACE)).isEqualTo("price is low and units is 4 to 5");
  }

  @Test
  void condition_withoutClausesOrNamingAnIssueTwice_isRefused() {
    assertThatThrownBy(() -> new Condition(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a condition needs at least one issue");
    assertThatThrownBy(() -> Condition.of(Clause.of(UNITS, 6, 1), Clause.of(UNITS, 6, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a condition names issue 1 twice");
  }

  @Test
  void forbid_allowsWhatTheConditionDoesNotMatch() {
    RedLine forbid = new RedLine.Forbid(Condition.of(Clause.of(PRICE, 3, 2)), null);

    assertThat(forbid.allows(new int[] {2, 0, 0})).isFalse();
    assertThat(forbid.allows(new int[] {1, 0, 0})).isTrue();
    assertThat(forbid.label()).isEmpty();
    assertThat(forbid.scope()).containsExactly(PRICE);
    assertThat(forbid.explain(SPACE)).isEqualTo("no agreement where price is high");
  }

  @Test
  void require_allowsOnlyWhatTheConditionMatches() {
    RedLine require =
        new RedLine.Require(
            Condition.of(Clause.of(TERM, 3, 0), Clause.of(UNITS, 6, 1, 2)), "short and small");

    assertThat(require.allows(new int[] {0, 1, 0})).isTrue();
    assertThat(require.allows(new int[] {0, 1, 1})).isFalse();
    assertThat(require.scope()).containsExactly(UNITS, TERM);
    assertThat(require.explain(SPACE))
        .isEqualTo("\"short and small\" (only an agreement where term is 1 and units is 1 to 2)");
  }

  @Test
  void linkage_bindsOnlyWhenItsFirstConditionMatches() {
    RedLine linkage =
        new RedLine.Linkage(
            Condition.of(Clause.of(TERM, 3, 2)),
            Condition.of(Clause.of(PRICE, 3, 2), Clause.of(TERM, 3, 2)),
            "");

    assertThat(linkage.allows(new int[] {0, 0, 0})).as("when fails").isTrue();
    assertThat(linkage.allows(new int[] {2, 0, 2})).as("when and then hold").isTrue();
    assertThat(linkage.allows(new int[] {1, 0, 2})).as("when holds, then fails").isFalse();
    assertThat(linkage.scope()).as("sorted, without repeats").containsExactly(PRICE, TERM);
    assertThat(linkage.describe(SPACE)).isEqualTo("if term is 5, then price is high and term is 5");
  }

  @Test
  void withLabel_keepsTheKindAndTheRule() {
    Condition when = Condition.of(Clause.of(PRICE, 3, 0));
    Condition then = Condition.of(Clause.of(UNITS, 6, 0, 1));
    List<RedLine> redLines =
        List.of(
            new RedLine.Forbid(when, "a"),
            new RedLine.Require(then, "b"),
            new RedLine.Linkage(when, then, "c"));

    for (RedLine redLine : redLines) {
      RedLine relabelled = redLine.withLabel("new");

      assertThat(relabelled).isInstanceOf(redLine.getClass());
      assertThat(relabelled.label()).isEqualTo("new");
      assertThat(relabelled.describe(SPACE)).isEqualTo(redLine.describe(SPACE));
      assertThat(relabelled.withLabel(redLine.label())).isEqualTo(redLine);
    }
  }
}
