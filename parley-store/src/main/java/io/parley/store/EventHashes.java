package io.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain's one rule: how an event's hash is computed from its fields and the hash before
 * it.
 *
 * <p>The hash is SHA-256, written as 64 lower-case hex digits, over the UTF-8 bytes of each field
 * in a fixed order, every field preceded by its length in bytes (so no two different events can
 * share the same byte string): previous hash, negotiation, sequence, client id, time (ISO-8601,
 * UTC), type, actor, the recipients one by one, payload. Any store, and {@code parley verify-log},
 * must use this one function.
 */
public final class EventHashes {
  /** The previous hash of every log's first event. */
  public static final String GENESIS = "0".repeat(64);

  private EventHashes() {}

  /** The hash of an event with these fields. */
  public static String hash(
      String previousHash,
      String negotiation,
      long sequence,
      String clientId,
      Instant time,
      String type,
      String actor,
      List<String> recipients,
      String payload) {
    MessageDigest digest = sha256();
    field(digest, previousHash);
    field(digest, negotiation);
    field(digest, Long.toString(sequence));
    field(digest, clientId);
    field(digest, time.toString());
    field(digest, type);
    field(digest, actor);
    field(digest, Integer.toString(recipients.size()));
    for (String recipient : recipients) {
      field(digest, recipient);
    }
    field(digest, payload);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The hash {@code event} should carry, recomputed from its fields and its previous hash. */
  public static String recompute(StoredEvent event) {
    return hash(
        event.previousHash(),
        event.negotiation(),
        event.sequence(),
        event.clientId(),
        event.time(),
        event.type(),
        event.actor(),
        event.recipients(),
        event.payload());
  }

  /**
   * Checks a whole log, in sequence order, and reports the first link that does not hold: a gap in
   * the sequence, a previous hash that is not the hash before, or a hash that does not match the
   * event's fields.
   */
  public static ChainCheck check(String negotiation, List<StoredEvent> events) {
    String expectedPrevious = GENESIS;
    long expectedSequence = 1;
    for (StoredEvent event : events) {
      String problem = null;
      if (event.sequence() != expectedSequence) {
        problem = "sequence " + event.sequence() + " where " + expectedSequence + " was expected";
      } else if (!event.previousHash().equals(expectedPrevious)) {
        problem =
            "previous hash "
                + event.previousHash()
                + " does not match the hash of event "
                + (expectedSequence - 1)
                + " ("
                + expectedPrevious
                + ")";
      } else if (!recompute(event).equals(event.hash())) {
        problem =
            "hash "
                + event.hash()
                + " does not match the event's content (changed after it was stored)";
      }
      if (problem != null) {
        return new ChainCheck(negotiation, events.size(), Optional.of(event.sequence()), problem);
      }
      expectedPrevious = event.hash();
      expectedSequence++;
    }
    return new ChainCheck(negotiation, events.size(), Optional.empty(), "");
  }

  private static void field(MessageDigest digest, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
