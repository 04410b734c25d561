package io.parley.live;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which negotiation and participant each current token admits, by the token's SHA-256 — rebuilt
 * from a negotiation's state after every invitation or revocation, and at start from every log.
 */
final class TokenIndex {
  /** Where a token admits its holder. */
  record Seat(String negotiation, String participant) {}

  private final Map<String, Seat> seats = new ConcurrentHashMap<>();

  /** Replaces the entries of {@code log}'s negotiation with its current tokens. */
  synchronized void reindex(Log log) {
    Map<String, String> hashes = log.state().tokenHashes();
    seats.values().removeIf(seat -> seat.negotiation().equals(log.id()));
    hashes.forEach((participant, hash) -> seats.put(hash, new Seat(log.id(), participant)));
  }

  /** The seat {@code token} admits to, if it is a current token. */
  Optional<Seat> find(String token) {
    return Optional.ofNullable(seats.get(Tokens.hash(token)));
  }
}
