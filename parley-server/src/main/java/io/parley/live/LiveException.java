package io.parley.live;

import io.parley.live.log.Quarantine;

/**
 * A request the live negotiation refuses, with the reason in plain words naming the field or the
 * rule. The {@link Kind} says how an adapter should answer it; the negotiation's log is unchanged
 * whenever one is thrown.
 */
public final class LiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a request is refused. */
  public enum Kind {
    /** Malformed or invalid input: unknown field, wrong type, unknown issue value, out of range. */
    BAD_INPUT,
    /** No credentials, or credentials that are unknown or revoked. */
    UNAUTHORIZED,
    /** Valid credentials that do not allow this request. */
    FORBIDDEN,
    /** The thing named does not exist (or is not visible to the caller). */
    NOT_FOUND,
    /** Valid input that the negotiation's state does not allow now: out of turn, after the end. */
    CONFLICT,
    /**
     * The negotiation's event log failed verification (changed behind the server's back): it is not
     * served until its store is repaired; other negotiations are.
     */
    QUARANTINED
  }

  private final Kind kind;
  private final transient java.util.Optional<String> state;

  public LiveException(Kind kind, String message) {
    this(kind, message, java.util.Optional.empty());
  }

  private LiveException(Kind kind, String message, java.util.Optional<String> state) {
    super(message);
    this.kind = kind;
    this.state = state;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The negotiation's state ({@code agreed} or {@code ended}) when the refusal is because the
   * negotiation has ended; empty otherwise.
   */
  public java.util.Optional<String> state() {
    return state;
  }

  /** A CONFLICT because the negotiation has ended in {@code status}. */
  public static LiveException ended(io.parley.live.state.Status status, String message) {
    return new LiveException(Kind.CONFLICT, message, java.util.Optional.of(status.wire()));
  }

  public static LiveException badInput(String message) {
    return new LiveException(Kind.BAD_INPUT, message);
  }

  static LiveException unauthorized(String message) {
    return new LiveException(Kind.UNAUTHORIZED, message);
  }

  public static LiveException forbidden(String message) {
    return new LiveException(Kind.FORBIDDEN, message);
  }

  public static LiveException notFound(String message) {
    return new LiveException(Kind.NOT_FOUND, message);
  }

  public static LiveException conflict(String message) {
    return new LiveException(Kind.CONFLICT, message);
  }

  static LiveException quarantined(Quarantine.Entry entry) {
    return new LiveException(
        Kind.QUARANTINED,
        "negotiation "
            + entry.negotiation()
            + " is quarantined: "
            + entry.problem()
            + ". Nothing in it is served until its store is repaired (parley verify-log shows"
            + " where); every other negotiation is served.");
  }
}
