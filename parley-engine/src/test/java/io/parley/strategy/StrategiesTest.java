package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrategiesTest {

  @Test
  void names_listTheShippedStrategiesInOrder() {
    assertThat(Strategies.negotiatorNames())
        .startsWith(
            "boulware",
            "linear",
            "conceder",
            "time-dependent",
            "hardliner",
            "tit-for-tat",
            "random",
            "boa")
        .doesNotHaveDuplicates();
    assertThat(Strategies.mediatorNames())
        .containsExactly(
            "split-the-difference",
            "hill-climbing",
            "nash-seeking",
            "amendment-merging",
            "listening",
            "eliciting");
  }

  @Test
  void negotiatorAndMediator_returnAFreshInstanceOfTheNamedKind() {
    assertThat(Strategies.negotiator("boulware"))
        .isInstanceOfSatisfying(
            TimeDependentNegotiator.class,
            n -> assertThat(n.exponent()).isEqualTo(TimeDependentNegotiator.BOULWARE));
    assertThat(Strategies.negotiator("conceder"))
        .isInstanceOfSatisfying(
            TimeDependentNegotiator.class,
            n -> assertThat(n.exponent()).isEqualTo(TimeDependentNegotiator.CONCEDER));
    assertThat(Strategies.negotiator("hardliner")).isInstanceOf(HardlinerNegotiator.class);
    assertThat(Strategies.negotiator("tit-for-tat")).isInstanceOf(TitForTatNegotiator.class);
    assertThat(Strategies.negotiator("random")).isInstanceOf(RandomNegotiator.class);
    assertThat(Strategies.mediator("hill-climbing")).isInstanceOf(HillClimbingMediator.class);
    assertThat(Strategies.mediator("nash-seeking")).isInstanceOf(NashSeekingMediator.class);
    for (String name : Strategies.negotiatorNames()) {
      assertThat(Strategies.negotiator(name)).isNotSameAs(Strategies.negotiator(name));
    }
    for (String name : Strategies.mediatorNames()) {
      assertThat(Strategies.mediator(name)).isNotSameAs(Strategies.mediator(name));
    }
  }

  @Test
  void description_everyNameHasOneLine() {
    for (String name : Strategies.negotiatorNames()) {
      assertThat(Strategies.description(name)).isNotBlank().doesNotContain("\n");
    }
    for (String name : Strategies.mediatorNames()) {
      assertThat(Strategies.description(name)).isNotBlank().doesNotContain("\n");
    }
  }

  @Test
  void unknownName_throwsListingTheKnownOnes() {
    assertThatThrownBy(() -> Strategies.negotiator("boulwere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "unknown negotiator 'boulwere' in 'boulwere'; known: boulware, linear, conceder,"
                + " time-dependent, hardliner, tit-for-tat, random, boa");
    assertThatThrownBy(() -> Strategies.mediator("nash"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "unknown mediator 'nash' in 'nash'; known: split-the-difference, hill-climbing,"
                + " nash-seeking, amendment-merging");
    assertThatThrownBy(() -> Strategies.description("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negotiators: boulware")
        .hasMessageContaining("mediators: split-the-difference");
  }
}
