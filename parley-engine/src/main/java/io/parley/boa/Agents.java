package io.parley.boa;

import io.parley.catalog.Parameter;
import io.parley.catalog.Registry;
import io.parley.negotiator.Negotiator;
import java.util.List;

/**
 * The negotiators built from BOA components: {@code boa(...)}, which composes any bidding strategy,
 * opponent model and acceptance strategy, and the published agents, each a fixed composition of its
 * own components.
 */
public final class Agents {
  private Agents() {}

  /** Adds the BOA negotiators to {@code registry}; returns it. */
  public static Registry<Negotiator> addTo(Registry<Negotiator> registry) {
    return registry
        .add(
            "boa",
            "any bidding strategy, opponent model and acceptance strategy (Baarslag et al. 2014);"
                + " the defaults are Parley's default agent",
            List.of(
                new Parameter(
                    "bidding", "time-dependent(horizon=0.9)", "a bidding strategy, see below"),
                new Parameter("model", "frequency", "an opponent model, see below"),
                new Parameter("accept", "ac-combi(t=0.9)", "an acceptance strategy, see below")),
            a ->
                new BoaNegotiator(
                    "boa",
                    Components.bidding(a, "bidding"),
                    Components.model(a, "model"),
                    Components.acceptance(a, "accept")))
        .add(
            "hardheaded",
            "HardHeaded (van Krimpen, Looije & Hajizadeh, ANAC 2011): very Boulware, frequency"
                + " model picks its bids, AC_next",
            List.of(new Parameter("e", "0.05", "concession exponent > 0")),
            a ->
                compose(
                    "hardheaded",
                    new TimeDependentBidding(a.number("e"), 1, 0.05, true, true),
                    new FrequencyModel(0.2),
                    AcceptNext.plain()))
        .add(
            "agentk",
            "AgentK (Kawaguchi, Fujita & Ito, ANAC 2010): estimated maximum utility, probabilistic"
                + " acceptance",
            List.of(new Parameter("alpha", "3", "exponent of the target curve, > 0")),
            a ->
                compose(
                    "agentk",
                    new AgentKBidding(a.number("alpha")),
                    NoModel.INSTANCE,
                    new AgentKAcceptance(a.number("alpha"))))
        .add(
            "nice-tit-for-tat",
            "Nice Tit-for-Tat (Baarslag, Hindriks & Jonker 2013): reciprocates concessions"
                + " relative to the estimated Nash point",
            List.of(),
            a ->
                compose(
                    "nice-tit-for-tat",
                    new NiceTitForTatBidding(0.02),
                    new BayesianModel(5, 0.5, 0.25),
                    new AcceptCombi(0.98)))
        .add(
            "micro",
            "MiCRO (de Jonge, IJCAI 2022): concedes one step per new offer received",
            List.of(),
            a -> compose("micro", new MicroBidding(), NoModel.INSTANCE, new MicroAcceptance()))
        .add(
            "atlas3",
            "Atlas3 (Mori & Ito, ANAC 2015), multilateral: lower limit of concession, final phase"
                + " on packages all others backed",
            List.of(),
            a ->
                compose(
                    "atlas3",
                    new Atlas3Bidding(0.1, 0.95),
                    new FrequencyModel(0.2),
                    new AcceptCombi(0.95)));
  }

  private static BoaNegotiator compose(
      String name, BiddingStrategy bidding, OpponentModel model, AcceptanceStrategy acceptance) {
    return new BoaNegotiator(name, bidding, model, acceptance);
  }
}
