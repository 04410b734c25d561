package io.parley.store;

import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * The seals that make truncation and deletion evident: HMAC-SHA-256s, keyed like the events'
 * hashes, written as {@code KEY_ID:HEX}. The chain alone cannot show that its last events were
 * deleted and its head moved back to a genuine earlier event, or that a whole negotiation was
 * deleted; a seal over the head, and a ledger of negotiations whose own head is sealed, can, as
 * nobody without the key can seal the shortened state.
 *
 * <ul>
 *   <li>A log's <b>head seal</b> covers the negotiation, its last sequence and last hash.
 *   <li>A negotiation's <b>ledger link</b> covers the link before it ({@link EventHashes#GENESIS}
 *       for the first), its position in the ledger (1, 2, 3 ...), its id and the id before it.
 *   <li>The <b>ledger seal</b> covers the number of negotiations, the last one's id and its link.
 * </ul>
 *
 * Each input is length-prefixed as in {@link EventHashes}, after a label naming the kind of seal.
 */
final class Seals {
  /** The previous link of the ledger's first negotiation, and its last link while empty. */
  static final String NO_LINK = EventHashes.GENESIS;

  private Seals() {}

  static String head(LogKey key, String negotiation, long sequence, String hash) {
    return seal(key, "head", negotiation, Long.toString(sequence), hash);
  }

  static String link(
      LogKey key, String previousLink, long position, String negotiation, String previous) {
    return seal(key, "ledger-link", previousLink, Long.toString(position), negotiation, previous);
  }

  static String ledger(LogKey key, long negotiations, String last, String lastLink) {
    return seal(key, "ledger", Long.toString(negotiations), last, lastLink);
  }

  /** A computation of a seal with a given key. */
  @FunctionalInterface
  interface Sealer {
    String seal(LogKey key);
  }

  /**
   * Why {@code stored} is not the seal {@code sealer} computes with the key it names; empty when it
   * is.
   */
  static Optional<String> problem(String stored, LogKeys keys, Sealer sealer) {
    if (stored == null || stored.isEmpty()) {
      return Optional.of("it has no seal");
    }
    int colon = stored.indexOf(':');
    if (colon < 0) {
      return Optional.of("its seal '" + stored + "' is not KEY_ID:HEX");
    }
    String keyId = stored.substring(0, colon);
    Optional<LogKey> key = keys.find(keyId);
    if (key.isEmpty()) {
      return Optional.of(unknownKey(keyId, keys));
    }
    if (!EventHashes.same(sealer.seal(key.get()), stored)) {
      return Optional.of("its seal does not match (written by someone without the key)");
    }
    return Optional.empty();
  }

  /** The message for a seal or hash made with a key the key ring lacks. */
  static String unknownKey(String keyId, LogKeys keys) {
    return "it was sealed with the log key "
        + keyId
        + ", which is not among the keys given ("
        + String.join(", ", keys.ids())
        + "); give every key used since the log began (docs/event-store.md)";
  }

  private static String seal(LogKey key, String label, String... values) {
    Mac mac = key.mac();
    EventHashes.field(mac::update, label);
    for (String value : values) {
      EventHashes.field(mac::update, value);
    }
    return key.id() + ":" + HexFormat.of().formatHex(mac.doFinal());
  }
}
