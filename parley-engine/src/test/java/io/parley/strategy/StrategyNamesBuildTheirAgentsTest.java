package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.boa.Components;
import io.parley.catalog.CatalogEntry;
import io.parley.catalog.Kind;
import io.parley.elicitation.ElicitingMediator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shipped name builds its own agent, the catalog lists every kind in its documented order,
 * and {@link Strategies#description} describes negotiators and mediators only.
 */
class StrategyNamesBuildTheirAgentsTest {

  @Test
  void everyShippedNegotiatorName_buildsItsNegotiator() {
    assertThat(Strategies.negotiator("linear"))
        .isInstanceOfSatisfying(
            TimeDependentNegotiator.class,
            n -> assertThat(n.exponent()).isEqualTo(TimeDependentNegotiator.LINEAR));
    assertThat(Strategies.negotiator("time-dependent"))
        .isInstanceOfSatisfying(
            TimeDependentNegotiator.class, n -> assertThat(n.exponent()).isEqualTo(0.2));
    assertThat(Strategies.negotiator("time-dependent(e=3.5)"))
        .isInstanceOfSatisfying(
            TimeDependentNegotiator.class, n -> assertThat(n.exponent()).isEqualTo(3.5));
    assertThatThrownBy(() -> Strategies.negotiator("time-dependent(e=0)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time-dependent")
        .hasMessageContaining("concession exponent 0.0");
  }

  @Test
  void everyShippedMediatorName_buildsItsMediator() {
    assertThat(Strategies.mediator("split-the-difference"))
        .isInstanceOf(SplitTheDifferenceMediator.class);
    assertThat(Strategies.mediator("amendment-merging"))
        .isInstanceOf(AmendmentMergingMediator.class);
    assertThat(Strategies.mediator("listening")).isInstanceOf(ListeningMediator.class);
    assertThat(Strategies.mediator("eliciting")).isInstanceOf(ElicitingMediator.class);
    assertThat(Strategies.mediator("eliciting(reasons=false)"))
        .isInstanceOf(ElicitingMediator.class);
  }

  @Test
  void catalog_listsNegotiatorsMediatorsThenTheBoaComponents() {
    List<CatalogEntry> catalog = Strategies.catalog();

    List<String> expected = new ArrayList<>();
    Strategies.shippedNegotiatorNames().forEach(n -> expected.add("negotiator " + n));
    Strategies.shippedMediatorNames().forEach(n -> expected.add("mediator " + n));
    Components.BIDDING.names().forEach(n -> expected.add("bidding strategy " + n));
    Components.MODELS.names().forEach(n -> expected.add("opponent model " + n));
    Components.ACCEPTANCE.names().forEach(n -> expected.add("acceptance strategy " + n));
    assertThat(catalog)
        .extracting(e -> e.kind().label() + " " + e.name())
        .containsExactlyElementsOf(expected);
    assertThat(catalog).extracting(CatalogEntry::kind).contains(Kind.values());
    assertThatThrownBy(() -> catalog.add(catalog.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void description_ofANegotiatorOrMediator_isItsCatalogLine() {
    assertThat(Strategies.description("hardliner"))
        .isEqualTo("never concedes: offers its best and accepts only its best");
    assertThat(Strategies.description("nash-seeking"))
        .isEqualTo(
            "proposes the Nash package of the preferences confided to it, else splits the"
                + " difference");
    // "time-dependent" is a negotiator and a bidding strategy: the negotiator's line is given.
    assertThat(Strategies.description("time-dependent"))
        .isEqualTo("time-dependent with any concession exponent (Faratin, Sierra & Jennings 1998)");
  }

  @Test
  void description_ofAComponentOnly_isRefusedListingTheStrategies() {
    String model = Components.MODELS.names().get(0);
    String acceptance = Components.ACCEPTANCE.names().get(0);

    for (String component : List.of(model, acceptance)) {
      assertThat(Strategies.negotiatorNames()).doesNotContain(component);
      assertThatThrownBy(() -> Strategies.description(component))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "unknown strategy '"
                  + component
                  + "'; negotiators: "
                  + String.join(", ", Strategies.negotiatorNames())
                  + "; mediators: "
                  + String.join(", ", Strategies.mediatorNames()));
    }
  }
}
