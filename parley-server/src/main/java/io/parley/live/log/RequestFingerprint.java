package io.parley.live.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.rules.Move;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a move's request said, as a short digest stored with its client id, so that a retry with the
 * same client id can be told from a different move reusing it: the same move, path parameter and
 * body (keys in any order) give the same fingerprint; anything else a different one.
 *
 * <p>The stored client key is {@code participant/clientId#FINGERPRINT}; keys stored before
 * fingerprints existed, and robots' keys, carry none and are answered as retries.
 */
public final class RequestFingerprint {
  /** Separates the client key from its fingerprint in the stored key. */
  static final char SEPARATOR = '#';

  /** Hex digits kept of the SHA-256. */
  static final int LENGTH = 16;

  /** The longest stored client key (the store's column). */
  static final int MAX_STORED_KEY = 200;

  private RequestFingerprint() {}

  /** The fingerprint of a move's request. */
  public static String of(Move move, Optional<String> pathParameter, JsonNode body) {
    String canonical =
        move.name() + "\n" + pathParameter.orElse("") + "\n" + Json.write(sorted(body));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The key to store for {@code clientKey} with {@code fingerprint}, if it fits the store. */
  public static String stored(String clientKey, String fingerprint) {
    String key = clientKey + SEPARATOR + fingerprint;
    return key.length() <= MAX_STORED_KEY ? key : clientKey;
  }

  /** The client key of a stored key (its fingerprint removed). */
  static String clientKey(String storedKey) {
    return fingerprint(storedKey).isPresent()
        ? storedKey.substring(0, storedKey.length() - LENGTH - 1)
        : storedKey;
  }

  /** The fingerprint a stored key carries, if any. */
  static Optional<String> fingerprint(String storedKey) {
    int at = storedKey.length() - LENGTH - 1;
    if (at < 0 || storedKey.charAt(at) != SEPARATOR) {
      return Optional.empty();
    }
    String tail = storedKey.substring(at + 1);
    return tail.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')
        ? Optional.of(tail)
        : Optional.empty();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      node.fields().forEachRemaining(f -> fields.put(f.getKey(), sorted(f.getValue())));
      ObjectNode copy = Json.object();
      fields.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.MAPPER.createArrayNode();
      node.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }
}
