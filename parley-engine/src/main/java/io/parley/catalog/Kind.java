package io.parley.catalog;

/** What a catalog entry builds. */
public enum Kind {
  /** A party's negotiator, as {@code --negotiator} names it. */
  NEGOTIATOR("negotiator"),
  /** A mediator, as {@code --mediator} names it. */
  MEDIATOR("mediator"),
  /** A BOA bidding strategy ({@code bidding=} of {@code boa}). */
  BIDDING("bidding strategy"),
  /** A BOA opponent model ({@code model=} of {@code boa}). */
  OPPONENT_MODEL("opponent model"),
  /** A BOA acceptance strategy ({@code accept=} of {@code boa}). */
  ACCEPTANCE("acceptance strategy");

  private final String label;

  Kind(String label) {
    this.label = label;
  }

  /** The kind in plain words: {@code bidding strategy}. */
  public String label() {
    return label;
  }
}
