package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.negotiator.Negotiator;
import io.parley.strategy.Strategies;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every BOA component accepts its parameters up to the ends of their documented ranges and refuses
 * the first value past each end, naming the value; the catalog builds every component with the
 * parameters written in the spec (the published agents with the fixed parts their papers give).
 */
class ComponentParameterRangesTest {

  private static void refused(Runnable build, String message) {
    assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void exponentsAndScales_mustBeFiniteAndPositive() {
    for (double bad : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      refused(
          () -> new TimeDependentBidding(bad, 1, 0, true, true),
          "e = " + bad + " is not a finite number > 0");
      refused(() -> new Atlas3Bidding(bad, 0.5), "e = " + bad + " is not a finite number > 0");
      refused(() -> new AgentKBidding(bad), "alpha = " + bad + " is not a finite number > 0");
      refused(() -> new AgentKAcceptance(bad), "alpha = " + bad + " is not a finite number > 0");
      refused(() -> new AcceptNext(bad, 0), "a = " + bad + " is not a finite number > 0");
      refused(
          () -> new BayesianModel(5, 0.5, bad), "sigma = " + bad + " is not a finite number > 0");
    }
    double tiny = Double.MIN_VALUE;
    assertThat(new TimeDependentBidding(tiny, 1, 0, true, true).exponent()).isEqualTo(tiny);
    assertThat(new AgentKBidding(tiny).alpha()).isEqualTo(tiny);
    assertThat(new AgentKAcceptance(tiny).alpha()).isEqualTo(tiny);
    assertThat(new AcceptNext(tiny, 0).scale()).isEqualTo(tiny);
    new Atlas3Bidding(tiny, 0.5);
    new BayesianModel(5, 0.5, tiny);
  }

  @Test
  void learningRate_mustBeFiniteAndNotNegative() {
    for (double bad : new double[] {-Double.MIN_VALUE, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      refused(() -> new FrequencyModel(bad), "learning = " + bad + " is not a finite number >= 0");
    }
    new FrequencyModel(0);
  }

  @Test
  void sharesOfTimeAndUtility_mustLieInTheUnitInterval() {
    double below = -Math.ulp(1.0);
    double above = 1 + Math.ulp(1.0);
    for (double bad : new double[] {below, above, Double.NaN}) {
      refused(
          () -> new TimeDependentBidding(1, 1, bad, true, true),
          "window = " + bad + " is outside [0, 1]");
      refused(() -> new NiceTitForTatBidding(bad), "window = " + bad + " is outside [0, 1]");
      refused(() -> new Atlas3Bidding(1, bad), "final = " + bad + " is outside [0, 1]");
      refused(() -> new AcceptCombi(bad), "t = " + bad + " is outside [0, 1]");
      refused(() -> new AcceptTime(bad), "t = " + bad + " is outside [0, 1]");
      refused(() -> new AcceptConstant(bad), "c = " + bad + " is outside [0, 1]");
      refused(() -> new BayesianModel(5, bad, 0.25), "concession = " + bad + " is outside [0, 1]");
    }
    for (double edge : new double[] {0, 1}) {
      assertThat(new TimeDependentBidding(1, 1, edge, true, true).window()).isEqualTo(edge);
      new NiceTitForTatBidding(edge);
      new Atlas3Bidding(1, edge);
      assertThat(new AcceptCombi(edge).time()).isEqualTo(edge);
      assertThat(new AcceptTime(edge).time()).isEqualTo(edge);
      assertThat(new AcceptConstant(edge).threshold()).isEqualTo(edge);
      new BayesianModel(5, edge, 0.25);
    }
    for (double bad : new double[] {0, -0.1, above, Double.NaN}) {
      refused(
          () -> new TimeDependentBidding(1, bad, 0, true, true),
          "horizon = " + bad + " is outside (0, 1]");
    }
    assertThat(new TimeDependentBidding(1, 1, 0, true, true).horizon()).isEqualTo(1);
    assertThat(new TimeDependentBidding(1, Double.MIN_VALUE, 0, true, true).horizon())
        .isEqualTo(Double.MIN_VALUE);
    for (double bad : new double[] {-1 - Math.ulp(1.0), 1 + Math.ulp(1.0), Double.NaN}) {
      refused(() -> new AcceptNext(1, bad), "b = " + bad + " is outside [-1, 1]");
    }
    assertThat(new AcceptNext(1, -1).shift()).isEqualTo(-1);
    assertThat(new AcceptNext(1, 1).shift()).isEqualTo(1);
  }

  @Test
  void bayesianLevels_runFromOneToTwenty() {
    refused(() -> new BayesianModel(0, 0.5, 0.25), "levels = 0 is outside [1, 20]");
    refused(() -> new BayesianModel(21, 0.5, 0.25), "levels = 21 is outside [1, 20]");
    new BayesianModel(1, 0.5, 0.25);
    new BayesianModel(20, 0.5, 0.25);
  }

  private static void boa(String spec, Consumer<BoaNegotiator> check) {
    Negotiator negotiator = Strategies.negotiator(spec);
    assertThat(negotiator).isInstanceOf(BoaNegotiator.class);
    check.accept((BoaNegotiator) negotiator);
  }

  @Test
  void catalog_buildsEachComponentWithTheParametersWritten() {
    boa(
        "boa(bidding=time-dependent(e=0.3, horizon=0.7, window=0.4, reoffer=false, explore=false),"
            + " model=none, accept=ac-next(a=1.5, b=-0.25))",
        n -> {
          assertThat(n.name()).isEqualTo("boa");
          assertThat(n.bidding()).isEqualTo(new TimeDependentBidding(0.3, 0.7, 0.4, false, false));
          assertThat(n.model()).isSameAs(NoModel.INSTANCE);
          assertThat(n.acceptance()).isEqualTo(new AcceptNext(1.5, -0.25));
        });
    boa(
        "boa(bidding=agentk(alpha=2), model=frequency(learning=0.3), accept=ac-const(c=0.7))",
        n -> {
          assertThat(n.bidding()).isEqualTo(new AgentKBidding(2));
          assertThat(n.model()).isInstanceOf(FrequencyModel.class);
          assertThat(n.acceptance()).isEqualTo(new AcceptConstant(0.7));
        });
    boa(
        "boa(bidding=nice-tit-for-tat(window=0.3), model=bayesian(levels=2, concession=0.4,"
            + " sigma=0.1), accept=ac-time(t=0.8))",
        n -> {
          assertThat(n.bidding()).isInstanceOf(NiceTitForTatBidding.class);
          assertThat(n.model()).isInstanceOf(BayesianModel.class);
          assertThat(n.acceptance()).isEqualTo(new AcceptTime(0.8));
        });
    boa(
        "boa(bidding=atlas3(e=0.2, final=0.9), accept=agentk(alpha=4))",
        n -> {
          assertThat(n.bidding()).isInstanceOf(Atlas3Bidding.class);
          assertThat(n.acceptance()).isEqualTo(new AgentKAcceptance(4));
        });
    boa(
        "boa(bidding=micro, accept=micro)",
        n -> {
          assertThat(n.bidding()).isInstanceOf(MicroBidding.class);
          assertThat(n.acceptance()).isInstanceOf(MicroAcceptance.class);
        });
  }

  @Test
  void agents_registerTheComposedNegotiatorAndThePublishedAgents_inOrder() {
    var registry = new io.parley.catalog.Registry<Negotiator>(io.parley.catalog.Kind.NEGOTIATOR);
    assertThat(Agents.addTo(registry)).isSameAs(registry);
    assertThat(registry.names())
        .containsExactly("boa", "hardheaded", "agentk", "nice-tit-for-tat", "micro", "atlas3");
  }

  @Test
  void aBadComponent_isNamedWithTheParameterAndTheSpecItStandsIn() {
    assertThatThrownBy(() -> Strategies.negotiator("boa(accept=ac-time(t=2))"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bad parameters for acceptance strategy 'ac-time' at accept= of boa in"
                + " 'boa(accept=ac-time(t=2))': t = 2.0 is outside [0, 1]");
  }

  @Test
  void publishedAgents_areTheirPapersCompositions() {
    boa(
        "hardheaded(e=0.1)",
        n -> {
          assertThat(n.name()).isEqualTo("hardheaded");
          assertThat(n.bidding()).isEqualTo(new TimeDependentBidding(0.1, 1, 0.05, true, true));
          assertThat(n.model()).isInstanceOf(FrequencyModel.class);
          assertThat(n.acceptance()).isEqualTo(AcceptNext.plain());
        });
    boa(
        "agentk(alpha=2)",
        n -> {
          assertThat(n.name()).isEqualTo("agentk");
          assertThat(n.bidding()).isEqualTo(new AgentKBidding(2));
          assertThat(n.model()).isSameAs(NoModel.INSTANCE);
          assertThat(n.acceptance()).isEqualTo(new AgentKAcceptance(2));
        });
    boa(
        "nice-tit-for-tat",
        n -> {
          assertThat(n.name()).isEqualTo("nice-tit-for-tat");
          assertThat(n.bidding()).isInstanceOf(NiceTitForTatBidding.class);
          assertThat(n.model()).isInstanceOf(BayesianModel.class);
          assertThat(n.acceptance()).isEqualTo(new AcceptCombi(0.98));
        });
    boa(
        "micro",
        n -> {
          assertThat(n.name()).isEqualTo("micro");
          assertThat(n.model()).isSameAs(NoModel.INSTANCE);
          assertThat(n.acceptance()).isInstanceOf(MicroAcceptance.class);
        });
    boa(
        "atlas3",
        n -> {
          assertThat(n.name()).isEqualTo("atlas3");
          assertThat(n.bidding()).isInstanceOf(Atlas3Bidding.class);
          assertThat(n.model()).isInstanceOf(FrequencyModel.class);
          assertThat(n.acceptance()).isEqualTo(new AcceptCombi(0.95));
        });
  }
}
