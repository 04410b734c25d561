package io.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One secret key of the event log's HMAC chain: at least {@value #MIN_BYTES} random bytes, and an
 * id derived from them (the first 16 hex digits of SHA-256 over {@code "parley-log-key:"} and the
 * key), which every event and seal records so that the key that made it can be found after the key
 * is rotated. The id says which key, never what it is. {@link #toString} shows only the id.
 */
public final class LogKey {
  /** The fewest bytes a key may have: 32, the output size of SHA-256. */
  public static final int MIN_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] secret;
  private final String id;

  private LogKey(byte[] secret) {
    this.secret = secret.clone();
    this.id = idOf(this.secret);
  }

  /**
   * The key made of {@code secret}'s bytes.
   *
   * @throws IllegalArgumentException if it has fewer than {@value #MIN_BYTES} bytes
   */
  public static LogKey of(byte[] secret) {
    if (secret.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "a log key needs at least " + MIN_BYTES + " bytes; this one has " + secret.length);
    }
    return new LogKey(secret);
  }

  /** The key's id: 16 lower-case hex digits derived from the key, safe to store and print. */
  public String id() {
    return id;
  }

  /** A fresh HMAC-SHA-256 keyed by this key. */
  Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The key's bytes, for writing a key file. */
  byte[] secret() {
    return secret.clone();
  }

  private static String idOf(byte[] secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("parley-log-key:".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest.digest(secret)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Keys are equal when their bytes are (compared in constant time). */
  @Override
  public boolean equals(Object other) {
    return other instanceof LogKey key && MessageDigest.isEqual(secret, key.secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "LogKey[" + id + "]";
  }
}
