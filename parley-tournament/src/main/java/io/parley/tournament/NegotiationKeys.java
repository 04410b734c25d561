package io.parley.tournament;

import io.parley.protocol.ProtocolKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The stable key and the derived seed of a planned negotiation. */
public final class NegotiationKeys {
  private NegotiationKeys() {}

  /**
   * The key: the first 16 hex digits of SHA-256 over the UTF-8 text {@code scenario \n protocol \n
   * mediator \n party=competitor;... \n repetition}. Depends on nothing else, so it is the same in
   * every run, runner and machine.
   */
  public static String key(
      String scenario, ProtocolKind protocol, String mediator, List<Seat> seats, int repetition) {
    var text = new StringBuilder();
    text.append(scenario).append('\n').append(protocol.key()).append('\n');
    text.append(mediator).append('\n');
    for (Seat seat : seats) {
      text.append(seat.party()).append('=').append(seat.competitor()).append(';');
    }
    text.append('\n').append(repetition);
    return HexFormat.of().formatHex(sha256(text.toString()), 0, 8);
  }

  /**
   * The seed of the negotiation {@code key} in a tournament seeded {@code tournamentSeed}: the
   * first 8 bytes of SHA-256 over {@code tournamentSeed:key}, as a big-endian long.
   */
  public static long seed(long tournamentSeed, String key) {
    return ByteBuffer.wrap(sha256(tournamentSeed + ":" + key)).getLong();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
