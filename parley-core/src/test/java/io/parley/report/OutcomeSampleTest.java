package io.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutcomeSampleTest {

  @Test
  void draw_spaceWithinLimit_returnsEveryOutcomeInOrder() {
    var space = OutcomeSpace.of(DiscreteIssue.of("p", "a", "b"), IntegerIssue.of("q", 0, 2));

    List<Outcome> all = OutcomeSample.draw(space, 6, new SplittableRandom(1));

    assertThat(all).hasSize(6).isSorted().doesNotHaveDuplicates();
    assertThat(all.get(5)).isEqualTo(Outcome.of(1, 2));
  }

  @Test
  void draw_largerSpace_returnsLimitDistinctOutcomesReproducibly() {
    var space = OutcomeSpace.of(IntegerIssue.of("p", 0, 999), IntegerIssue.of("q", 0, 999));

    List<Outcome> first = OutcomeSample.draw(space, 1000, new SplittableRandom(3));
    List<Outcome> again = OutcomeSample.draw(space, 1000, new SplittableRandom(3));

    assertThat(first).hasSize(1000).isSorted().doesNotHaveDuplicates().isEqualTo(again);
  }

  @Test
  void draw_limitOneBelowSize_omitsExactlyOne() {
    var space = OutcomeSpace.of(IntegerIssue.of("p", 0, 99));

    List<Outcome> sample = OutcomeSample.draw(space, 99, new SplittableRandom(5));

    assertThat(new HashSet<>(sample)).hasSize(99);
  }

  @Test
  void draw_spaceBeyondLong_samplesPerIssue() {
    var big = new IntegerIssue("p", "p", 0, 9_999_999, 1);
    var space =
        OutcomeSpace.of(
            big,
            new IntegerIssue("q", "q", 0, 9_999_999, 1),
            new IntegerIssue("r", "r", 0, 9_999_999, 1));
    assertThat(space.size()).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));

    List<Outcome> sample = OutcomeSample.draw(space, 50, new SplittableRandom(9));

    assertThat(sample).hasSize(50).isSorted().doesNotHaveDuplicates();
    sample.forEach(space::check);
    assertThat(OutcomeSample.draw(space, 50, new SplittableRandom(9))).isEqualTo(sample);
  }

  @Test
  void draw_nonPositiveLimit_throws() {
    var space = OutcomeSpace.of(IntegerIssue.of("p", 0, 9));

    assertThatThrownBy(() -> OutcomeSample.draw(space, 0, new SplittableRandom(1)))
        .hasMessageContaining("sample size 0");
  }
}
