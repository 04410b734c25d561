package io.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * The hash chain's one rule: how an event's hash is computed from its fields and the hash before
 * it.
 *
 * <p>The hash is HMAC-SHA-256 keyed by a {@link LogKey} (its id stored with the event), written as
 * 64 lower-case hex digits, over the UTF-8 bytes of each field in a fixed order, every field
 * preceded by its length in bytes (so no two different events can share the same byte string):
 * previous hash, negotiation, sequence, client id, time (ISO-8601, UTC), type, actor, the number of
 * recipients and the recipients one by one, payload. Without the key nobody can compute a valid
 * hash, so an edit cannot be hidden by rehashing the chain. Events stored before keys were
 * introduced (schema version 1, no key id) carry the plain SHA-256 over the same bytes; the keyed
 * hash or head seal after them covers their last hash. Any store, and {@code parley verify-log},
 * must use this one function.
 */
public final class EventHashes {
  /** The previous hash of every log's first event. */
  public static final String GENESIS = "0".repeat(64);

  private EventHashes() {}

  /** The keyed hash (HMAC-SHA-256 by {@code key}) of an event with these fields. */
  public static String hash(
      LogKey key,
      String previousHash,
      String negotiation,
      long sequence,
      String clientId,
      Instant time,
      String type,
      String actor,
      List<String> recipients,
      String payload) {
    Mac mac = key.mac();
    Sink sink = mac::update;
    fields(sink, previousHash, negotiation, sequence, clientId, time, type, actor, recipients);
    field(sink, payload);
    return HexFormat.of().formatHex(mac.doFinal());
  }

  /** The unkeyed SHA-256 hash of version 1 of the schema, for events stored before keys. */
  static String legacyHash(StoredEvent event) {
    MessageDigest digest = sha256();
    Sink sink = digest::update;
    fields(
        sink,
        event.previousHash(),
        event.negotiation(),
        event.sequence(),
        event.clientId(),
        event.time(),
        event.type(),
        event.actor(),
        event.recipients());
    field(sink, event.payload());
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The hash {@code event} should carry, recomputed from its fields and its previous hash with the
   * key its key id names (or the unkeyed hash of version 1 if it has none); empty if {@code keys}
   * lacks that key.
   */
  public static Optional<String> recompute(StoredEvent event, LogKeys keys) {
    if (event.keyId().isEmpty()) {
      return Optional.of(legacyHash(event));
    }
    return keys.find(event.keyId().get())
        .map(
            key ->
                hash(
                    key,
                    event.previousHash(),
                    event.negotiation(),
                    event.sequence(),
                    event.clientId(),
                    event.time(),
                    event.type(),
                    event.actor(),
                    event.recipients(),
                    event.payload()));
  }

  /** Whether {@code a} and {@code b} are equal, compared in time independent of their content. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code value}'s UTF-8 bytes, preceded by their length, to a MAC or digest. */
  static void field(Sink sink, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sink.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sink.update(new byte[] {':'});
    sink.update(bytes);
  }

  /** What {@link #field} writes to: a MAC's or a digest's {@code update}. */
  @FunctionalInterface
  interface Sink {
    void update(byte[] bytes);
  }

  private static void fields(
      Sink sink,
      String previousHash,
      String negotiation,
      long sequence,
      String clientId,
      Instant time,
      String type,
      String actor,
      List<String> recipients) {
    field(sink, previousHash);
    field(sink, negotiation);
    field(sink, Long.toString(sequence));
    field(sink, clientId);
    field(sink, time.toString());
    field(sink, type);
    field(sink, actor);
    field(sink, Integer.toString(recipients.size()));
    for (String recipient : recipients) {
      field(sink, recipient);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
