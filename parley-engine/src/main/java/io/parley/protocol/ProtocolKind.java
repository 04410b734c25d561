package io.parley.protocol;

/** The protocols Parley runs. */
public enum ProtocolKind {
  /**
   * Alternating offers; with more than two parties the stacked multilateral form of ANAC's SAOP: in
   * turn each party accepts the standing offer, makes a new one, or walks away; agreement when all
   * others accept.
   */
  ALTERNATING_OFFERS("alternating-offers"),
  /**
   * Mediated single negotiating text: the mediator drafts a complete package, each party privately
   * accepts, rejects or proposes amendments, the mediator revises; agreement when every party
   * accepts the same text (Fisher's one-text procedure, as used at Camp David).
   */
  SINGLE_TEXT("single-text"),
  /**
   * Shuttle relay: parties talk only to mediators; a broker meets each party alone and decides what
   * text to carry to the next.
   */
  SHUTTLE("shuttle");

  private final String key;

  ProtocolKind(String key) {
    this.key = key;
  }

  /** The name used in files and on the command line. */
  public String key() {
    return key;
  }

  /**
   * The protocol named {@code key}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static ProtocolKind of(String key) {
    for (ProtocolKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown protocol '" + key + "'; expected alternating-offers, single-text or shuttle");
  }
}
