package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.boa.AcceptCombi;
import io.parley.boa.BayesianModel;
import io.parley.boa.BoaNegotiator;
import io.parley.boa.TimeDependentBidding;
import io.parley.catalog.CatalogEntry;
import io.parley.catalog.Kind;
import io.parley.catalog.StrategySpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec grammar of Strategies.negotiator / mediator and the catalog behind it. */
class StrategySpecTest {

  @Test
  void parse_readsNestedSpecsWithBlanks() {
    StrategySpec spec =
        StrategySpec.parse(" boa( bidding = time-dependent(e=0.5) , accept=ac-combi(t=0.98)) ");
    assertThat(spec.name()).isEqualTo("boa");
    assertThat(spec.arguments().keySet()).containsExactly("bidding", "accept");
    assertThat(spec.arguments().get("bidding").name()).isEqualTo("time-dependent");
    assertThat(spec.arguments().get("bidding").arguments().get("e").name()).isEqualTo("0.5");
    assertThat(StrategySpec.parse("boulware()").isBare()).isTrue();
  }

  @Test
  void negotiator_buildsTheNamedCombinationWithItsParameters() {
    var negotiator =
        Strategies.negotiator(
            "boa(bidding=time-dependent(e=0.5, window=0.2), model=bayesian(levels=3),"
                + " accept=ac-combi(t=0.97))");
    assertThat(negotiator)
        .isInstanceOfSatisfying(
            BoaNegotiator.class,
            boa -> {
              assertThat(boa.bidding())
                  .isEqualTo(new TimeDependentBidding(0.5, 1, 0.2, true, true));
              assertThat(boa.model()).isInstanceOf(BayesianModel.class);
              assertThat(boa.acceptance()).isEqualTo(new AcceptCombi(0.97));
            });
    assertThat(Strategies.negotiator("time-dependent(e=0.5)"))
        .isInstanceOfSatisfying(
            TimeDependentNegotiator.class, n -> assertThat(n.exponent()).isEqualTo(0.5));
    assertThat(Strategies.negotiator("boa"))
        .isInstanceOfSatisfying(
            BoaNegotiator.class,
            boa -> {
              assertThat(boa.bidding())
                  .as("the default agent's defaults")
                  .isEqualTo(new TimeDependentBidding(0.2, 0.9, 0.1, true, true));
              assertThat(boa.acceptance()).isEqualTo(new AcceptCombi(0.9));
            });
    for (String name : List.of("hardheaded", "agentk", "nice-tit-for-tat", "micro", "atlas3")) {
      assertThat(Strategies.negotiatorNames()).contains(name);
      assertThat(Strategies.negotiator(name)).isInstanceOf(BoaNegotiator.class);
    }
  }

  @Test
  void errors_nameWhatAndWhereAndListWhatIsKnown() {
    assertThatThrownBy(() -> Strategies.negotiator("boa(model=freq)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown opponent model 'freq' at model= of boa in 'boa(model=freq)'; known:"
                + " frequency, bayesian, none");
    assertThatThrownBy(() -> Strategies.negotiator("boa(accept=ac-next(c=1))"))
        .hasMessageStartingWith(
            "unknown parameter 'c' for acceptance strategy 'ac-next' at accept= of boa in"
                + " 'boa(accept=ac-next(c=1))'; parameters: a=1")
        .hasMessageContaining("b=0");
    assertThatThrownBy(() -> Strategies.negotiator("time-dependent(e=fast)"))
        .hasMessageStartingWith(
            "bad parameter e=fast for negotiator 'time-dependent' in 'time-dependent(e=fast)':"
                + " not a number; parameters: e=0.2");
    assertThatThrownBy(() -> Strategies.negotiator("time-dependent(e=-1)"))
        .hasMessage(
            "bad parameters for negotiator 'time-dependent' in 'time-dependent(e=-1)':"
                + " concession exponent -1.0 is not a finite number > 0");
    assertThatThrownBy(() -> Strategies.negotiator("boa(accept=ac-const(c=2))"))
        .hasMessageContaining("ac-const")
        .hasMessageContaining("c = 2.0 is outside [0, 1]");
    assertThatThrownBy(() -> Strategies.negotiator("boa(bidding=micro(x=1))"))
        .hasMessageContaining("unknown parameter 'x' for bidding strategy 'micro'")
        .hasMessageContaining("it takes no parameters");
    assertThatThrownBy(() -> Strategies.negotiator("boa(bidding=time-dependent(e=0.2)"))
        .hasMessageStartingWith("bad strategy spec 'boa(bidding=time-dependent(e=0.2)':")
        .hasMessageContaining("expected ')' at position 34 (end of text)");
    assertThatThrownBy(() -> Strategies.negotiator("boa(model=none, model=frequency)"))
        .hasMessageContaining("parameter 'model' given twice");
    assertThatThrownBy(() -> Strategies.mediator("hill-climbing(steps=3)"))
        .hasMessageContaining("unknown parameter 'steps' for mediator 'hill-climbing'");
    assertThatThrownBy(() -> Strategies.negotiator(""))
        .hasMessageContaining("expected a name at position 1");
  }

  @Test
  void catalog_listsEveryStrategyAndComponentWithParameters() {
    List<CatalogEntry> catalog = Strategies.catalog();
    for (Kind kind : Kind.values()) {
      assertThat(catalog).anyMatch(e -> e.kind() == kind);
    }
    for (String name : Strategies.negotiatorNames()) {
      assertThat(catalog).anyMatch(e -> e.kind() == Kind.NEGOTIATOR && e.name().equals(name));
      assertThat(Strategies.negotiator(name)).isNotNull();
    }
    for (CatalogEntry entry : catalog) {
      assertThat(entry.description()).isNotBlank().doesNotContain("\n");
      // Every default is itself valid: building with every parameter spelled out works.
      if (entry.kind() == Kind.NEGOTIATOR) {
        assertThat(Strategies.negotiator(entry.signature())).isNotNull();
      } else if (entry.kind() != Kind.MEDIATOR) {
        String key =
            switch (entry.kind()) {
              case BIDDING -> "bidding";
              case OPPONENT_MODEL -> "model";
              default -> "accept";
            };
        assertThat(Strategies.negotiator("boa(" + key + "=" + entry.signature() + ")")).isNotNull();
      }
    }
    assertThat(catalog.stream().filter(e -> e.name().equals("time-dependent")).toList())
        .anySatisfy(e -> assertThat(e.signature()).startsWith("time-dependent(e=0.2, horizon=1"));
  }
}
