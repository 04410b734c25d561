package io.parley.tournament.result;

import java.io.Serializable;

/**
 * Why a negotiation failed.
 *
 * @param seat the party whose agent failed; empty when no single seat is to blame
 * @param kind {@code exception}, {@code timeout} or {@code invalid-move} (an agent's fault, as the
 *     engine records it), {@code hang} (no end within the negotiation timeout) or {@code crash}
 *     (the negotiation could not be set up or run)
 * @param message what happened, in plain words
 */
public record Failure(String seat, String kind, String message) implements Serializable {
  public Failure {
    seat = seat == null ? "" : seat;
    message = message == null ? "" : message;
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a failure needs a kind");
    }
  }
}
