package io.parley.live.tokens;

import io.parley.live.log.Log;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which negotiation and participant each current token admits, by the token's SHA-256 — rebuilt
 * from a negotiation's state after every invitation or revocation, and at start from every log.
 */
public final class TokenIndex {
  /** Where a token admits its holder, and the hash of that token. */
  public record Seat(String negotiation, String participant, String tokenHash) {}

  private final Map<String, Seat> seats = new ConcurrentHashMap<>();

  /**
   * Replaces the entries of {@code log}'s negotiation with its current tokens. New tokens are added
   * before old ones are dropped, so a token that stays current is found throughout: a request that
   * arrives while another participant is invited is never refused.
   */
  public synchronized void reindex(Log log) {
    Map<String, Seat> current = new HashMap<>();
    log.state()
        .tokenHashes()
        .forEach((participant, hash) -> current.put(hash, new Seat(log.id(), participant, hash)));
    seats.putAll(current);
    seats
        .entrySet()
        .removeIf(
            entry ->
                entry.getValue().negotiation().equals(log.id())
                    && !current.containsKey(entry.getKey()));
  }

  /** Forgets every token of negotiation {@code negotiation} (quarantined). */
  public synchronized void drop(String negotiation) {
    seats.values().removeIf(seat -> seat.negotiation().equals(negotiation));
  }

  /**
   * The seat {@code token} admits to, if it is a current token. Tokens are found by the SHA-256 of
   * their exact UTF-8 bytes, so a token differing in any byte (a letter's case, say) is not found;
   * the caller confirms with {@link Tokens#admits}, in constant time.
   */
  public Optional<Seat> find(String token) {
    return Optional.ofNullable(seats.get(Tokens.hash(token)));
  }
}
