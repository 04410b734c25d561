package io.parley.live.log;

import io.parley.live.rules.Move;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a move's request said, as a short digest stored with its client id, so that a retry with the
 * same client id can be told from a different move reusing it: the same move, path parameter and
 * body (keys in any order) give the same fingerprint; anything else a different one.
 *
 * <p>The body comes in its canonical text, which the codec at the edge writes ({@code
 * io.parley.live.codec.Requests}): the JSON with every object's keys sorted, written compactly, so
 * that two bodies have the same canonical text exactly when they differ at most in key order. The
 * digest covers the move's name, the path parameter and that text; it must never change, since
 * fingerprints stored in existing logs are compared with it after a restart.
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

  /**
   * The fingerprint of a move's request.
   *
   * @param canonicalBody the body without its client id, in its canonical text (keys sorted)
   * @return {@value #LENGTH} lower-case hex digits
   */
  public static String of(Move move, Optional<String> pathParameter, String canonicalBody) {
    String canonical = move.name() + "\n" + pathParameter.orElse("") + "\n" + canonicalBody;
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
}
