package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The block limit is inclusive: red lines that tie issues into exactly {@link
 * AgreementSpace#MAX_BLOCK_ASSIGNMENTS} joint assignments are enumerated ({@code
 * AnalysisLimitsTest} refuses one beyond it), and so is a utility that is not linear additive over
 * exactly that many outcomes. The first test has no party, so its block holds only the 20,000,000
 * assignment codes (80 MB) while they are enumerated; the second evaluates one party's utility at
 * every outcome (240 MB, a few seconds).
 */
class BlockLimitBoundaryTest {
  @Test
  void redLinesTyingExactlyTheBlockLimit_areEnumerated() {
    OutcomeSpace space =
        OutcomeSpace.of(IntegerIssue.of("wide", 0, 4_999), IntegerIssue.of("broad", 0, 3_999));
    // Forbids every outcome whose first value is not the first: 4,000 feasible outcomes remain.
    RedLine onlyTheFirstWide =
        new RedLine.Forbid(
            Condition.of(
                Clause.of(0, 5_000, IntStream.range(1, 5_000).toArray()),
                Clause.of(1, 4_000, IntStream.range(0, 4_000).toArray())),
            "");

    AgreementSpace agreement =
        new AgreementSpace(space, List.of(), List.of(), new double[0], List.of(onlyTheFirstWide));

    assertThat(5_000L * 4_000).isEqualTo(AgreementSpace.MAX_BLOCK_ASSIGNMENTS);
    assertThat(agreement.blocks()).hasSize(1);
    assertThat(agreement.feasibleCount()).isEqualTo(BigInteger.valueOf(4_000));
  }

  @Test
  void aUtilityThatIsNotLinear_overExactlyTheBlockLimit_isEnumerated() {
    OutcomeSpace space =
        OutcomeSpace.of(IntegerIssue.of("wide", 0, 4_999), IntegerIssue.of("broad", 0, 3_999));
    ValueFunction rising = new LinearValueFunction(0, 1);
    var capped = new CappedAdditiveUtility(space, List.of(0.75, 0.75), List.of(rising, rising));

    AgreementSpace agreement =
        new AgreementSpace(space, List.of("capped"), List.of(capped), new double[] {0}, List.of());

    assertThat(space.size()).isEqualTo(BigInteger.valueOf(AgreementSpace.MAX_BLOCK_ASSIGNMENTS));
    assertThat(agreement.blocks()).hasSize(1);
    assertThat(agreement.feasibleCount()).isEqualTo(space.size());
  }
}
