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
    return registry.add(
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
                Components.acceptance(a, "accept")));
  }
}
