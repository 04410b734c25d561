package io.parley.boa;

import io.parley.catalog.Arguments;
import io.parley.catalog.Kind;
import io.parley.catalog.Parameter;
import io.parley.catalog.Registry;
import java.util.List;

/**
 * The BOA components by name, with their parameters: what {@code boa(bidding=..., model=...,
 * accept=...)} may combine. Every call builds fresh instances; components keep state and must not
 * be shared between negotiators.
 */
public final class Components {
  private Components() {}

  private static final Parameter EXPONENT =
      new Parameter(
          "e", "0.2", "concession exponent > 0: below 1 holds firm, above 1 concedes early");

  private static final Parameter ALPHA =
      new Parameter("alpha", "3", "exponent of AgentK's target curve, > 0");

  /** The bidding strategies. */
  public static final Registry<BiddingStrategy> BIDDING =
      new Registry<BiddingStrategy>(Kind.BIDDING)
          .add(
              "time-dependent",
              "Faratin, Sierra & Jennings 1998 target; offers the bid near it the opponent model"
                  + " rates best for the others",
              List.of(
                  EXPONENT,
                  new Parameter(
                      "horizon", "1", "progress (0, 1] at which the target reaches reservation"),
                  new Parameter(
                      "window", "0.1", "band above the target to choose from, share of [0, 1]"),
                  new Parameter(
                      "reoffer",
                      "true",
                      "re-offer the best package all others backed once it reaches the target"),
                  new Parameter("explore", "true", "prefer bids near the target not yet offered")),
              a ->
                  new TimeDependentBidding(
                      a.number("e"),
                      a.number("horizon"),
                      a.number("window"),
                      a.flag("reoffer"),
                      a.flag("explore")))
          .add(
              "agentk",
              "AgentK (Kawaguchi, Fujita & Ito, ANAC 2010): target from the estimated maximum the"
                  + " opponents give; random bids above it",
              List.of(ALPHA),
              a -> new AgentKBidding(a.number("alpha")))
          .add(
              "nice-tit-for-tat",
              "Nice Tit-for-Tat (Baarslag, Hindriks & Jonker 2013): mirrors the opponent's"
                  + " concession towards the estimated Nash point",
              List.of(
                  new Parameter(
                      "window", "0.02", "band above the target to choose from, share of [0, 1]")),
              a -> new NiceTitForTatBidding(a.number("window")))
          .add(
              "micro",
              "MiCRO (de Jonge 2022): concedes one step only after as many distinct offers as it"
                  + " made",
              List.of(),
              a -> new MicroBidding())
          .add(
              "atlas3",
              "Atlas3 (Mori & Ito, ANAC 2015): lower limit of concession, neighbourhood search,"
                  + " final phase on packages all others backed",
              List.of(
                  new Parameter("e", "0.1", "concession exponent of the threshold, > 0"),
                  new Parameter("final", "0.95", "progress at which the final phase starts")),
              a -> new Atlas3Bidding(a.number("e"), a.number("final")));

  /** The opponent models. */
  public static final Registry<OpponentModel> MODELS =
      new Registry<OpponentModel>(Kind.OPPONENT_MODEL)
          .add(
              "frequency",
              "HardHeaded's frequency model (van Krimpen et al. 2013): unchanged issues gain"
                  + " weight, frequent values score high",
              List.of(new Parameter("learning", "0.2", "weight added to an unchanged issue, >= 0")),
              a -> new FrequencyModel(a.number("learning")))
          .add(
              "bayesian",
              "Bayesian learning of weights and value shapes (Hindriks & Tykhonov 2008),"
                  + " scalable per-issue form",
              List.of(
                  new Parameter("levels", "5", "weight levels per issue, 1 to 20"),
                  new Parameter(
                      "concession", "0.5", "assumed opponent concession by the deadline, [0, 1]"),
                  new Parameter("sigma", "0.25", "deviation of the likelihood, > 0")),
              a ->
                  new BayesianModel(a.integer("levels"), a.number("concession"), a.number("sigma")))
          .add(
              "none",
              "learns nothing: rates every outcome 0.5 for everyone",
              List.of(),
              a -> NoModel.INSTANCE);

  /** The acceptance strategies. */
  public static final Registry<AcceptanceStrategy> ACCEPTANCE =
      new Registry<AcceptanceStrategy>(Kind.ACCEPTANCE)
          .add(
              "ac-next",
              "accept when a·u(offer) + b >= u(next bid) (Baarslag, Hindriks & Jonker 2014)",
              List.of(
                  new Parameter("a", "1", "scale, > 0"), new Parameter("b", "0", "shift, [-1, 1]")),
              a -> new AcceptNext(a.number("a"), a.number("b")))
          .add(
              "ac-const",
              "accept any offer worth at least c (Baarslag, Hindriks & Jonker 2014)",
              List.of(new Parameter("c", "0.9", "threshold utility, [0, 1]")),
              a -> new AcceptConstant(a.number("c")))
          .add(
              "ac-time",
              "accept any acceptable offer from progress t on (Baarslag, Hindriks & Jonker 2014)",
              List.of(new Parameter("t", "0.99", "progress, [0, 1]")),
              a -> new AcceptTime(a.number("t")))
          .add(
              "ac-combi",
              "AC_next, or from progress t the best offer of the last 1 - t of time"
                  + " (Baarslag, Hindriks & Jonker 2014, AC_combi(T, MAX^W))",
              List.of(new Parameter("t", "0.98", "progress from which it may settle, [0, 1]")),
              a -> new AcceptCombi(a.number("t")))
          .add(
              "agentk",
              "AgentK: the target, or with probability t^5/5 + (u - emax) + (u - target)",
              List.of(ALPHA),
              a -> new AgentKAcceptance(a.number("alpha")))
          .add(
              "micro",
              "MiCRO: anything as good as the least it is prepared to propose now",
              List.of(),
              a -> new MicroAcceptance());

  /** A fresh bidding strategy for {@code arguments}' parameter {@code key}. */
  static BiddingStrategy bidding(Arguments arguments, String key) {
    return BIDDING.create(arguments.spec(key), at(arguments, key));
  }

  /** A fresh opponent model for {@code arguments}' parameter {@code key}. */
  static OpponentModel model(Arguments arguments, String key) {
    return MODELS.create(arguments.spec(key), at(arguments, key));
  }

  /** A fresh acceptance strategy for {@code arguments}' parameter {@code key}. */
  static AcceptanceStrategy acceptance(Arguments arguments, String key) {
    return ACCEPTANCE.create(arguments.spec(key), at(arguments, key));
  }

  private static String at(Arguments arguments, String key) {
    return "at " + key + "= of " + arguments.entry().name() + " " + arguments.where();
  }
}
