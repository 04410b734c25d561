package io.parley.protocol;

/** Creates the mechanism of a setup's protocol. */
public final class Mechanisms {
  private Mechanisms() {}

  /** A fresh mechanism for {@code setup}, before its first step. */
  public static Mechanism create(NegotiationSetup setup) {
    return switch (setup.protocol()) {
      case ALTERNATING_OFFERS -> new AlternatingOffersMechanism(setup);
      case SINGLE_TEXT, SHUTTLE -> new SingleTextMechanism(setup);
    };
  }
}
