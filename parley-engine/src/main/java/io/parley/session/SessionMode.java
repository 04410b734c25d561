package io.parley.session;

/** How the participants meet in a session. */
public enum SessionMode {
  /** Everyone attending is in the process together (the text goes to all at once). */
  PLENARY("plenary"),
  /** A broker meets the attending parties one by one, carrying the text between them. */
  SHUTTLE("shuttle");

  private final String key;

  SessionMode(String key) {
    this.key = key;
  }

  /** The name used in files and outputs. */
  public String key() {
    return key;
  }

  /**
   * The mode named {@code key}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static SessionMode of(String key) {
    for (SessionMode mode : values()) {
      if (mode.key.equals(key)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "unknown session mode '" + key + "'; expected plenary or shuttle");
  }
}
